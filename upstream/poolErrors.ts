/**
 * Two gaps in @payloadcms/db-postgres 3.90 that a long-running server must close itself:
 * - its `pg` pool has no 'error' listener, so when the database drops an idle connection (a restart,
 *   a failover, the embedded database stopping) Node treats the event as unhandled and crashes;
 * - `payload.destroy()` does not end the pool, so shutdown would leave connections open.
 */
import type { Payload } from 'payload'

import { requireTestedVersion, type Workaround } from './versionGuard.ts'

export const POOL_ERRORS: Workaround = {
  problem: 'a database connection dropped while idle crashes the process (no pool error listener)',
  upstream:
    '@payloadcms/db-postgres src/connect.ts: the pg Pool is created without an error listener',
  package: '@payloadcms/drizzle',
  tested: ['3.90.'],
}

/** Marks this module's listeners, so that a test can tell whether upstream added its own. */
export const OUR_LISTENER = Symbol.for('invited-cms.poolErrorListener')
const ours = <T extends object>(listener: T): T => Object.assign(listener, { [OUR_LISTENER]: true })

type ClientLike = { on: (event: 'error', listener: (error: Error) => void) => unknown }
type PoolLike = {
  on: ((event: 'error', listener: (error: Error) => void) => unknown) &
    ((event: 'connect', listener: (client: ClientLike) => void) => unknown)
  end: () => Promise<void>
  query: (sql: string) => Promise<unknown>
  /** pg-pool's own list of its connections, idle or checked out (not public API, hence optional). */
  _clients?: ClientLike[]
}

/** The adapter's `pg` pool (PostgreSQL, or the embedded database's socket), when it has one. */
export const poolOf = (payload: Pick<Payload, 'db'>): PoolLike | undefined =>
  (payload.db as unknown as { pool?: PoolLike }).pool

/**
 * Logs dropped idle connections instead of crashing; the pool opens new ones when asked. A connection
 * lost while checked out (in a transaction, say) fails its query, which the operation reports; its
 * 'error' event, which pg-pool only listens to on idle connections, is absorbed here.
 */
const poolsListenedTo = new WeakSet<PoolLike>()

export function logPoolErrorsInsteadOfCrashing(payload: Payload): void {
  const pool = poolOf(payload)
  // Once per pool: a second call would log each lost connection twice.
  if (!pool || poolsListenedTo.has(pool)) return
  poolsListenedTo.add(pool)
  requireTestedVersion(POOL_ERRORS)
  pool.on(
    'error',
    ours((error: Error) => {
      payload.logger.warn(
        `Database connection lost: ${error.message}. It will be reopened on the next query.`,
      )
    }),
  )
  const absorb = (client: ClientLike) =>
    client.on(
      'error',
      ours(() => {}),
    )
  for (const client of pool._clients ?? []) absorb(client)
  pool.on('connect', absorb)
}

/**
 * Destroys Payload (its crons, its schema) and ends the pool's idle connections. The adapter keeps one
 * connection checked out for good, so `end()` never settles: it is started, not awaited.
 */
export async function closePayload(payload: Pick<Payload, 'db' | 'destroy'>): Promise<void> {
  const pool = poolOf(payload)
  await payload.destroy()
  // Connections cut while closing are expected: the pool reports those of idle connections, but a
  // connection checked out (the one the adapter keeps) has no listener of its own, and its error
  // would crash the process when the database goes away first (a test database dropped).
  pool?.on('error', () => {})
  for (const client of pool?._clients ?? []) client.on('error', () => {})
  void pool?.end().catch(() => {})
}
