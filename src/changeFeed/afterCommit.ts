/**
 * Publishing a change only once its transaction has committed: published earlier, a reader (or
 * another instance) could fetch and cache the old answer before the new one is visible to other
 * connections; published for a write that is rolled back, it would announce something that never
 * happened.
 *
 * Payload has no after-commit hook (3.90), so this wraps the database adapter's `commitTransaction`
 * and `rollbackTransaction` and keeps each transaction's changes until one of them runs. A write
 * outside any transaction is already committed when its hooks run, and is published at once.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { ContentChange } from './change'

type PendingChange = Omit<ContentChange, 'committedAt'>
type Sessions = Record<number | string, unknown>

const WAITING = Symbol.for('invited-cms.changesWaitingForCommit')
const PUBLISH = Symbol.for('invited-cms.publishCommittedChange')
type Adapter = Payload['db'] & {
  sessions?: Sessions
  [WAITING]?: Map<number | string, PendingChange[]>
  [PUBLISH]?: (change: ContentChange) => void
}

const committed = (change: PendingChange): ContentChange => ({ ...change, committedAt: Date.now() })

/** Queues a change for when the request's transaction commits (or publishes it now, outside one). */
export async function afterCommit(req: PayloadRequest, change: PendingChange): Promise<void> {
  const db = req.payload.db as Adapter
  const publish = db[PUBLISH]
  if (!publish) throw new Error('changeFeedPlugin: afterCommit used before Payload started')
  const transactionID = await req.transactionID
  if (transactionID === undefined || !db.sessions?.[transactionID] || !db[WAITING]) {
    publish(committed(change))
    return
  }
  const waiting = db[WAITING].get(transactionID) ?? []
  waiting.push(change)
  db[WAITING].set(transactionID, waiting)
}

/** Wraps the adapter's commit and rollback once; `publish` receives each committed change. */
afterCommit.install = (payload: Payload, publish: (change: ContentChange) => void): void => {
  const db = payload.db as Adapter
  db[PUBLISH] = publish
  if (db[WAITING]) return
  const waitingForCommit = new Map<number | string, PendingChange[]>()
  db[WAITING] = waitingForCommit
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const transactionID = await id
    const changes = waitingForCommit.get(transactionID) ?? []
    waitingForCommit.delete(transactionID)
    // Throws when the database did not commit (reliableCommitsPlugin makes sure it does): nothing
    // is published for a write that did not happen.
    await commit(transactionID)
    for (const change of changes) db[PUBLISH]?.(committed(change))
  }
  db.rollbackTransaction = async (id) => {
    const transactionID = await id
    waitingForCommit.delete(transactionID)
    await rollback(transactionID)
  }
}
