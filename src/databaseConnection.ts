/**
 * How the Payload config finds its database, without importing the embedded database itself (PGlite
 * must not end up in Next's bundle). The operator sets DATABASE_URL for a real PostgreSQL server;
 * otherwise whoever started the embedded database (src/server.ts, the CLI wrapper, the test harness)
 * publishes its socket URL in EMBEDDED_DATABASE_URL.
 */

/** Where the embedded database keeps its files unless `PGLITE_DATA_DIR` says otherwise. */
export const DEFAULT_EMBEDDED_DATA_DIR = '.data/pglite'

/** Set by this project's own processes, never by the operator: the embedded database's socket. */
export const EMBEDDED_DATABASE_URL_VARIABLE = 'EMBEDDED_DATABASE_URL'

export type DatabaseConnection = {
  url: string | undefined
  /**
   * PGlite is a single database session behind its socket: a transaction holds it until it ends, so
   * any query issued outside that transaction meanwhile — Payload itself does so, for example when it
   * checks document locks during an update — waits forever. The embedded database therefore runs
   * without transactions (each statement commits on its own); PostgreSQL servers keep them.
   */
  embedded: boolean
  /** DATABASE_REPLICA_URLS: streaming replicas of DATABASE_URL that anonymous reads may use. */
  replicaUrls: string[]
  /** DATABASE_REPLICA_MAX_LAG_MS: a replica further behind than this is not read from. */
  replicaMaxLagMs: number
}

export const DEFAULT_REPLICA_MAX_LAG_MS = 1000

export const replicaUrlsFromEnv = (env: Record<string, string | undefined>): string[] =>
  (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)

export function databaseConnectionFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): DatabaseConnection {
  if (!env.DATABASE_URL) {
    return {
      url: env[EMBEDDED_DATABASE_URL_VARIABLE],
      embedded: true,
      replicaUrls: [],
      replicaMaxLagMs: DEFAULT_REPLICA_MAX_LAG_MS,
    }
  }
  const maxLag = Number(env.DATABASE_REPLICA_MAX_LAG_MS)
  return {
    url: env.DATABASE_URL,
    embedded: false,
    replicaUrls: replicaUrlsFromEnv(env),
    replicaMaxLagMs: Number.isInteger(maxLag) && maxLag > 0 ? maxLag : DEFAULT_REPLICA_MAX_LAG_MS,
  }
}
