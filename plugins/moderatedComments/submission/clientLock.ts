/**
 * One submission at a time per client. Flood control and the hourly limit read the comments stored so
 * far, then the submission stores one: two requests from the same client arriving together would both
 * read "no recent comment" and both be stored. Holding a lock around read-then-store makes the limits
 * exact, on every server instance sharing the database.
 *
 * Within one process, submissions of the same client take turns (turns.ts): the next starts the
 * moment the previous is done. The database lock below is then contended only between instances.
 *
 * The lock is a row in a small hidden collection whose keys are unique *in the database*: inserting it
 * either succeeds (the lock is ours) or fails on the unique index (another submission from this client
 * address or email address is in progress). That works through the database adapter's own create and
 * delete on any adapter — PostgreSQL, the embedded PGlite, SQLite, MongoDB — with no SQL of ours, and
 * whether or not the adapter runs transactions. (The adapter, not `payload.create`: a lock needs no
 * hooks or validation, and costs two small statements per submission.) A lock left behind by a crashed process is taken over once it is older
 * than STALE_AFTER_MS.
 */
import { createHash } from 'node:crypto'
import type { CollectionConfig, Payload, Where } from 'payload'
import { ValidationError } from 'payload'

import { internalCollection } from '../internalCollection.ts'
import { Turns } from './turns.ts'

/** Far longer than any submission takes; a lock this old belongs to a process that died holding it. */
const STALE_AFTER_MS = 15_000
/** How long a second submission from the same client waits its turn before giving up. */
const WAIT_MS = 5_000
const RELEASE_RETRY_MS = 1_000
const FIRST_PAUSE_MS = 5
const LONGEST_PAUSE_MS = 100

export type ClientKeys = {
  /** The hashed client address. */
  client: string
  /** The hashed email address (never the address itself: locks are not personal data). */
  email: string
}

/** The salted hashes that stand for a client: its address (also stored on its comments) and email. */
export function clientKeysOf(salt: string, clientAddress: string, authorEmail: string): ClientKeys {
  const hashOf = (value: string) =>
    createHash('sha256').update(`${salt}:${value}`).digest('hex').slice(0, 32)
  return { client: hashOf(clientAddress), email: hashOf(`email:${authorEmail}`) }
}

export const submissionLocksSlug = (commentsSlug: string) => `${commentsSlug}-submission-locks`

/** The hidden collection of held locks (internalCollection.ts). */
export const createSubmissionLocksCollection = (commentsSlug: string): CollectionConfig =>
  internalCollection(submissionLocksSlug(commentsSlug), [
    { name: 'client', type: 'text', required: true, unique: true },
    { name: 'email', type: 'text', required: true, unique: true },
  ])

/** Each Payload instance takes its own turns: two instances in one process act as two servers. */
const turnsOf = new WeakMap<Payload, Turns>()

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Removes locks on these keys that are older than STALE_AFTER_MS. */
async function clearStaleLocks(payload: Payload, slug: string, keys: ClientKeys) {
  await payload.db.deleteMany({
    collection: slug,
    where: {
      and: [
        { or: [{ client: { equals: keys.client } }, { email: { equals: keys.email } }] },
        { createdAt: { less_than: new Date(Date.now() - STALE_AFTER_MS).toISOString() } },
      ],
    },
  })
}

/**
 * Runs `work` holding the lock on these keys; waits (briefly) while another submission holds it.
 * Answers `{ busy: true }` when the wait ran out, without running `work`.
 */
export async function withClientLock<T>(
  payload: Payload,
  commentsSlug: string,
  keys: ClientKeys,
  work: () => Promise<T>,
): Promise<{ busy: false; value: T } | { busy: true }> {
  const deadline = Date.now() + WAIT_MS
  if (!turnsOf.has(payload)) turnsOf.set(payload, new Turns())
  const slug = submissionLocksSlug(commentsSlug)
  const giveBack = await turnsOf
    .get(payload)!
    .take([`${slug}:client:${keys.client}`, `${slug}:email:${keys.email}`], deadline)
  if (!giveBack) return { busy: true }
  try {
    return await withDatabaseLock(payload, slug, keys, deadline, work)
  } finally {
    giveBack()
  }
}

/** The lock row: taken at once unless another instance holds it, then retried until `deadline`. */
async function withDatabaseLock<T>(
  payload: Payload,
  slug: string,
  keys: ClientKeys,
  deadline: number,
  work: () => Promise<T>,
): Promise<{ busy: false; value: T } | { busy: true }> {
  let nextPause = FIRST_PAUSE_MS
  let lock: Where | undefined
  let staleCleared = false
  while (!lock) {
    // This lock, and no other: its keys and the moment it was taken.
    const takenAt = new Date().toISOString()
    const thisLock: Where = {
      and: [
        { client: { equals: keys.client } },
        { email: { equals: keys.email } },
        { createdAt: { equals: takenAt } },
      ],
    }
    try {
      // No `req`: the lock is committed at once, outside any transaction of the submission, so that
      // other requests see it. The adapter turns a unique-index violation into a ValidationError.
      await payload.db.create({
        collection: slug,
        data: { ...keys, createdAt: takenAt, updatedAt: takenAt },
        returning: false,
      })
      lock = thisLock
    } catch (error) {
      if (!(error instanceof ValidationError)) {
        // The insert may have reached the database even though its answer did not (a connection
        // lost on the way back): make sure no lock of ours is left behind.
        void release(payload, slug, thisLock)
        throw error
      }
      // Once: a lock held by a live submission never gets old enough to be stale while we wait.
      if (!staleCleared) {
        await clearStaleLocks(payload, slug, keys)
        staleCleared = true
      }
      if (Date.now() >= deadline) return { busy: true }
      // Held by another instance: jittered back-off, so that instances do not retry in lockstep.
      await pause(nextPause * (0.5 + Math.random()))
      nextPause = Math.min(nextPause * 2, LONGEST_PAUSE_MS)
    }
  }
  try {
    return { busy: false, value: await work() }
  } finally {
    await release(payload, slug, lock)
  }
}

/**
 * Deletes the lock. When that fails (the database went away mid-submission), it is retried in the
 * background every second: left in place, the lock would keep this client waiting until it is stale.
 */
async function release(payload: Payload, slug: string, lock: Where, attempt = 1): Promise<void> {
  try {
    await payload.db.deleteMany({ collection: slug, where: lock })
  } catch (error) {
    if (attempt * RELEASE_RETRY_MS < STALE_AFTER_MS) {
      setTimeout(() => void release(payload, slug, lock, attempt + 1), RELEASE_RETRY_MS).unref()
    } else {
      payload.logger.warn(
        { err: error },
        'Could not release a comment submission lock: its client waits until it is stale',
      )
    }
  }
}
