/**
 * Retention: with `retentionDays`, a daily job on the jobs queue deletes entries older than that.
 * It deletes through the database adapter, below the Local API's hooks that refuse every deletion:
 * this task is the log's only deleter. Registered always (the jobs table lists every task), scheduled
 * only when `retentionDays` is set.
 */
import type { Payload, TaskConfig } from 'payload'

import type { ResolvedAuditLogOptions } from './types.ts'
import { PRUNE_AUDIT_LOG_TASK } from './vocabulary.ts'

/** Deletes entries older than `days`; answers how many. */
export async function pruneAuditLog(payload: Payload, slug: string, days: number): Promise<number> {
  const where = { at: { less_than: new Date(Date.now() - days * 86_400_000).toISOString() } }
  const { totalDocs } = await payload.db.count({ collection: slug, where })
  if (totalDocs > 0) await payload.db.deleteMany({ collection: slug, where })
  return totalDocs
}

export function pruneAuditLogTask(
  options: ResolvedAuditLogOptions,
): TaskConfig<{ input: object; output: { deletedEntries: number } }> {
  const days = options.retentionDays
  return {
    slug: PRUNE_AUDIT_LOG_TASK,
    label: days ? `Delete audit log entries older than ${days} days` : 'Audit log retention (off)',
    schedule:
      days && !options.disabled
        ? [{ cron: options.retentionSchedule.cron, queue: options.retentionSchedule.queue }]
        : [],
    outputSchema: [{ name: 'deletedEntries', type: 'number', required: true }],
    retries: 2,
    handler: async ({ req }) => ({
      output: {
        deletedEntries:
          days && !options.disabled ? await pruneAuditLog(req.payload, options.slug, days) : 0,
      },
    }),
  }
}
