/**
 * Getting a message to its endpoint, at least once: the delivery and its first job are written in the
 * same transaction as the change itself (queueDeliveries), so a change that commits always has its
 * deliveries and a rolled-back one never does. Each attempt is a job of the jobs queue; a failed one
 * queues the next after a growing delay (RETRY_DELAYS_MS, about 27 hours in all), and every attempt
 * is logged on the delivery.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { afterCommit } from 'invited-cms'

import type { ContentChange } from '../changeFeed/change'
import type { DeliveryStatus } from './deliveriesCollection'
import { eventTypeOf, messageOf } from './events'
import { postSigned, type AttemptOutcome } from './send'
import { newMessageId, signMessage } from './signing'
import { DELIVER_WEBHOOK_TASK, WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from './slugs'

/** Waits before the 2nd, 3rd, … attempt: ×3 each time from 10 s; the 10th attempt comes ~27 h in. */
export const RETRY_DELAYS_MS = [10, 30, 90, 270, 810, 2430, 7290, 21_870, 65_610].map(
  (seconds) => seconds * 1000,
)
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1
/** After a rotation the previous secret still signs (a second signature) for this long. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 3_600_000

type Delivery = {
  id: number | string
  endpoint?: number | string | { id: number | string } | null
  messageId: string
  status: DeliveryStatus
  attemptCount: number
  body: string
  attempts?: Record<string, unknown>[] | null
}

type Endpoint = {
  id: number | string
  url: string
  active?: boolean | null
  signingSecret?: string | null
  previousSigningSecret?: string | null
  previousSecretValidUntil?: string | null
}

type DeliverInput = { delivery: number | string; manual?: boolean }

const idOf = (value: Delivery['endpoint']) =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** Starts queued attempts now rather than at the queue's next run (the cron is the safety net). */
function runSoon(payload: Payload, jobIds: (number | string)[]) {
  setImmediate(() => {
    for (const id of jobIds) {
      payload.jobs.runByID({ id }).catch((error: unknown) => {
        payload.logger.warn(
          { err: error, job: id },
          'Webhook delivery job could not start now; the queue will run it',
        )
      })
    }
  })
}

async function queueAttempt(
  req: PayloadRequest,
  input: DeliverInput,
  waitUntil?: Date,
): Promise<number | string> {
  const job = await req.payload.jobs.queue({
    task: DELIVER_WEBHOOK_TASK,
    // The input schema's `delivery` is text: ids are numbers on PostgreSQL, strings elsewhere.
    input: { delivery: String(input.delivery), manual: input.manual },
    waitUntil,
    req,
  })
  return job.id
}

/**
 * The change feed's outbox (changeFeedPlugin's `inTransaction`): one delivery per active endpoint that
 * subscribes to the change's event, written in the change's own transaction.
 */
export async function queueDeliveries(
  change: Omit<ContentChange, 'committedAt'>,
  req: PayloadRequest,
): Promise<void> {
  const type = eventTypeOf(change)
  if (!type) return
  const { docs: endpoints } = await req.payload.find({
    collection: WEBHOOK_ENDPOINTS,
    where: { and: [{ active: { equals: true } }, { events: { in: [type] } }] },
    depth: 0,
    pagination: false,
    select: { active: true },
    req,
  })
  if (endpoints.length === 0) return
  const body = JSON.stringify(messageOf(type, change, new Date()))
  const jobIds: (number | string)[] = []
  for (const endpoint of endpoints) {
    const delivery = await req.payload.create({
      collection: WEBHOOK_DELIVERIES,
      data: {
        event: type,
        endpoint: endpoint.id,
        messageId: newMessageId(),
        status: 'pending',
        attemptCount: 0,
        body,
      },
      depth: 0,
      req,
    })
    jobIds.push(await queueAttempt(req, { delivery: delivery.id }))
  }
  await afterCommit(req, () => runSoon(req.payload, jobIds))
}

/** Queues one attempt now for a delivery an admin asked to send again (same message id). */
export async function redeliver(req: PayloadRequest, deliveryId: number | string): Promise<void> {
  await req.payload.update({
    collection: WEBHOOK_DELIVERIES,
    id: deliveryId,
    data: { status: 'pending', nextAttemptAt: null },
    depth: 0,
    req,
  })
  const jobId = await queueAttempt(req, { delivery: deliveryId, manual: true })
  await afterCommit(req, () => runSoon(req.payload, [jobId]))
}

function secretsOf(endpoint: Endpoint, now: number): string[] {
  const secrets = endpoint.signingSecret ? [endpoint.signingSecret] : []
  const until = endpoint.previousSecretValidUntil
  if (endpoint.previousSigningSecret && until && Date.parse(until) > now) {
    secrets.push(endpoint.previousSigningSecret)
  }
  return secrets
}

function nextStep(
  outcome: AttemptOutcome,
  attemptCount: number,
  manual: boolean,
): { status: DeliveryStatus; retryInMs?: number } {
  if (!outcome.error) return { status: 'succeeded' }
  // A refused destination stays refused; a redelivery is one attempt, its own retries done.
  if (outcome.refused || manual || attemptCount >= MAX_ATTEMPTS) return { status: 'failed' }
  return { status: 'retrying', retryInMs: RETRY_DELAYS_MS[attemptCount - 1] }
}

export function deliverWebhookTask(allowedHosts: readonly string[]): TaskConfig {
  return {
    slug: DELIVER_WEBHOOK_TASK,
    label: 'Deliver a webhook message',
    inputSchema: [
      { name: 'delivery', type: 'text', required: true },
      { name: 'manual', type: 'checkbox' },
    ],
    // The task retries through the delivery's own schedule, logging each attempt, not Payload's.
    retries: 0,
    handler: async ({ input, req }) => {
      const { delivery: deliveryId, manual = false } = input as DeliverInput
      const { payload } = req
      const delivery = (await payload.findByID({
        collection: WEBHOOK_DELIVERIES,
        id: deliveryId,
        depth: 0,
        disableErrors: true,
        req,
      })) as Delivery | null
      if (!delivery || delivery.status === 'succeeded') return { output: {} }
      const endpointId = idOf(delivery.endpoint)
      const endpoint = endpointId
        ? ((await payload.findByID({
            collection: WEBHOOK_ENDPOINTS,
            id: endpointId,
            depth: 0,
            disableErrors: true,
            req,
          })) as Endpoint | null)
        : null
      if (!endpoint?.active) {
        await payload.update({
          collection: WEBHOOK_DELIVERIES,
          id: delivery.id,
          data: { status: 'cancelled', nextAttemptAt: null },
          depth: 0,
          req,
        })
        return { output: {} }
      }
      const attemptedAt = new Date()
      const headers = signMessage(
        delivery.messageId,
        delivery.body,
        secretsOf(endpoint, attemptedAt.getTime()),
        attemptedAt,
      )
      const outcome = await postSigned(endpoint.url, delivery.body, headers, allowedHosts)
      const attemptCount = delivery.attemptCount + 1
      const next = nextStep(outcome, attemptCount, manual)
      const nextAttemptAt =
        next.retryInMs === undefined ? null : new Date(Date.now() + next.retryInMs)
      // The next attempt first: once the log says "will retry", that attempt is in the queue.
      if (nextAttemptAt) await queueAttempt(req, { delivery: delivery.id }, nextAttemptAt)
      await payload.update({
        collection: WEBHOOK_DELIVERIES,
        id: delivery.id,
        data: {
          status: next.status,
          attemptCount,
          lastResponseStatus: outcome.responseStatus ?? null,
          lastAttemptAt: attemptedAt.toISOString(),
          nextAttemptAt: nextAttemptAt?.toISOString() ?? null,
          ...(next.status === 'succeeded' ? { deliveredAt: new Date().toISOString() } : {}),
          attempts: [
            ...(delivery.attempts ?? []),
            {
              at: attemptedAt.toISOString(),
              responseStatus: outcome.responseStatus ?? null,
              durationMs: outcome.durationMs,
              error: outcome.error ?? null,
              responseExcerpt: outcome.responseExcerpt ?? null,
            },
          ],
        },
        depth: 0,
        req,
      })
      return { output: {} }
    },
  }
}
