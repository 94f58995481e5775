/**
 * The jobs queue keeps finished jobs (`deleteJobOnComplete: false`) so admins can see when it last
 * ran and what failed (the dashboard's system widget). This daily task keeps that history bounded:
 * jobs that finished or failed more than `JOBS_HISTORY_DAYS` ago are deleted; waiting ones never.
 */
import type { Payload, TaskConfig } from 'payload'

export const PRUNE_FINISHED_JOBS_TASK = 'pruneFinishedJobs'
export const JOBS_HISTORY_DAYS = 30

const JOBS = 'payload-jobs'

export async function pruneFinishedJobs(payload: Payload, days = JOBS_HISTORY_DAYS) {
  const cutoff = new Date(Date.now() - days * 86_400_000).toISOString()
  const { docs } = await payload.delete({
    collection: JOBS,
    where: {
      and: [
        { updatedAt: { less_than: cutoff } },
        { or: [{ completedAt: { exists: true } }, { hasError: { equals: true } }] },
      ],
    },
    depth: 0,
  })
  return docs.length
}

export const pruneFinishedJobsTask: TaskConfig<{
  input: object
  output: { deletedJobs: number }
}> = {
  slug: PRUNE_FINISHED_JOBS_TASK,
  label: `Delete jobs that finished more than ${JOBS_HISTORY_DAYS} days ago`,
  schedule: [{ cron: '0 30 0 * * *', queue: 'default' }],
  outputSchema: [{ name: 'deletedJobs', type: 'number', required: true }],
  retries: 2,
  handler: async ({ req }) => ({ output: { deletedJobs: await pruneFinishedJobs(req.payload) } }),
}
