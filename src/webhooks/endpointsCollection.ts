/**
 * Where webhooks go: admins add an endpoint (a URL and the events it wants), the CMS makes its signing
 * secret, and the admin copies that secret once — it is never sent again by any API — or rotates it.
 */
import type { CollectionBeforeChangeHook, CollectionConfig, Validate } from 'payload'
import { adminsOnly, isAdmin } from 'invited-cms'

import { checkDestination, DestinationRefused } from './destination'
import { webhookEventOptions } from './events'
import { newSigningSecret } from './signing'
import { WEBHOOK_ENDPOINTS } from './slugs'

/** Set by the rotate endpoint, the only update that may replace a secret. */
export const ROTATING_SECRET = 'invitedRotatingWebhookSecret'

const never = () => false

const SERVER_SIDE_FIELDS = [
  'signingSecret',
  'previousSigningSecret',
  'previousSecretValidUntil',
  'secretRevealed',
]

/** Secrets are made here, never taken from a request. */
const keepSecretsServerSide: CollectionBeforeChangeHook = ({ context, data, operation }) => {
  if (operation === 'create') {
    return { ...data, signingSecret: newSigningSecret(), secretRevealed: false }
  }
  if (context[ROTATING_SECRET]) return data
  const kept = { ...data }
  for (const name of SERVER_SIDE_FIELDS) delete kept[name]
  return kept
}

export function webhookEndpointsCollection(allowedHosts: readonly string[]): CollectionConfig {
  const validateUrl: Validate<string> = async (value) => {
    if (!value) return 'A URL is required.'
    try {
      await checkDestination(value, allowedHosts)
      return true
    } catch (error) {
      if (error instanceof DestinationRefused) return error.message
      throw error
    }
  }
  const secretField = (name: string) =>
    ({
      name,
      type: 'text',
      access: { read: never, create: never, update: never },
      admin: { hidden: true },
    }) as const
  return {
    slug: WEBHOOK_ENDPOINTS,
    labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
    admin: {
      group: 'Webhooks',
      useAsTitle: 'name',
      defaultColumns: ['name', 'url', 'events', 'active', 'updatedAt'],
      hidden: ({ user }) => !isAdmin(user),
      description:
        'Front ends and services told about published changes (Standard Webhooks: signed, retried for about a day).',
    },
    access: { read: adminsOnly, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
    // Administration, not content: front ends have no business querying it.
    graphQL: false,
    hooks: { beforeChange: [keepSecretsServerSide] },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 120 },
      {
        name: 'url',
        type: 'text',
        required: true,
        maxLength: 2000,
        validate: validateUrl,
        admin: {
          description:
            'Where events are POSTed. Public addresses only, unless WEBHOOKS_ALLOWED_HOSTS names the host.',
        },
      },
      {
        name: 'events',
        type: 'select',
        hasMany: true,
        required: true,
        options: webhookEventOptions,
      },
      { name: 'active', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
      {
        name: 'signingSecretControls',
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: { Field: '/src/webhooks/admin/SigningSecret.tsx#SigningSecret' },
        },
      },
      secretField('signingSecret'),
      secretField('previousSigningSecret'),
      {
        name: 'previousSecretValidUntil',
        type: 'date',
        access: { read: never, create: never, update: never },
        admin: { hidden: true },
      },
      {
        name: 'secretRevealed',
        type: 'checkbox',
        access: { read: never, create: never, update: never },
        admin: { hidden: true },
      },
    ],
  }
}
