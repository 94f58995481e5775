/**
 * `schedule`: a publish or unpublish queued for later. Payload's admin queues a `schedulePublish` job
 * (payload.jobs.queue, which writes the job without running the jobs collection's hooks), with the
 * scheduling user in its input; the plugin wraps the queue once at start to log each such job with
 * that user as the actor.
 */
import { createLocalReq, type Payload } from 'payload'

import { actorOf, recordAuditEvent } from './record.ts'

export const SCHEDULE_PUBLISH_TASK = 'schedulePublish'

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo: string; value: number | string }
  global?: string
  locale?: string
  user?: { relationTo: string; value: number | string }
}

const WRAPPED = Symbol.for('invited-cms.auditLog.scheduleWrapped')

export function logScheduledPublishing(payload: Payload, usersSlug: string): void {
  const jobs = payload.jobs as typeof payload.jobs & { [WRAPPED]?: true }
  if (jobs[WRAPPED]) return
  const queue = jobs.queue.bind(jobs)
  const wrapped = async (args: Parameters<typeof queue>[0]) => {
    const job = await queue(args)
    if ('task' in args && args.task === SCHEDULE_PUBLISH_TASK) {
      const input = (args.input ?? {}) as ScheduleInput
      const req = args.req ?? (await createLocalReq({}, payload))
      let actor = null
      if (input.user?.relationTo === usersSlug) {
        const user = await payload.findByID({
          collection: usersSlug,
          id: input.user.value,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
        })
        actor = user ? actorOf({ ...user, collection: usersSlug }, usersSlug).actor : null
      }
      await recordAuditEvent(req, {
        action: 'schedule',
        collection: input.doc?.relationTo ?? input.global,
        documentId: input.doc?.value,
        actor,
        details: {
          type: input.type ?? 'publish',
          at: args.waitUntil ? new Date(args.waitUntil).toISOString() : null,
          job: job.id,
          ...(input.global ? { global: true } : {}),
          ...(input.locale ? { locale: input.locale } : {}),
        },
      })
    }
    return job
  }
  jobs.queue = wrapped as typeof jobs.queue
  jobs[WRAPPED] = true
}
