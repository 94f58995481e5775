/**
 * A database that belongs to one test file and nothing else.
 * - Default: a fresh in-memory PGlite served on a loopback socket (nothing to install).
 * - With DATABASE_URL set: a new, uniquely named database on that PostgreSQL server, dropped
 *   afterwards — the tests never read or write data they did not create.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

import { IN_MEMORY, startEmbeddedDatabase } from '../../src/database'

export type TestDatabase = {
  url: string
  kind: 'pglite' | 'postgres'
  drop: () => Promise<void>
}

export const usingPostgresServer = (): boolean => Boolean(process.env.DATABASE_URL)

export async function createTestDatabase(): Promise<TestDatabase> {
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
