/**
 * Flood control (one comment per client address or email address every `floodIntervalSeconds`) and
 * the hourly limit (`maxPerHour` per client address; 0 turns either off), counted in the database so
 * they hold across server instances. One small indexed query reads what both need — the client's
 * comments of the window, a bounded handful of rows while the limits hold — instead of one query per
 * limit; a limit set so high that the window could hold many rows is counted instead, so a
 * submission costs the same however many comments the database holds. The caller holds the
 * client's lock (clientLock.ts) from this check until the comment is stored, so simultaneous
 * submissions are counted one after the other.
 */
import type { PayloadRequest, Where } from 'payload'

import type { ResolvedCommentsOptions } from '../types.ts'
import { refused, type SubmissionResult } from './result.ts'

type Client = { ipHash: string; authorEmail: string }

const HOUR_SECONDS = 3600
/** The most rows the check reads; beyond it, counting is cheaper. */
const MAX_ROWS_READ = 300
const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString()

type Recent = { at: number; fromAddress: boolean }[]

/**
 * This client's (or this email's) comments of the window both limits look at, newest first —
 * creation time and whether from this address. `complete` is false when the window was not read
 * whole (a limit of thousands an hour: then only flood control's window is read, and the hourly
 * figures are counted apart) or held more rows than the limits allow (they were changed since).
 */
async function recentComments(
  req: PayloadRequest,
  { commentsSlug, limits }: ResolvedCommentsOptions,
  { ipHash, authorEmail }: Client,
): Promise<{ recent: Recent; complete: boolean }> {
  const { floodIntervalSeconds: flood, maxPerHour } = limits
  // While the limits hold, this is as many rows as the window can have: the address's hourly quota
  // and one per flood interval for the email from elsewhere.
  const windowSeconds = maxPerHour > 0 ? Math.max(HOUR_SECONDS, flood) : flood
  const rowsWhileLimitsHold = maxPerHour + (flood > 0 ? Math.ceil(windowSeconds / flood) : 0) + 1
  const whole = rowsWhileLimitsHold <= MAX_ROWS_READ
  if (!whole && flood === 0) return { recent: [], complete: false }
  const limit = whole ? rowsWhileLimitsHold : 1
  const { docs } = await req.payload.find({
    collection: commentsSlug,
    where: {
      and: [
        flood > 0
          ? { or: [{ ipHash: { equals: ipHash } }, { authorEmail: { equals: authorEmail } }] }
          : { ipHash: { equals: ipHash } },
        { createdAt: { greater_than: secondsAgo(whole ? windowSeconds : flood) } },
      ],
    },
    sort: '-createdAt',
    limit,
    pagination: false,
    depth: 0,
    select: { createdAt: true, ipHash: true },
    overrideAccess: true,
    req,
  })
  const recent = docs.map((doc) => ({
    at: Date.parse(String(doc.createdAt)),
    fromAddress: doc.ipHash === ipHash,
  }))
  return { recent, complete: whole && docs.length < limit }
}

/**
 * A refusal when this client must wait, or undefined when it may comment now. One query reads what
 * both limits need (recentComments) rather than one query per limit.
 */
export async function checkSubmissionLimits(
  req: PayloadRequest,
  options: ResolvedCommentsOptions,
  client: Client,
): Promise<SubmissionResult | undefined> {
  const { floodIntervalSeconds: flood, maxPerHour } = options.limits
  if (flood === 0 && maxPerHour === 0) return undefined
  const { recent, complete } = await recentComments(req, options, client)

  const latest = recent[0]?.at
  if (flood > 0 && latest !== undefined && Date.now() - latest < flood * 1000) {
    const retry = Math.max(1, Math.ceil(flood - (Date.now() - latest) / 1000))
    return refused('rate_limited', [], {
      message: `You are commenting too quickly: wait ${retry} seconds.`,
      retryAfterSeconds: retry,
    })
  }

  if (maxPerHour === 0) return undefined
  const hourAgo = Date.now() - HOUR_SECONDS * 1000
  const thisHour = recent.filter((comment) => comment.fromAddress && comment.at > hourAgo)
  const { commentsSlug } = options
  const count = complete
    ? thisHour.length
    : await countFromAddress(req, commentsSlug, client.ipHash)
  if (count < maxPerHour) return undefined
  // The oldest comment of the hour frees a place when it ages out.
  const oldest = complete
    ? (thisHour.at(-1)?.at ?? Date.now())
    : await oldestFromAddress(req, commentsSlug, client.ipHash)
  const retry = Math.max(1, Math.ceil(HOUR_SECONDS - (Date.now() - oldest) / 1000))
  return refused('rate_limited', [], {
    message: `At most ${maxPerHour} comments an hour from one place: try again in ${Math.ceil(retry / 60)} minutes.`,
    retryAfterSeconds: retry,
  })
}

/** This address's comments of the last hour. */
const lastHourFrom = (ipHash: string): Where => ({
  and: [{ ipHash: { equals: ipHash } }, { createdAt: { greater_than: secondsAgo(HOUR_SECONDS) } }],
})

/** The exact count, for when the window held more rows than the limits allow (they were changed). */
async function countFromAddress(req: PayloadRequest, commentsSlug: string, ipHash: string) {
  const { totalDocs } = await req.payload.count({
    collection: commentsSlug,
    where: lastHourFrom(ipHash),
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/** When the oldest comment of the hour from this address was made. */
async function oldestFromAddress(req: PayloadRequest, commentsSlug: string, ipHash: string) {
  const { docs } = await req.payload.find({
    collection: commentsSlug,
    where: lastHourFrom(ipHash),
    sort: 'createdAt',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    req,
  })
  return docs[0] ? Date.parse(String(docs[0].createdAt)) : Date.now()
}
