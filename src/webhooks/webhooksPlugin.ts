/**
 * Outgoing webhooks: front ends and services that do not read through this server (a static or
 * incrementally regenerated site, a search index, a CDN) are told when public content changes.
 *
 * Admins manage endpoints (endpointsCollection.ts); each change of the change feed that an endpoint
 * subscribes to becomes a delivery, queued in the change's own transaction and sent by the jobs queue
 * (delivery.ts), signed per Standard Webhooks (signing.ts), only to public addresses unless allowed
 * (destination.ts). Install it before changeFeedPlugin, and give that plugin `queueDeliveries` as its
 * `inTransaction` consumer.
 */
import type {
  CollectionSlug,
  Config,
  Endpoint,
  PayloadHandler,
  PayloadRequest,
  Plugin,
  TaskConfig,
} from 'payload'
import { isAdmin } from 'invited-cms'

import { webhookDeliveriesCollection } from './deliveriesCollection'
import { deliverWebhookTask, PREVIOUS_SECRET_GRACE_MS, redeliver } from './delivery'
import { ROTATING_SECRET, webhookEndpointsCollection } from './endpointsCollection'
import { newSigningSecret } from './signing'
import { PRUNE_WEBHOOK_DELIVERIES_TASK, WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from './slugs'

export type WebhooksOptions = {
  /**
   * Hosts (names or addresses, as written in the URL) that may be private or loopback addresses:
   * WEBHOOKS_ALLOWED_HOSTS. Everything else must be on the public internet.
   */
  allowedHosts?: string[]
  /** Days the delivery log is kept (finished deliveries only). Default 30. */
  keepDeliveriesDays?: number
}

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** An admin's POST on one document, or the answer refusing it. */
function adminAction(
  collection: CollectionSlug,
  act: (req: PayloadRequest, id: string) => Promise<Response>,
): PayloadHandler {
  return async (req) => {
    if (!req.user) return problem(401, 'Sign in as an admin.')
    if (!isAdmin(req.user)) return problem(403, 'Only admins manage webhooks.')
    const id = String(req.routeParams?.id ?? '')
    const found = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      disableErrors: true,
      select: {},
      req,
    })
    if (!found) return problem(404, `No ${collection} document with id ${id}.`)
    return act(req, id)
  }
}

/** The secret, once: the first call after creation answers it, every later one refuses. */
const revealSecret = adminAction(WEBHOOK_ENDPOINTS, async (req, id) => {
  const endpoint = await req.payload.findByID({ collection: WEBHOOK_ENDPOINTS, id, depth: 0, req })
  if (endpoint.secretRevealed) {
    return problem(
      409,
      'The signing secret was already shown once and is not shown again. Rotate it to get a new one.',
    )
  }
  await req.payload.update({
    collection: WEBHOOK_ENDPOINTS,
    id,
    data: { secretRevealed: true },
    context: { [ROTATING_SECRET]: true },
    depth: 0,
    req,
  })
  return Response.json({ signingSecret: endpoint.signingSecret })
})

/** A new secret, answered once; the old one keeps signing alongside for a day. */
const rotateSecret = adminAction(WEBHOOK_ENDPOINTS, async (req, id) => {
  const endpoint = await req.payload.findByID({ collection: WEBHOOK_ENDPOINTS, id, depth: 0, req })
  const signingSecret = newSigningSecret()
  const previousSecretValidUntil = new Date(Date.now() + PREVIOUS_SECRET_GRACE_MS)
  await req.payload.update({
    collection: WEBHOOK_ENDPOINTS,
    id,
    data: {
      signingSecret,
      secretRevealed: true,
      previousSigningSecret: endpoint.signingSecret,
      previousSecretValidUntil: previousSecretValidUntil.toISOString(),
    },
    context: { [ROTATING_SECRET]: true },
    depth: 0,
    req,
  })
  return Response.json({
    signingSecret,
    previousSecretValidUntil: previousSecretValidUntil.toISOString(),
  })
})

const redeliverHandler = adminAction(WEBHOOK_DELIVERIES, async (req, id) => {
  await redeliver(req, id)
  return Response.json(
    { message: 'Queued: one attempt now, with the same webhook-id.' },
    { status: 202 },
  )
})

const post = (path: string, handler: PayloadHandler): Endpoint => ({
  path,
  method: 'post',
  handler,
})

function pruneDeliveriesTask(days: number): TaskConfig {
  return {
    slug: PRUNE_WEBHOOK_DELIVERIES_TASK,
    label: `Delete webhook deliveries finished more than ${days} days ago`,
    schedule: [{ cron: '0 40 0 * * *', queue: 'default' }],
    retries: 2,
    handler: async ({ req }) => {
      const cutoff = new Date(Date.now() - days * 86_400_000).toISOString()
      await req.payload.delete({
        collection: WEBHOOK_DELIVERIES,
        where: {
          and: [
            { updatedAt: { less_than: cutoff } },
            { status: { in: ['succeeded', 'failed', 'cancelled'] } },
          ],
        },
        depth: 0,
        req,
      })
      return { output: {} }
    },
  }
}

export function webhooksPlugin(options: WebhooksOptions = {}): Plugin {
  const allowedHosts = (options.allowedHosts ?? []).map((host) => host.toLowerCase())
  const keepDays = options.keepDeliveriesDays ?? 30
  return (config: Config): Config => {
    const endpoints = webhookEndpointsCollection(allowedHosts)
    const deliveries = webhookDeliveriesCollection()
    return {
      ...config,
      collections: [
        ...(config.collections ?? []),
        {
          ...endpoints,
          endpoints: [
            post('/:id/reveal-secret', revealSecret),
            post('/:id/rotate-secret', rotateSecret),
          ],
        },
        { ...deliveries, endpoints: [post('/:id/redeliver', redeliverHandler)] },
      ],
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          deliverWebhookTask(allowedHosts),
          pruneDeliveriesTask(keepDays),
        ],
      },
    }
  }
}
