/**
 * The database the CMS talks to: a real PostgreSQL server when `DATABASE_URL` is set, otherwise an
 * embedded PGlite started in this process and served over a loopback socket, so that
 * `@payloadcms/db-postgres` connects to it exactly as it would to any PostgreSQL server — one adapter,
 * one SQL dialect, one set of migrations.
 */
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { lockDataDir } from './embeddedDataDirLock'

/** PGlite's in-memory mode: nothing is written to disk, everything is gone when the process ends. */
export const IN_MEMORY = 'memory://'

/**
 * The socket serialises queries (PGlite is single-connection underneath), but db-postgres keeps a pool
 * of connections; allow more sockets than the pool so a readiness probe or CLI never gets refused.
 */
const EMBEDDED_MAX_CONNECTIONS = 32

/**
 * PostgreSQL extensions the embedded database loads (a server has them installed): pg_trgm, for
 * article search's typo tolerance. Everything that opens an embedded data folder passes these.
 */
export const EMBEDDED_EXTENSIONS = { pg_trgm }

export type EmbeddedDatabase = {
  /** `postgres://` URL of the loopback socket, for db-postgres and for `pg`. */
  url: string
  /** Where the data lives: a folder, or `memory://`. */
  dataDir: string
  /** Stops accepting connections, then closes PGlite (flushing it to disk). */
  close: () => Promise<void>
  /** The process that had the folder before died without closing it: its last writes may be partial. */
  previousHolderDied: boolean
}

export type EmbeddedDatabaseOptions = {
  /** A folder (created if missing) or `memory://`. */
  dataDir: string
  /** Loopback port for the socket; 0 picks a free one. */
  port?: number
}

export async function startEmbeddedDatabase({
  dataDir,
  port = 0,
}: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const inMemory = dataDir === IN_MEMORY
  const location = inMemory ? IN_MEMORY : path.resolve(dataDir)
  if (!inMemory) await mkdir(location, { recursive: true })
  const lock = inMemory ? undefined : await lockDataDir(location)
  const unlock = async () => lock?.release()

  let db: PGlite
  try {
    db = await PGlite.create(location, { extensions: EMBEDDED_EXTENSIONS })
  } catch (error) {
    await unlock()
    throw new Error(
      `Could not open the embedded database at ${location}. Cause: ${(error as Error).message}`,
      { cause: error },
    )
  }

  const socket = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
    // Logs every connection and queued query: for diagnosing a stuck embedded database.
    debug: process.env.PGLITE_SOCKET_DEBUG === '1',
  })
  await socket.start()

  // The socket reports the port it actually bound, which matters when we asked for 0.
  const url = `postgres://postgres:postgres@${socket.getServerConn()}/postgres`

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      await socket.stop()
      await db.close()
      await unlock()
    })()
    return closing
  }

  return { url, dataDir: location, close, previousHolderDied: lock?.previousHolderDied ?? false }
}

/** Hides the password of a connection string before it is logged. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparseable DATABASE_URL)'
  }
}
