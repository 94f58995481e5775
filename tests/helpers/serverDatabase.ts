/**
 * The database settings for a server under test: its own embedded PGlite (in memory, or in a folder
 * when a test restarts the server), or — when the suite runs against PostgreSQL — a fresh database.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { CmsProcess } from './cmsProcess'
import { createTestDatabase, usingPostgresServer } from './testDatabase'

export type ServerDatabase = {
  env: Record<string, string | undefined>
  drop: () => Promise<void>
}

export async function createServerDatabase({ persistent = false } = {}): Promise<ServerDatabase> {
  if (usingPostgresServer()) {
    const database = await createTestDatabase()
    return { env: { DATABASE_URL: database.url }, drop: database.drop }
  }
  if (!persistent)
    return { env: { DATABASE_URL: undefined, PGLITE_DATA_DIR: 'memory://' }, drop: async () => {} }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'invited-cms-test-'))
  return {
    env: { DATABASE_URL: undefined, PGLITE_DATA_DIR: folder },
    drop: () => rm(folder, { recursive: true, force: true }),
  }
}

/**
 * Stops a test's server, then drops its database — even when stopping throws (the log scan in
 * `cms.stop()` fails the test that way): a PostgreSQL test database is never left behind.
 */
export async function stopThenDrop(
  cms: Pick<CmsProcess, 'stop'> | undefined,
  database: ServerDatabase | undefined,
): Promise<void> {
  try {
    await cms?.stop()
  } finally {
    await database?.drop()
  }
}
