/**
 * `/healthz` answers while the process is alive; `/readyz` only while it can serve: Payload has
 * started, the database answers a query, and no shutdown is under way (so a load balancer drains us).
 */
import type { Router } from 'express'
import express from 'express'
import pg from 'pg'

export type ReadinessState = {
  /** Set once the CMS has answered its first request (Payload initialised, migrations applied). */
  started: boolean
  /** Set when a graceful shutdown begins. */
  shuttingDown: boolean
}

export type DatabaseProbe = {
  check: () => Promise<void>
  close: () => Promise<void>
}

const PROBE_TIMEOUT_MS = 2000

/** A one-connection pool of its own, so a busy application pool cannot make the probe lie. */
export function createDatabaseProbe(databaseUrl: string): DatabaseProbe {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 1,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  })
  // A dropped idle connection must not crash the process: the next probe reconnects.
  pool.on('error', () => {})
  return {
    check: async () => {
      await pool.query('SELECT 1')
    },
    close: () => pool.end(),
  }
}

export function healthRoutes(
  state: ReadinessState,
  probe: DatabaseProbe,
  onProbeFailure: (error: Error) => void,
): Router {
  const router = express.Router()
  const noStore = { 'Cache-Control': 'no-store' }

  router.get('/healthz', (_req, res) => {
    res.set(noStore).json({ status: 'ok' })
  })

  router.get('/readyz', async (_req, res) => {
    res.set(noStore)
    if (state.shuttingDown)
      return void res.status(503).json({ status: 'unavailable', reason: 'shutting down' })
    if (!state.started)
      return void res.status(503).json({ status: 'unavailable', reason: 'starting' })
    try {
      await probe.check()
      res.json({ status: 'ready', database: 'ok' })
    } catch (error) {
      // The cause goes to the log, not to whoever asked: it can name hosts and users.
      onProbeFailure(error as Error)
      res.status(503).json({ status: 'unavailable', reason: 'database' })
    }
  })

  return router
}
