/**
 * What is kept about a commenter, and for how long. The client hash (flood control, the hourly
 * limit) and the user agent (telling a moderator whether two comments came from one browser) are
 * needed for days, not forever: a daily job on Payload's jobs queue clears both on comments older
 * than `retention.days` (default 90). The name, email and words stay with the comment until it is
 * deleted or erased on request (personalData.ts). The same job forgets honeypot catches once they
 * are out of the dashboard's window (honeypot.ts).
 */
import type { Payload, TaskConfig } from 'payload'

import { pruneHoneypotCatches } from '../submission/honeypot.ts'

export const PRUNE_COMMENTER_DATA_TASK = 'pruneCommenterData'
export const DEFAULT_RETENTION = { days: 90, cron: '0 15 0 * * *', queue: 'default' }

export type RetentionOptions = { days: number; cron: string; queue: string }

type PruneIO = { input: object; output: { prunedComments: number } }

/** Clears the client hash and user agent of comments older than `days`; answers how many. */
export async function pruneCommenterData(
  payload: Payload,
  commentsSlug: string,
  days: number,
): Promise<number> {
  const cutoff = new Date(Date.now() - days * 86_400_000).toISOString()
  const { docs } = await payload.update({
    collection: commentsSlug,
    where: {
      and: [
        { createdAt: { less_than: cutoff } },
        { or: [{ ipHash: { exists: true } }, { userAgent: { exists: true } }] },
      ],
    },
    data: { ipHash: null, userAgent: null },
    depth: 0,
    overrideAccess: true,
    select: { id: true },
  })
  return docs.length
}

export function pruneCommenterDataTask(
  commentsSlug: string,
  { days, cron, queue }: RetentionOptions,
): TaskConfig<PruneIO> {
  return {
    slug: PRUNE_COMMENTER_DATA_TASK,
    label: `Clear commenters’ client hash and user agent after ${days} days`,
    schedule: days > 0 ? [{ cron, queue }] : [],
    outputSchema: [{ name: 'prunedComments', type: 'number', required: true }],
    retries: 2,
    handler: async ({ req }) => {
      await pruneHoneypotCatches(req.payload, commentsSlug)
      return {
        output: {
          prunedComments: days > 0 ? await pruneCommenterData(req.payload, commentsSlug, days) : 0,
        },
      }
    },
  }
}
