/**
 * Every configuration knob of the runnable CMS, read from the environment here and nowhere else, and
 * checked before anything starts. `.env.example` documents each variable; keep the two in step.
 *
 * - readSettings: the server's view (host, port, database, shutdown, proxies) plus the CMS's;
 * - readCmsSettings (cms.ts): what payload.config.ts needs, wherever the config is loaded;
 * - readSiteSettings (site.ts): what the reader site's pages need (checked here, at start).
 */
import { DEFAULT_EMBEDDED_DATA_DIR, replicaUrlsFromEnv } from '../databaseConnection'
import { collectCdnPurgeSettings, type CdnPurgeSettings } from './cdnPurge'
import { collectChangeFeedSettings, type ChangeFeedSettings } from './changeFeed'
import { collectCmsSettings, type CmsSettings } from './cms'
import { positiveInteger, SettingsError, type Environment } from './problems'
import { collectResponseCacheSettings, type ResponseCacheSettings } from './responseCache'
import { collectSiteSettings } from './site'
import { parseSkippedLayers } from './benchLayers'

export { readCmsSettings, MIN_ADMIN_PASSWORD_LENGTH, type CmsSettings } from './cms'
export { SettingsError, type Environment } from './problems'
export { problemWithSecret, resolvePayloadSecret, MIN_SECRET_LENGTH } from './secret'
export { readSiteSettings, type SiteSettings } from './site'
export type { ResponseCacheSettings } from './responseCache'
export type { ChangeFeedSettings } from './changeFeed'
export type { CdnPurgeSettings } from './cdnPurge'
export type { MediaStorageSettings } from './mediaStorage'

export type Settings = CmsSettings & {
  host: string
  port: number
  /** A real PostgreSQL server; undefined means "start the embedded PGlite". */
  databaseUrl: string | undefined
  /** Folder (or `memory://`) of the embedded database, used only without `databaseUrl`. */
  embeddedDataDir: string
  /** How long a graceful shutdown waits for in-flight requests before it gives up. */
  shutdownTimeoutMs: number
  /** express' `trust proxy`: which proxies' X-Forwarded-For to believe for the client address. */
  trustProxy: boolean | number | string
  responseCache: ResponseCacheSettings
  changeFeed: ChangeFeedSettings
  cdnPurge: CdnPurgeSettings
  /** BENCH_SKIP_LAYERS: the benchmark's per-layer A/B (benchLayers.ts); empty otherwise. */
  skipLayers: Set<string>
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw === '') return 3000
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be an integer between 0 and 65535, got "${raw}".`)
    return 3000
  }
  return port
}

function parseDatabaseUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (!raw) return undefined
  try {
    const { protocol } = new URL(raw)
    if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
      problems.push(`DATABASE_URL must be a postgres:// URL, got protocol "${protocol}".`)
    }
  } catch {
    problems.push(
      'DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/db).',
    )
  }
  return raw
}

/** DATABASE_REPLICA_URLS and DATABASE_REPLICA_MAX_LAG_MS, checked (payload.config.ts reads them). */
function checkReplicas(env: Environment, problems: string[]): void {
  const urls = replicaUrlsFromEnv(env)
  if (urls.length > 0 && !env.DATABASE_URL) {
    problems.push('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas are of a PostgreSQL server.')
  }
  urls.forEach((url, index) => {
    const found: string[] = []
    parseDatabaseUrl(url, found)
    for (const problem of found) {
      problems.push(
        `DATABASE_REPLICA_URLS, entry ${index + 1}: ${problem.replace(/^DATABASE_URL /, '')}`,
      )
    }
  })
  positiveInteger('DATABASE_REPLICA_MAX_LAG_MS', env.DATABASE_REPLICA_MAX_LAG_MS, 1000, problems)
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false') return false
  if (raw === 'true') return true
  return /^\d+$/.test(raw) ? Number(raw) : raw
}

/** Reads and checks the whole environment, reporting every problem at once. */
export function readSettings(env: Environment = process.env): Settings {
  const problems: string[] = []
  const settings: Settings = {
    host: env.HOST || '0.0.0.0',
    port: parsePort(env.PORT, problems),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL, problems),
    embeddedDataDir: env.PGLITE_DATA_DIR || DEFAULT_EMBEDDED_DATA_DIR,
    shutdownTimeoutMs: positiveInteger(
      'SHUTDOWN_TIMEOUT_MS',
      env.SHUTDOWN_TIMEOUT_MS,
      10_000,
      problems,
    ),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    responseCache: collectResponseCacheSettings(env, problems),
    changeFeed: collectChangeFeedSettings(env, Boolean(env.DATABASE_URL), problems),
    cdnPurge: collectCdnPurgeSettings(env, problems),
    skipLayers: parseSkippedLayers(env.BENCH_SKIP_LAYERS, problems),
    ...collectCmsSettings(env, problems),
  }
  collectSiteSettings(env, problems)
  checkReplicas(env, problems)
  if (problems.length > 0) throw new SettingsError(problems)
  return settings
}
