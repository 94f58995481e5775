/**
 * Read replicas as @payloadcms/drizzle 3.90 uses them (`readReplicas` of the Postgres adapter) read
 * from a replica chosen at random for every read outside a transaction, except for a short window
 * after a write made *by this process* (`readReplicasAfterWriteInterval`). That is not enough for a
 * deployment:
 * - a replica that is down fails the reads sent to it, and one that has fallen far behind serves
 *   old content;
 * - a write made by another instance is not "recent" here, so a reader can be sent to a replica that
 *   has not replayed it yet — and the response cache would keep that old answer;
 * - a signed-in writer who saves and then reads (the admin does so at once) may not see the save.
 *
 * So the adapter's notion of "a recent write" (`lastWriteTimestamp`, which sends reads to the
 * primary) is made to also answer yes while the request must see the latest writes
 * (`mustReadPrimary`, a signed-in request), while no replica is known to be healthy and caught up,
 * and for a window after a change announced by another instance (`markWrite`). A replica is checked
 * every `checkEveryMs`: reachable, and replayed to within `maxLagMs` of the primary. A read that
 * fails on a replica because its connection failed is run again on the primary.
 */
import type { Payload } from 'payload'

import { requireTestedVersion, type Workaround } from './versionGuard.ts'

export const READ_REPLICAS: Workaround = {
  problem:
    'reads go to replicas that are down or behind, and writes of other instances are not seen as recent',
  upstream:
    '@payloadcms/drizzle src/utilities/getTransaction.ts and readAfterWrite.ts: a random replica, a per-process write window',
  package: '@payloadcms/drizzle',
  tested: ['3.90.'],
}

type QueryResult = { rows: Record<string, unknown>[] }
type PoolLike = {
  query: (...args: unknown[]) => Promise<QueryResult>
  on: (event: 'error', listener: (error: Error) => void) => unknown
}
type DrizzleLike = { $client: PoolLike }
type ReplicatedAdapter = Payload['db'] & {
  primaryDrizzle?: DrizzleLike
  drizzle?: { $replicas?: DrizzleLike[] }
  lastWriteTimestamp?: number
  readReplicasAfterWriteInterval?: number
  pool?: PoolLike
}

export type ReplicaRoutingOptions = {
  /** True while the current read must see every committed write (a signed-in request). */
  mustReadPrimary: () => boolean
  /** Beyond this replay lag a replica is not read from. */
  maxLagMs: number
  /**
   * Whether a write made now opens the primary-only window (default: every write). An app that
   * announces its content changes (markWrite) can leave out background writes, such as the jobs
   * queue's bookkeeping, which would otherwise keep every read off the replicas.
   */
  writeCounts?: () => boolean
  checkEveryMs?: number
  log?: (line: { level: 'info' | 'warn'; msg: string; [key: string]: unknown }) => void
}

export type ReplicaRouting = {
  /** A change committed (here or by another instance): read from the primary for a while. */
  markWrite: () => void
  /** Whether each replica is being read from now. */
  replicas: () => { healthy: boolean; lagMs?: number; error?: string }[]
  stop: () => void
}

/** Errors that say the connection, not the query, failed: the read is worth running elsewhere. */
const CONNECTION_FAILURE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|terminat|Connection terminated|timeout exceeded|the database system is (starting up|shutting down)/i
const isConnectionFailure = (error: unknown) =>
  error instanceof Error &&
  (CONNECTION_FAILURE.test(error.message) ||
    ['57P01', '57P02', '57P03', '08006', '08001'].includes((error as { code?: string }).code ?? ''))

export function routeReadsSafely(
  payload: Pick<Payload, 'db'>,
  {
    mustReadPrimary,
    maxLagMs,
    checkEveryMs = 500,
    writeCounts = () => true,
    log = () => {},
  }: ReplicaRoutingOptions,
): ReplicaRouting | undefined {
  const db = payload.db as ReplicatedAdapter
  const found = { replicas: db.drizzle?.$replicas, primary: db.primaryDrizzle?.$client ?? db.pool }
  if (!found.replicas?.length || !found.primary || !db.primaryDrizzle) return undefined
  const replicas: DrizzleLike[] = found.replicas
  const primary: PoolLike = found.primary
  requireTestedVersion(READ_REPLICAS)

  const states = replicas.map(() => ({
    healthy: false,
    lagMs: undefined as number | undefined,
    error: undefined as string | undefined,
  }))
  const healthy = () => states.some((state) => state.healthy)

  // Reads to the primary while this says "a write just happened" (getTransaction.ts upstream).
  let lastWrite: number | undefined
  Object.defineProperty(db, 'lastWriteTimestamp', {
    configurable: true,
    get: () => (mustReadPrimary() || !healthy() ? Date.now() : lastWrite),
    set: (value: number | undefined) => {
      if (writeCounts()) lastWrite = value
    },
  })

  // The replicas' own query methods: the health check asks the replica, never the fallback.
  const replicaQueries: PoolLike['query'][] = []
  replicas.forEach((replica, index) => {
    const pool = replica.$client
    // An idle connection that dies (the replica restarts) must not crash the process.
    const unreachable = (error: Error) => {
      if (states[index].healthy) {
        log({
          level: 'warn',
          msg: 'read replica unreachable: reading from the primary',
          replica: index,
          error: error.message,
        })
      }
      states[index].healthy = false
      states[index].error = error.message
    }
    pool.on('error', unreachable)
    const query = pool.query.bind(pool)
    replicaQueries[index] = query
    pool.query = async (...args: unknown[]) => {
      try {
        return await query(...args)
      } catch (error) {
        if (!isConnectionFailure(error)) throw error
        unreachable(error as Error)
        return primary.query(...args)
      }
    }
  })

  async function check(index: number) {
    const state = states[index]
    const wasHealthy = state.healthy
    try {
      const [{ rows: mine }, { rows: theirs }] = await Promise.all([
        primary.query('SELECT pg_current_wal_lsn()::text AS lsn'),
        replicaQueries[index](
          `SELECT pg_last_wal_replay_lsn()::text AS lsn,
                  extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000 AS lag`,
        ),
      ])
      // Caught up when it has replayed what the primary had written when the check began.
      const caughtUp = lsnAtLeast(String(theirs[0].lsn ?? ''), String(mine[0].lsn ?? ''))
      state.lagMs = caughtUp ? 0 : Number(theirs[0].lag ?? Infinity)
      state.healthy = state.lagMs <= maxLagMs
      state.error = state.healthy ? undefined : `replay lag ${Math.round(state.lagMs)} ms`
    } catch (error) {
      state.healthy = false
      state.error = (error as Error).message
    }
    if (wasHealthy !== state.healthy) {
      log({
        level: state.healthy ? 'info' : 'warn',
        msg: state.healthy ? 'reading from replica' : 'not reading from replica',
        replica: index,
        ...(state.error ? { reason: state.error } : {}),
      })
    }
  }

  let checking = false
  const checkAll = async () => {
    if (checking) return
    checking = true
    try {
      await Promise.all(replicas.map((_, index) => check(index)))
    } finally {
      checking = false
    }
  }
  void checkAll()
  const timer = setInterval(() => void checkAll(), checkEveryMs)
  timer.unref()

  return {
    markWrite: () => {
      lastWrite = Date.now()
    },
    replicas: () => states.map((state) => ({ ...state })),
    stop: () => clearInterval(timer),
  }
}

/** PostgreSQL WAL positions ("16/B374D848") compared as numbers. */
function lsnAtLeast(replayed: string, written: string): boolean {
  const value = (lsn: string) => {
    const [high, low] = lsn.split('/')
    return high && low ? BigInt(`0x${high}`) * 2n ** 32n + BigInt(`0x${low}`) : -1n
  }
  return value(replayed) >= value(written) && value(written) >= 0n
}
