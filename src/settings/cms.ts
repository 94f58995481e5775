/**
 * What payload.config.ts takes from the environment — the CMS itself, wherever it is loaded: the
 * server, `next build`, the Payload CLI, tests. The server reads the same through readSettings.
 */
import type { ModeratedCommentsOptions } from 'invited-cms'

import type { EmailSettings } from '../email'
import { OriginsError, readAllowedOrigins, type AllowedOrigins } from './origins'
import { readCommentOptions } from './comments'
import { collectGraphQLLimitSettings, type GraphQLLimitSettings } from './graphQL'
import { collectMediaStorageSettings, type MediaStorageSettings } from './mediaStorage'
import { httpAddress, oneOf, positiveInteger, SettingsError, type Environment } from './problems'
import { resolvePayloadSecret } from './secret'
import { collectWebhookSettings, type WebhookSettings } from './webhooks'

export type CmsSettings = {
  production: boolean
  payloadSecret: string
  /** SERVER_URL: the CMS's public origin, Payload's `serverURL`. Unset, links use the request's host. */
  serverUrl: string | undefined
  /** SITE_URL: where the public pages live, for links in structured data. */
  siteUrl: string | undefined
  /** MEDIA_DIR: where uploads are stored (the library's default when unset). */
  mediaDir: string | undefined
  /** S3_*: media in an S3-compatible bucket instead of on this server's disk. */
  mediaStorage: MediaStorageSettings
  /** Other origins allowed to call the API from a browser (CORS) and to use the session cookie (CSRF). */
  allowedOrigins: AllowedOrigins
  /** JOBS_AUTORUN, JOBS_AUTORUN_CRON: the jobs queue (scheduled publishing, daily refresh) in this process. */
  jobs: { autoRun: boolean; cron: string }
  /** ADMIN_EMAIL, ADMIN_PASSWORD: the first admin account, on a database without users. */
  firstAdmin: { email: string | undefined; password: string | undefined }
  /** SEED_DEMO_CONTENT: demo content on first run (auto: only on the embedded database). */
  seedDemoContent: 'auto' | 'true' | 'false'
  comments: ModeratedCommentsOptions
  /** AUDIT_LOG_RETENTION_DAYS: days audit log entries are kept; undefined keeps them forever. */
  auditLogRetentionDays: number | undefined
  /** REVIEW_INTERVAL_MONTHS: months after which an article's clinical review is due again. */
  reviewIntervalMonths: number
  graphQL: GraphQLLimitSettings
  /** WEBHOOKS_ALLOWED_HOSTS: private or loopback hosts webhook endpoints may name. */
  webhooks: WebhookSettings
  email: EmailSettings
  logLevel: string
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const

/** Same bound as the admin account rules: a first admin must not start with a weak password. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12

function firstAdmin(env: Environment, problems: string[]): CmsSettings['firstAdmin'] {
  if (env.ADMIN_EMAIL && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(env.ADMIN_EMAIL)) {
    problems.push(`ADMIN_EMAIL must be an email address, got "${env.ADMIN_EMAIL}".`)
  }
  if (env.ADMIN_PASSWORD && env.ADMIN_PASSWORD.length < MIN_ADMIN_PASSWORD_LENGTH) {
    problems.push(
      `ADMIN_PASSWORD is too short (at least ${MIN_ADMIN_PASSWORD_LENGTH} characters required).`,
    )
  }
  return { email: env.ADMIN_EMAIL || undefined, password: env.ADMIN_PASSWORD || undefined }
}

/** Reads the CMS's settings, adding what is wrong to `problems` (the caller reports them all at once). */
export function collectCmsSettings(env: Environment, problems: string[]): CmsSettings {
  let allowedOrigins: AllowedOrigins = { cors: [], csrf: [] }
  try {
    allowedOrigins = readAllowedOrigins(env)
  } catch (error) {
    if (!(error instanceof OriginsError)) throw error
    problems.push(error.message)
  }
  let payloadSecret = ''
  try {
    payloadSecret = resolvePayloadSecret(env)
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error
    problems.push(...error.problems)
  }
  return {
    production: env.NODE_ENV === 'production',
    payloadSecret,
    serverUrl: httpAddress('SERVER_URL', env.SERVER_URL, problems),
    siteUrl: httpAddress('SITE_URL', env.SITE_URL, problems),
    mediaDir: env.MEDIA_DIR || undefined,
    mediaStorage: collectMediaStorageSettings(env, problems),
    allowedOrigins,
    jobs: {
      autoRun:
        oneOf('JOBS_AUTORUN', env.JOBS_AUTORUN, ['true', 'false'], 'true', problems) === 'true',
      cron: env.JOBS_AUTORUN_CRON || '* * * * *',
    },
    firstAdmin: firstAdmin(env, problems),
    seedDemoContent: oneOf(
      'SEED_DEMO_CONTENT',
      env.SEED_DEMO_CONTENT,
      ['auto', 'true', 'false'],
      'auto',
      problems,
    ),
    comments: readCommentOptions(env, problems),
    auditLogRetentionDays:
      env.AUDIT_LOG_RETENTION_DAYS === undefined || env.AUDIT_LOG_RETENTION_DAYS === ''
        ? undefined
        : positiveInteger('AUDIT_LOG_RETENTION_DAYS', env.AUDIT_LOG_RETENTION_DAYS, 1, problems),
    reviewIntervalMonths: positiveInteger(
      'REVIEW_INTERVAL_MONTHS',
      env.REVIEW_INTERVAL_MONTHS,
      12,
      problems,
    ),
    graphQL: collectGraphQLLimitSettings(env, problems),
    webhooks: collectWebhookSettings(env, problems),
    email: {
      smtpUrl: env.SMTP_URL || undefined,
      from: env.EMAIL_FROM || 'cms@localhost',
      fromName: env.EMAIL_FROM_NAME || 'invited-cms',
      outboxFile: env.EMAIL_OUTBOX_FILE || '.data/outbox.jsonl',
    },
    logLevel: oneOf('LOG_LEVEL', env.LOG_LEVEL, LOG_LEVELS, 'info', problems),
  }
}

/** The CMS's settings, or a SettingsError listing every problem. */
export function readCmsSettings(env: Environment = process.env): CmsSettings {
  const problems: string[] = []
  const settings = collectCmsSettings(env, problems)
  if (problems.length > 0) throw new SettingsError(problems)
  return settings
}
