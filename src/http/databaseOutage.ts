/**
 * While the database is unreachable, every request that would need it is answered at once with 503 and
 * `Retry-After` — no request waits on a dead connection, none is answered 500 — and the server keeps
 * probing until the database answers again; then everything flows as before, by itself.
 *
 * How an outage is noticed: Payload's error hook reports a request that failed to reach the database
 * (src/databaseUnreachable.ts), and so does any 5xx answer while a probe confirms the database is gone.
 * Health routes, static assets and answers from the response cache (mounted before this gate) keep
 * being served.
 */
import type { RequestHandler, Response } from 'express'

import { DATABASE_UNAVAILABLE_MESSAGE, onDatabaseUnreachable } from '../databaseUnreachable'
import { withoutQueryParams } from '../logRedaction'
import type { DatabaseProbe } from './health'

/** What clients are told to wait; the probe runs several times as often. */
const RETRY_AFTER_SECONDS = 5
const PROBE_INTERVAL_MS = 500

export type DatabaseOutage = {
  middleware: RequestHandler
  /** Stops probing and listening for reports (shutdown). */
  close: () => void
}

type OutageEvents = {
  onDown: (cause: string) => void
  onUp: (downForMs: number) => void
}

/** Paths that never need the database: Next's static files. */
const needsNoDatabase = (path: string) =>
  path.startsWith('/_next/static/') || path === '/favicon.ico'

export function watchDatabaseOutage(probe: DatabaseProbe, events: OutageEvents): DatabaseOutage {
  let downSince: number | undefined
  let probing: NodeJS.Timeout | undefined
  let closed = false

  const markUp = () => {
    if (downSince === undefined) return
    const downForMs = Date.now() - downSince
    downSince = undefined
    events.onUp(downForMs)
  }
  const probeUntilUp = () => {
    if (probing || closed) return
    probing = setInterval(() => {
      probe.check().then(
        () => {
          clearInterval(probing)
          probing = undefined
          markUp()
        },
        () => {},
      )
    }, PROBE_INTERVAL_MS)
    probing.unref()
  }
  const markDown = (cause: string) => {
    if (closed) return
    if (downSince === undefined) {
      downSince = Date.now()
      events.onDown(cause)
    }
    probeUntilUp()
  }
  /** A 5xx may be an outage nobody reported (a page that read the database): ask the database. */
  const confirmWithProbe = () => {
    if (downSince !== undefined || closed) return
    probe.check().catch((error: Error) => markDown(error.message))
  }

  const stopListening = onDatabaseUnreachable((error) =>
    markDown(withoutQueryParams(error instanceof Error ? error.message : String(error))),
  )

  const middleware: RequestHandler = (req, res, next) => {
    if (needsNoDatabase(req.path)) return next()
    if (downSince !== undefined) return void refuse(res)
    // Answers already under way when the outage began: a 5xx becomes the same 503.
    const writeHead = res.writeHead
    res.writeHead = function (this: Response, statusCode: number, ...rest: unknown[]) {
      if (statusCode >= 500) {
        if (downSince !== undefined && statusCode !== 503) statusCode = 503
        if (statusCode === 503) {
          if (!res.hasHeader('Retry-After')) res.setHeader('Retry-After', RETRY_AFTER_SECONDS)
        } else confirmWithProbe()
      }
      return (writeHead as (...args: unknown[]) => Response).call(this, statusCode, ...rest)
    } as typeof res.writeHead
    next()
  }

  return {
    middleware,
    close: () => {
      closed = true
      clearInterval(probing)
      stopListening()
    },
  }
}

function refuse(res: Response) {
  res.status(503).set({ 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' })
  const json = () => void res.json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] })
  // JSON first: it is what `Accept: */*` (API clients) gets; browsers asking for HTML get a page.
  res.format({
    json,
    html: () =>
      void res
        .type('html')
        .send(
          `<!doctype html><meta charset="utf-8"><title>Temporarily unavailable</title>` +
            `<p>${DATABASE_UNAVAILABLE_MESSAGE}</p>`,
        ),
    default: json,
  })
}
