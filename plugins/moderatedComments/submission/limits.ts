/**
 * Flood control (one comment per client address or email address every `floodIntervalSeconds`) and
 * the hourly limit (`maxPerHour` per client address), counted in the database so they hold across
 * server instances. Each check is one small indexed query — the newest matching row, or a count —
 * rather than loading a client's recent comments: a submission costs the same however many comments
 * the database holds. The caller holds the client's lock (clientLock.ts) from this check until the
 * comment is stored, so simultaneous submissions are counted one after the other.
 */
import type { PayloadRequest, Where } from 'payload'

import type { ResolvedCommentsOptions } from '../types.ts'
import { refused, type SubmissionResult } from './result.ts'

type Client = { ipHash: string; authorEmail: string }

const HOUR_SECONDS = 3600
const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString()

/** The creation time of the first comment matching `where`, in `sort` order; undefined if none. */
async function firstCreatedAt(req: PayloadRequest, collection: string, where: Where, sort: string) {
  const { docs } = await req.payload.find({
    collection,
    where,
    sort,
    limit: 1,
    pagination: false,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    req,
  })
  const createdAt = docs[0]?.createdAt
  return typeof createdAt === 'string' ? Date.parse(createdAt) : undefined
}

/** A refusal when this client must wait, or undefined when it may comment now. */
export async function checkSubmissionLimits(
  req: PayloadRequest,
  { commentsSlug, limits }: ResolvedCommentsOptions,
  { ipHash, authorEmail }: Client,
): Promise<SubmissionResult | undefined> {
  if (limits.floodIntervalSeconds > 0) {
    const latest = await firstCreatedAt(
      req,
      commentsSlug,
      {
        and: [
          { or: [{ ipHash: { equals: ipHash } }, { authorEmail: { equals: authorEmail } }] },
          { createdAt: { greater_than: secondsAgo(limits.floodIntervalSeconds) } },
        ],
      },
      '-createdAt',
    )
    if (latest !== undefined) {
      const retry = Math.max(
        1,
        Math.ceil(limits.floodIntervalSeconds - (Date.now() - latest) / 1000),
      )
      return refused('rate_limited', [], {
        message: `You are commenting too quickly: wait ${retry} seconds.`,
        retryAfterSeconds: retry,
      })
    }
  }

  const lastHour: Where = {
    and: [
      { ipHash: { equals: ipHash } },
      { createdAt: { greater_than: secondsAgo(HOUR_SECONDS) } },
    ],
  }
  const { totalDocs } = await req.payload.count({
    collection: commentsSlug,
    where: lastHour,
    overrideAccess: true,
    req,
  })
  if (totalDocs < limits.maxPerHour) return undefined
  // The oldest comment of the hour frees a place when it ages out.
  const oldest = (await firstCreatedAt(req, commentsSlug, lastHour, 'createdAt')) ?? Date.now()
  const retry = Math.max(1, Math.ceil(HOUR_SECONDS - (Date.now() - oldest) / 1000))
  return refused('rate_limited', [], {
    message: `At most ${limits.maxPerHour} comments an hour from one place: try again in ${Math.ceil(retry / 60)} minutes.`,
    retryAfterSeconds: retry,
  })
}
