/**
 * Instances that start at the same moment (a deploy of several, an autoscaler) each apply the
 * pending migrations: @payloadcms/drizzle 3.90 `migrate` reads which migrations ran, then runs the
 * others, with nothing that keeps a second process out in between. The second one's `up` then fails
 * (a column or table that already exists) and the adapter ends that process (`process.exit(1)`):
 * measured with two instances of a release that added a column, one of them exited at start.
 *
 * Here `migrate` runs under a PostgreSQL advisory lock held on a connection of its own: the
 * second instance waits until the first has committed, then reads the migrations again, finds them
 * applied and goes on. Only for PostgreSQL servers (the adapter's `pool`), installed before the
 * adapter connects (that is when production applies migrations).
 */
import type { DatabaseAdapter } from 'payload'

import { keepUnpatched, requireTestedVersion, type Workaround } from './versionGuard.ts'

export const MIGRATION_LOCK: Workaround = {
  problem: 'instances that start together apply the same migration twice, and one of them exits',
  upstream: '@payloadcms/drizzle src/migrate.ts: no lock between reading and running migrations',
  package: '@payloadcms/drizzle',
  tested: ['3.90.'],
}

/** One lock for every invited-cms database; `hashtext` turns the name into the lock's number. */
const LOCK_NAME = 'invited-cms: migrations'

type PoolClient = {
  query: (text: string, values?: unknown[]) => Promise<unknown>
  release: () => void
}
type Adapter = DatabaseAdapter & { pool?: { connect: () => Promise<PoolClient> } }

const LOCKED = Symbol.for('invited-cms.migrationsLocked')

/** Wraps the adapter's `migrate`; the pool is looked up when it runs (it exists only once connected). */
export function lockMigrations(adapter: DatabaseAdapter): void {
  const db = adapter as Adapter & { [LOCKED]?: true }
  if (typeof db.migrate !== 'function' || db[LOCKED]) return
  if (!('pool' in db) && !('poolOptions' in db)) return // not a PostgreSQL server adapter
  requireTestedVersion(MIGRATION_LOCK)
  db[LOCKED] = true
  const migrate = keepUnpatched(db, 'migrate')
  db.migrate = async (args) => {
    if (!db.pool) return migrate(args) // the embedded database: one process only
    const client = await db.pool.connect()
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [LOCK_NAME])
      return await migrate(args)
    } finally {
      await client
        .query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_NAME])
        .catch(() => undefined)
      client.release()
    }
  }
}
