/**
 * Whether a publish of an article is scheduled for later: Payload's scheduled publishing waits as a
 * `schedulePublish` job in `payload-jobs`. An approval leaves such a schedule to publish the article.
 */
import type { Payload, PayloadRequest } from 'payload'

const JOBS = 'payload-jobs'

type ScheduleInput = {
  type?: string
  doc?: { relationTo?: string; value?: number | string | { id: number | string } }
}

/** The instant of the earliest publish scheduled after `after`, or null. */
export async function publishScheduledAfter(
  payload: Payload,
  {
    articlesSlug,
    id,
    after,
    req,
  }: { articlesSlug: string; id: number | string; after: Date; req?: PayloadRequest },
): Promise<string | null> {
  if (!payload.collections[JOBS]) return null
  const jobs = await payload.find({
    collection: JOBS,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { greater_than: after.toISOString() } },
      ],
    },
    sort: 'waitUntil',
    limit: 500,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const job of jobs.docs) {
    const input = (job.input ?? {}) as ScheduleInput
    const value = input.doc?.value
    const docId = value && typeof value === 'object' ? value.id : value
    const isPublish = input.type === undefined || input.type === 'publish'
    if (input.doc?.relationTo === articlesSlug && String(docId) === String(id) && isPublish) {
      return String(job.waitUntil)
    }
  }
  return null
}
