/**
 * Every configuration knob of the runnable CMS, read from the environment in one place and checked
 * before anything starts. `.env.example` documents each variable; keep the two in step.
 */
import { randomBytes } from 'node:crypto'

import { DEFAULT_EMBEDDED_DATA_DIR } from './databaseConnection'
import { OriginsError, readAllowedOrigins, type AllowedOrigins } from './origins'

/** The environment as these functions read it: process.env, or a plain object in tests. */
export type Environment = Record<string, string | undefined>

export type Settings = {
  production: boolean
  host: string
  port: number
  /** A real PostgreSQL server; undefined means "start the embedded PGlite". */
  databaseUrl: string | undefined
  /** Folder (or `memory://`) of the embedded database, used only without `databaseUrl`. */
  embeddedDataDir: string
  payloadSecret: string
  /** Public origin of the CMS, for links in the admin and emails. */
  serverUrl: string
  /** How long a graceful shutdown waits for in-flight requests before it gives up. */
  shutdownTimeoutMs: number
  /** express' `trust proxy`: which proxies' X-Forwarded-For to believe for the client address. */
  trustProxy: boolean | number | string
  /** Other origins allowed to call the API from a browser (CORS) and to use the session cookie (CSRF). */
  allowedOrigins: AllowedOrigins
}

/** A configuration problem the operator must fix; the server prints it and exits. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'SettingsError'
  }
}

export const MIN_SECRET_LENGTH = 32

/**
 * Values that appear in templates, tutorials and our own `.env.example`: a production server holding
 * one of them would sign session tokens anyone can forge.
 */
const KNOWN_DEFAULT_SECRETS = new Set(
  [
    'YOUR_SECRET_HERE',
    'your-secret-here',
    'secret',
    'changeme',
    'change-me',
    'password',
    'payload',
    'replace-me-with-a-long-random-string-of-at-least-32-characters',
  ].map((value) => value.toLowerCase()),
)

/** Why this secret must not sign production tokens, or undefined when it is acceptable. */
export function problemWithSecret(secret: string | undefined): string | undefined {
  if (!secret) return 'PAYLOAD_SECRET is not set. Generate one with: openssl rand -hex 32'
  if (KNOWN_DEFAULT_SECRETS.has(secret.trim().toLowerCase())) {
    return 'PAYLOAD_SECRET is a well-known placeholder value. Generate one with: openssl rand -hex 32'
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return `PAYLOAD_SECRET is too short (${secret.length} characters; at least ${MIN_SECRET_LENGTH} required).`
  }
  return undefined
}

/** Outside production a missing secret is tolerated: tokens then last only as long as the process. */
let ephemeralDevelopmentSecret: string | undefined

/**
 * The secret Payload signs tokens with. Production refuses anything weak; development and tests fall
 * back to a random per-process secret rather than a fixed, guessable one.
 */
export function resolvePayloadSecret(env: Environment = process.env): string {
  const secret = env.PAYLOAD_SECRET
  // `next build` evaluates the config with NODE_ENV=production but signs nothing: any secret will do.
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building) {
    const problem = problemWithSecret(secret)
    if (problem) throw new SettingsError([problem])
    return secret as string
  }
  if (secret) return secret
  ephemeralDevelopmentSecret ??= randomBytes(32).toString('hex')
  return ephemeralDevelopmentSecret
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

function parsePositiveInteger(name: string, raw: string | undefined, fallback: number, problems: string[]) {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    problems.push(`${name} must be a positive integer, got "${raw}".`)
    return fallback
  }
  return value
}

function parseDatabaseUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (!raw) return undefined
  try {
    const { protocol } = new URL(raw)
    if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
      problems.push(`DATABASE_URL must be a postgres:// URL, got protocol "${protocol}".`)
    }
  } catch {
    problems.push('DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/db).')
  }
  return raw
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false') return false
  if (raw === 'true') return true
  return /^\d+$/.test(raw) ? Number(raw) : raw
}

/** Comment limits read by src/commentSettings.ts; checked here with everything else. */
const COMMENT_NUMBERS = [
  'COMMENTS_FLOOD_SECONDS',
  'COMMENTS_MAX_PER_HOUR',
  'COMMENTS_MAX_REPLY_DEPTH',
  'COMMENTS_MAX_LENGTH',
  'COMMENTS_MAX_LINKS',
  'COMMENTS_CLOSE_AFTER_DAYS',
]

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']

/** Same bound as the admin account rules: a first admin must not start with a weak password. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12

function checkFirstAdmin(env: Environment, problems: string[]): void {
  if (env.ADMIN_EMAIL && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(env.ADMIN_EMAIL)) {
    problems.push(`ADMIN_EMAIL must be an email address, got "${env.ADMIN_EMAIL}".`)
  }
  if (env.ADMIN_PASSWORD && env.ADMIN_PASSWORD.length < MIN_ADMIN_PASSWORD_LENGTH) {
    problems.push(`ADMIN_PASSWORD is too short (at least ${MIN_ADMIN_PASSWORD_LENGTH} characters required).`)
  }
}

/** Reads and checks the whole environment, reporting every problem at once. */
export function readSettings(env: Environment = process.env): Settings {
  const problems: string[] = []
  const production = env.NODE_ENV === 'production'
  const port = parsePort(env.PORT, problems)
  const host = env.HOST || '0.0.0.0'
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL, problems)
  const shutdownTimeoutMs = parsePositiveInteger('SHUTDOWN_TIMEOUT_MS', env.SHUTDOWN_TIMEOUT_MS, 10_000, problems)

  checkFirstAdmin(env, problems)
  for (const name of COMMENT_NUMBERS) {
    const raw = env[name]
    if (raw !== undefined && raw !== '' && !/^\d+$/.test(raw)) problems.push(`${name} must be a whole number, got "${raw}".`)
  }
  if (env.SEED_DEMO_CONTENT && !['auto', 'true', 'false'].includes(env.SEED_DEMO_CONTENT)) {
    problems.push(`SEED_DEMO_CONTENT must be auto, true or false, got "${env.SEED_DEMO_CONTENT}".`)
  }
  if (env.READER_SITE && !['true', 'false'].includes(env.READER_SITE)) {
    problems.push(`READER_SITE must be true or false, got "${env.READER_SITE}".`)
  }
  for (const name of ['SITE_URL', 'SITE_CMS_URL', 'SERVER_URL']) {
    const raw = env[name]
    if (raw && !/^https?:\/\/[^/\s]+/.test(raw)) problems.push(`${name} must be an http(s) address such as https://www.example.com, got "${raw}".`)
  }
  if (env.LOG_LEVEL && !LOG_LEVELS.includes(env.LOG_LEVEL)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}".`)
  }

  let allowedOrigins: AllowedOrigins = { cors: [], csrf: [] }
  try {
    allowedOrigins = readAllowedOrigins(env)
  } catch (error) {
    if (error instanceof OriginsError) problems.push(error.message)
    else throw error
  }

  let payloadSecret = ''
  try {
    payloadSecret = resolvePayloadSecret(env)
  } catch (error) {
    if (error instanceof SettingsError) problems.push(...error.problems)
    else throw error
  }

  if (problems.length > 0) throw new SettingsError(problems)

  return {
    production,
    host,
    port,
    databaseUrl,
    embeddedDataDir: env.PGLITE_DATA_DIR || DEFAULT_EMBEDDED_DATA_DIR,
    payloadSecret,
    serverUrl: env.SERVER_URL || `http://localhost:${port || 3000}`,
    shutdownTimeoutMs,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    allowedOrigins,
  }
}
