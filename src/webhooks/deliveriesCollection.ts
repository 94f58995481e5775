/**
 * The delivery log: one entry per message to an endpoint, with every attempt (when, the receiver's
 * status, how long it took, what went wrong). Admins read it and can redeliver; nobody edits it —
 * only the delivery task writes, through the Local API.
 */
import type { CollectionConfig } from 'payload'
import { adminsOnly, isAdmin } from 'invited-cms'

import { WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from './slugs'

export const DELIVERY_STATUSES = [
  { label: 'Waiting for its first attempt', value: 'pending' },
  { label: 'Failed, will retry', value: 'retrying' },
  { label: 'Delivered', value: 'succeeded' },
  { label: 'Failed, gave up', value: 'failed' },
  { label: 'Not sent: endpoint inactive or deleted', value: 'cancelled' },
] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']

const never = () => false

export function webhookDeliveriesCollection(): CollectionConfig {
  return {
    slug: WEBHOOK_DELIVERIES,
    labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
    admin: {
      group: 'Webhooks',
      useAsTitle: 'event',
      defaultColumns: [
        'event',
        'endpoint',
        'status',
        'lastResponseStatus',
        'attemptCount',
        'updatedAt',
      ],
      hidden: ({ user }) => !isAdmin(user),
      description: 'Every message sent to a webhook endpoint and each attempt to deliver it.',
    },
    access: { read: adminsOnly, create: never, update: never, delete: never },
    graphQL: false,
    defaultSort: '-createdAt',
    fields: [
      { name: 'event', type: 'text', required: true, index: true },
      { name: 'endpoint', type: 'relationship', relationTo: WEBHOOK_ENDPOINTS, index: true },
      {
        name: 'messageId',
        type: 'text',
        required: true,
        index: true,
        admin: {
          description:
            'Sent as webhook-id, the same on every attempt: receivers de-duplicate on it.',
        },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        options: [...DELIVERY_STATUSES],
        index: true,
      },
      {
        name: 'redeliver',
        type: 'ui',
        admin: { components: { Field: '/src/webhooks/admin/Redeliver.tsx#Redeliver' } },
      },
      { name: 'attemptCount', type: 'number', required: true, defaultValue: 0 },
      { name: 'lastResponseStatus', type: 'number' },
      { name: 'lastAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'nextAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      {
        name: 'body',
        type: 'code',
        required: true,
        admin: { language: 'json', description: 'Exactly what is sent (and signed).' },
      },
      {
        name: 'attempts',
        type: 'array',
        fields: [
          {
            name: 'at',
            type: 'date',
            required: true,
            admin: { date: { pickerAppearance: 'dayAndTime' } },
          },
          { name: 'responseStatus', type: 'number' },
          { name: 'durationMs', type: 'number', required: true },
          { name: 'error', type: 'text' },
          { name: 'responseExcerpt', type: 'textarea' },
        ],
      },
    ],
  }
}
