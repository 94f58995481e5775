/**
 * Publishes and unpublishes of articles that wait in Payload's jobs collection: the `schedulePublish`
 * jobs the admin's schedule drawer queues. One reader for the dashboards (what is coming up) and the
 * review decision (an approval leaves a later publish to its schedule).
 */
import type { Payload, PayloadRequest, Where } from 'payload'

/** Payload's jobs collection, where scheduled publishing waits. */
const JOBS = 'payload-jobs'

type ScheduleInput = {
  type?: string
  doc?: { relationTo?: string; value?: number | string | { id: number | string } }
}

export type WaitingSchedule = {
  id: number | string
  action: 'publish' | 'unpublish'
  at: string
}

/** The articles' scheduled changes not yet run nor failed, soonest first, within the bounds given. */
export async function waitingSchedules(
  payload: Payload,
  {
    articlesSlug,
    after,
    until,
    req,
  }: { articlesSlug: string; after?: Date; until?: Date; req?: PayloadRequest },
): Promise<WaitingSchedule[]> {
  if (!payload.collections[JOBS]) return []
  const bounds: Where[] = [
    ...(after ? [{ waitUntil: { greater_than: after.toISOString() } }] : []),
    ...(until ? [{ waitUntil: { less_than_equal: until.toISOString() } }] : []),
  ]
  const jobs = await payload.find({
    collection: JOBS,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        ...bounds,
      ],
    },
    sort: 'waitUntil',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return jobs.docs.flatMap((job) => {
    const input = (job.input ?? {}) as ScheduleInput
    const value = input.doc?.value
    const id = value && typeof value === 'object' ? value.id : value
    if (input.doc?.relationTo !== articlesSlug || id == null || !job.waitUntil) return []
    const action = input.type === 'unpublish' ? 'unpublish' : 'publish'
    return [{ id, action, at: String(job.waitUntil) } as const]
  })
}

/** The instant of the earliest publish of this article scheduled after `after`, or null. */
export async function publishScheduledAfter(
  payload: Payload,
  {
    articlesSlug,
    id,
    after,
    req,
  }: { articlesSlug: string; id: number | string; after: Date; req?: PayloadRequest },
): Promise<string | null> {
  const waiting = await waitingSchedules(payload, { articlesSlug, after, req })
  const publish = waiting.find(
    (change) => change.action === 'publish' && String(change.id) === String(id),
  )
  return publish?.at ?? null
}
