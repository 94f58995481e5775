/**
 * A transaction that was not committed must fail the operation. In @payloadcms/drizzle 3.90 it does
 * not, in two ways:
 * - `commitTransaction` resolves even when PostgreSQL refused the COMMIT (the transaction promise's
 *   rejection is caught and dropped): a connection lost at COMMIT time returned 201 for a comment
 *   that was rolled back (upstream: payloadcms/payload#17726, open);
 * - it also resolves when the transaction was already rolled back — by a nested operation that
 *   failed and killed it while its caller caught the error and went on — treating that as "nothing
 *   to do". Seen under a database outage, through a hook that caught a failed read.
 * Until upstream handles both, the adapter is wrapped: the outcome of each drizzle transaction is
 * remembered by its handle, and a commit of a transaction that failed or is gone throws, which
 * Payload answers as the failure it is (503 when the database is unreachable, else 500).
 *
 * Only for adapters with transactions (PostgreSQL servers); the embedded database runs without them.
 */
import type { Payload } from 'payload'

import { keepUnpatched, requireTestedVersion, type Workaround } from './versionGuard.ts'

export const COMMIT_FAILURES: Workaround = {
  problem: 'a transaction PostgreSQL did not commit is reported as done',
  upstream: 'payloadcms/payload#17726',
  package: '@payloadcms/drizzle',
  tested: ['3.90.'],
}

type Transaction = object
type DrizzleLike = {
  transaction: (
    callback: (tx: Transaction) => Promise<unknown>,
    config?: unknown,
  ) => Promise<unknown>
}
type TransactionID = number | string
type TransactionalAdapter = {
  drizzle?: DrizzleLike
  sessions?: Record<string, { db: Transaction } | undefined>
  beginTransaction: (options?: unknown) => Promise<null | TransactionID>
  commitTransaction: (id: Promise<TransactionID> | TransactionID) => Promise<void>
  rollbackTransaction: (id: Promise<TransactionID> | TransactionID) => Promise<void>
}

/** How long a rolled-back transaction's handle is kept for a commit that may still come. */
const FORGET_AFTER_MS = 60_000

const WRAPPED = Symbol.for('invited-cms.commitFailuresSurfaced')

export function surfaceCommitFailures(payload: Pick<Payload, 'db'>): void {
  const adapter = payload.db as unknown as TransactionalAdapter & { [WRAPPED]?: true }
  const drizzle = adapter.drizzle
  if (!drizzle || !adapter.sessions || typeof adapter.beginTransaction !== 'function') return
  if (adapter[WRAPPED]) return
  requireTestedVersion(COMMIT_FAILURES)
  adapter[WRAPPED] = true

  const failures = new WeakMap<Transaction, Error>()
  const transaction = drizzle.transaction.bind(drizzle)
  drizzle.transaction = (callback, config) => {
    let handle: Transaction | undefined
    const outcome = transaction((tx) => {
      handle = tx
      return callback(tx)
    }, config)
    // Registered before the adapter's own handler, so it runs first: the failure is on record by
    // the time the adapter's commit resumes.
    outcome.catch((error: unknown) => {
      if (handle && error instanceof Error) failures.set(handle, error)
    })
    return outcome
  }

  // Each open transaction's handle, so that a commit can find its outcome after the adapter has
  // dropped the session. Committed ones are forgotten at once, rolled-back ones after a minute.
  const handles = new Map<TransactionID, Transaction>()
  const begin = adapter.beginTransaction.bind(adapter)
  adapter.beginTransaction = async (options) => {
    const id = await begin(options)
    const session = id === null ? undefined : adapter.sessions?.[id]
    if (id !== null && session) handles.set(id, session.db)
    return id
  }
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.rollbackTransaction = async (id) => {
    const transactionID = await id
    setTimeout(() => handles.delete(transactionID), FORGET_AFTER_MS).unref()
    return rollback(transactionID)
  }

  const commit = keepUnpatched(adapter, 'commitTransaction')
  adapter.commitTransaction = async (id) => {
    const transactionID = await id
    const handle = handles.get(transactionID)
    handles.delete(transactionID)
    const wasOpen = adapter.sessions?.[transactionID] !== undefined
    await commit(transactionID)
    const failure = handle && failures.get(handle)
    if (failure) {
      throw new Error(`The database did not commit the transaction: ${failure.message}`, {
        cause: failure,
      })
    }
    if (!wasOpen && handle) {
      throw new Error(
        'The transaction was rolled back before it could be committed: an operation inside it failed.',
      )
    }
  }
}
