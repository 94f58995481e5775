/**
 * The moderators' digest: instead of one mail per comment, a summary of the pending comments nobody
 * has been told about yet, sent hourly or daily by a task on Payload's jobs queue. Each comment is
 * marked (`moderatorsNotifiedAt`) once a digest naming it is sent, so a digest that fails (mail
 * server down, server stopped) leaves them for the next one — none is skipped, none repeated.
 * Crisis language never waits for this: it is mailed at once (immediate.ts).
 */
import type { Payload, TaskConfig, Where } from 'payload'

import { moderatorAddresses, targetTitle, type NotifyOptions } from './recipients.ts'
import { MODERATION_QUEUE_PATH } from '../vocabulary.ts'

export const COMMENT_DIGEST_TASK = 'sendCommentDigest'

/** A digest names at most this many comments, then says how many more wait. */
const LISTED = 50
const EXCERPT = 200

type DigestIO = { input: object; output: { comments: number } }

type PendingComment = {
  id: number | string
  authorName: string
  body: string
  createdAt: string
  target: { relationTo: string; value: number | string | { id: number | string } }
}

/** Sends the digest (when anything waits) and answers how many comments it told moderators about. */
export async function sendCommentDigest(
  payload: Payload,
  options: NotifyOptions & { every: 'hourly' | 'daily' },
): Promise<number> {
  const notYetTold: Where = {
    and: [{ status: { equals: 'pending' } }, { moderatorsNotifiedAt: { exists: false } }],
  }
  const pending = await payload.find({
    collection: options.commentsSlug,
    where: notYetTold,
    sort: 'createdAt',
    limit: LISTED,
    depth: 0,
    overrideAccess: true,
    select: { authorName: true, body: true, createdAt: true, target: true },
  })
  if (pending.totalDocs === 0) return 0
  const to = await moderatorAddresses(payload, options)
  if (to.length === 0) return 0

  // The plugin requires serverURL with digests: a mail client needs absolute links.
  const admin = `${payload.config.serverURL}${payload.config.routes.admin}`
  const comments = pending.docs as unknown as PendingComment[]
  // One title lookup per article, however many of its comments wait.
  const targetKey = ({ target }: PendingComment) =>
    `${target.relationTo}:${JSON.stringify(target.value)}`
  const titles = new Map<string, string>()
  for (const comment of comments) {
    const key = targetKey(comment)
    if (!titles.has(key)) titles.set(key, await targetTitle(payload, comment.target))
  }
  const lines = comments.map((comment) => {
    const title = titles.get(targetKey(comment))
    const excerpt =
      comment.body.length > EXCERPT ? `${comment.body.slice(0, EXCERPT)}…` : comment.body
    return [
      `• ${comment.authorName} on “${title}” (${comment.createdAt.slice(0, 16).replace('T', ' ')} UTC)`,
      `  ${excerpt.replace(/\s+/g, ' ')}`,
      `  ${admin}/collections/${options.commentsSlug}/${comment.id}`,
    ].join('\n')
  })
  const more = pending.totalDocs - comments.length
  const count = pending.totalDocs === 1 ? '1 new comment' : `${pending.totalDocs} new comments`
  await payload.sendEmail({
    to,
    subject: `${count} awaiting moderation (${options.every} digest)`,
    text: [
      `${count} waiting for moderation since the last digest:`,
      '',
      ...lines,
      ...(more > 0 ? ['', `…and ${more} more.`] : []),
      '',
      `Open the moderation queue: ${admin}${MODERATION_QUEUE_PATH}`,
    ].join('\n'),
  })
  // Only now: had the mail failed, the next digest would name them again.
  await payload.update({
    collection: options.commentsSlug,
    where: { id: { in: comments.map((comment) => comment.id) } },
    data: { moderatorsNotifiedAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    select: { id: true },
  })
  return comments.length
}

/** Registered always (the jobs table's schema lists every task); scheduled only with a digest. */
export function commentDigestTask(
  notify: NotifyOptions,
  digest: { every: 'hourly' | 'daily'; cron: string; queue: string } | undefined,
): TaskConfig<DigestIO> {
  return {
    slug: COMMENT_DIGEST_TASK,
    label: 'Send moderators the digest of new comments',
    schedule: digest ? [{ cron: digest.cron, queue: digest.queue }] : [],
    outputSchema: [{ name: 'comments', type: 'number', required: true }],
    retries: 2,
    handler: async ({ req }) => ({
      output: {
        comments: digest
          ? await sendCommentDigest(req.payload, { ...notify, every: digest.every })
          : 0,
      },
    }),
  }
}
