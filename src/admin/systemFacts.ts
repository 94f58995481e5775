/**
 * What the admins' system widget says about this installation, in words and without secrets: which
 * database (never its password), where mail goes (never SMTP credentials).
 */
import { DEFAULT_EMBEDDED_DATA_DIR, type DatabaseConnection } from '../databaseConnection'
import type { EmailSettings } from '../email'

export type SystemFacts = { database: string; mail: string }

export function describeDatabase(
  connection: DatabaseConnection,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (connection.embedded) {
    const folder = env.PGLITE_DATA_DIR || DEFAULT_EMBEDDED_DATA_DIR
    return folder.startsWith('memory://')
      ? 'Embedded PGlite, in memory (nothing is kept after a restart)'
      : `Embedded PGlite in ${folder}`
  }
  try {
    const url = new URL(connection.url ?? '')
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`
  } catch {
    return 'PostgreSQL'
  }
}

export function describeMail(email: EmailSettings): string {
  if (!email.smtpUrl) return `Not sent: captured in ${email.outboxFile} (set SMTP_URL to send)`
  try {
    const url = new URL(email.smtpUrl)
    return `SMTP via ${url.hostname}${url.port ? `:${url.port}` : ''}, from ${email.from}`
  } catch {
    return `SMTP, from ${email.from}`
  }
}
