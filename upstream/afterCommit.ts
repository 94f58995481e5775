/**
 * Running something only once the request's transaction has committed — the change feed publishes
 * there: published earlier, a reader (or another instance) could fetch and cache the old answer
 * before the new one is visible to other connections; published for a write that is rolled back, it
 * would announce something that never happened.
 *
 * Payload has no after-commit hook (3.90): hooks run inside the transaction. So the adapter's
 * `commitTransaction` and `rollbackTransaction` are wrapped, and each transaction's callbacks are kept
 * until one of them runs. Outside any transaction (the embedded database runs without them) a write
 * is committed when its hooks run, and the callback runs at once.
 */
import type { Payload, PayloadRequest } from 'payload'

import { keepUnpatched, requireTestedVersion, type Workaround } from './versionGuard.ts'

export const AFTER_COMMIT: Workaround = {
  problem: 'no hook runs after a transaction commits or rolls back',
  upstream: 'payload 3.90: hooks run inside the transaction, and none runs after it',
  package: 'payload',
  tested: ['3.90.'],
}

type Callback = () => void
type TransactionID = number | string

const WAITING = Symbol.for('invited-cms.waitingForCommit')
type Adapter = Payload['db'] & {
  sessions?: Record<TransactionID, unknown>
  [WAITING]?: Map<TransactionID, Callback[]>
}

/** Runs `callback` when the request's transaction commits (now, outside one; never on rollback). */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const db = req.payload.db as Adapter
  const waiting = db[WAITING]
  if (!waiting) throw new Error('afterCommit used before installAfterCommit(payload) ran')
  const transactionID = await req.transactionID
  if (transactionID === undefined || transactionID === null || !db.sessions?.[transactionID]) {
    callback()
    return
  }
  waiting.set(transactionID, [...(waiting.get(transactionID) ?? []), callback])
}

/** Wraps the adapter's commit and rollback (once). Call from the config's onInit. */
export function installAfterCommit(payload: Pick<Payload, 'db'>): void {
  const db = payload.db as Adapter
  if (db[WAITING]) return
  requireTestedVersion(AFTER_COMMIT)
  const waiting = new Map<TransactionID, Callback[]>()
  db[WAITING] = waiting
  const commit = db.commitTransaction.bind(db)
  const rollback = keepUnpatched(db, 'rollbackTransaction')
  keepUnpatched(db, 'commitTransaction')
  db.commitTransaction = async (id) => {
    const transactionID = await id
    const callbacks = waiting.get(transactionID) ?? []
    waiting.delete(transactionID)
    // Throws when the database did not commit (commitFailures.ts makes sure it does): nothing runs
    // for a write that did not happen.
    await commit(transactionID)
    for (const callback of callbacks) callback()
  }
  db.rollbackTransaction = async (id) => {
    const transactionID = await id
    waiting.delete(transactionID)
    await rollback(transactionID)
  }
}
