/**
 * The honeypot: a `website` field that front ends hide from people, so only bots fill it. A filled
 * honeypot gets the answer an accepted comment gets — naming the field would tell the bot what to
 * change — and nothing of the submission is stored. What is kept is that a bot was caught, and when
 * (a row with no content), so the moderators' dashboard can say how many were turned away.
 *
 * Crisis language outranks the honeypot, as it outranks spam words: a person whose browser filled
 * the hidden field by itself must still reach a moderator.
 */
import type { CollectionConfig, Payload, PayloadRequest } from 'payload'

import { internalCollection } from '../internalCollection.ts'

/** How long catches are counted (and kept): the dashboard's "last 30 days". */
export const HONEYPOT_WINDOW_DAYS = 30

export const honeypotCatchesSlug = (commentsSlug: string) => `${commentsSlug}-honeypot-catches`

/** The hidden collection of catches: timestamps only (internalCollection.ts). */
export const createHoneypotCatchesCollection = (commentsSlug: string): CollectionConfig =>
  internalCollection(honeypotCatchesSlug(commentsSlug), [])

/** Records that a bot was caught (through the adapter: no hooks, one insert). */
export async function recordHoneypotCatch(payload: Payload, commentsSlug: string): Promise<void> {
  const now = new Date().toISOString()
  await payload.db.create({
    collection: honeypotCatchesSlug(commentsSlug),
    data: { createdAt: now, updatedAt: now },
    returning: false,
  })
}

const windowStart = () => new Date(Date.now() - HONEYPOT_WINDOW_DAYS * 86_400_000).toISOString()

/** Bots caught in the last HONEYPOT_WINDOW_DAYS days. */
export async function countRecentHoneypotCatches(
  payload: Payload,
  commentsSlug: string,
): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: honeypotCatchesSlug(commentsSlug),
    where: { createdAt: { greater_than: windowStart() } },
    overrideAccess: true,
  })
  return totalDocs
}

/** Forgets catches older than the window (called by the daily retention job). */
export async function pruneHoneypotCatches(payload: Payload, commentsSlug: string): Promise<void> {
  await payload.db.deleteMany({
    collection: honeypotCatchesSlug(commentsSlug),
    where: { createdAt: { less_than: windowStart() } },
  })
}

/**
 * An id like those of real comments, for the answer to a bot: the next one a comment would get (a
 * number) or a fresh random one shaped like the newest (a string id, MongoDB's ObjectId say).
 */
export async function plausibleCommentId(
  req: PayloadRequest,
  commentsSlug: string,
): Promise<number | string> {
  const { docs } = await req.payload.find({
    collection: commentsSlug,
    sort: '-createdAt',
    limit: 1,
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  const newest = docs[0]?.id
  if (typeof newest === 'number' || newest === undefined) return (newest ?? 0) + 1
  const hex = '0123456789abcdef'
  return Array.from(newest, () => hex[Math.floor(Math.random() * 16)]).join('')
}
