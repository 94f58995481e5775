/**
 * A database that belongs to one test file and nothing else.
 * - Default: a fresh in-memory PGlite served on a loopback socket (nothing to install).
 * - With DATABASE_URL set: a new, uniquely named database on that PostgreSQL server, dropped
 *   afterwards — the tests never read or write data they did not create.
 * - With TEST_DATABASE=sqlite: a throwaway SQLite file (libsql), to prove the library on another
 *   adapter — a file rather than `:memory:`, so that two Payload instances can share it.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Config } from 'payload'
import pg from 'pg'

import { IN_MEMORY, startEmbeddedDatabase } from '../../src/database'

export type TestDatabase = {
  url: string
  kind: 'pglite' | 'postgres' | 'sqlite'
  drop: () => Promise<void>
}

export const usingPostgresServer = (): boolean =>
  Boolean(process.env.DATABASE_URL) && !usingSqlite()
export const usingSqlite = (): boolean => process.env.TEST_DATABASE === 'sqlite'

/** The Payload adapter for a test database: PostgreSQL's for PGlite and PostgreSQL, SQLite's for SQLite. */
export function adapterFor(database: TestDatabase): Config['db'] {
  if (database.kind === 'sqlite') return sqliteAdapter({ client: { url: database.url } })
  // PGlite is one session: no transactions there (see src/databaseConnection.ts).
  return postgresAdapter({
    pool: { connectionString: database.url },
    transactionOptions: database.kind === 'pglite' ? false : undefined,
  })
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (usingSqlite()) {
    const file = path.join(
      os.tmpdir(),
      `invited_test_${process.pid}_${randomBytes(4).toString('hex')}.sqlite`,
    )
    return { url: `file:${file}`, kind: 'sqlite', drop: () => rm(file, { force: true }) }
  }
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase({ dataDir: IN_MEMORY })
    return { url: embedded.url, kind: 'pglite', drop: embedded.close }
  }

  const name = `invited_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()

  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    kind: 'postgres',
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl })
      await cleanup.connect()
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await cleanup.end()
    },
  }
}
