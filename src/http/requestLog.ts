/**
 * One structured JSON line per request, written when the response finishes (or the client gives up):
 * method, path, status, duration, size and a request id that is also returned as `X-Request-Id`, so an
 * operator can match a user's report to a log line. Query strings are left out: they can carry emails
 * and tokens.
 */
import type { RequestHandler } from 'express'
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

export type LogLine = Record<string, unknown> & { level: 'info' | 'warn' | 'error'; msg: string }
export type WriteLog = (line: LogLine) => void

export const writeJsonLine: WriteLog = (line) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`)
}

/** Probes hit these every few seconds; logging them would drown the lines that matter. */
const QUIET_PATHS = new Set(['/healthz', '/readyz'])
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/

/** The id a request is logged and answered under: the client's own when it is safe, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id']
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID()
}

export type RequestFacts = {
  requestId: string
  started: bigint
  method: string | undefined
  /** Without the query string. */
  path: string
  ip: string | undefined
  userAgent: string | undefined
  /** Which layer answered, when not Next (the response cache says so in X-Cache). */
  servedBy?: () => string | undefined
}

/** Writes the request's line once its response has finished, or the client has gone. */
export function logWhenDone(res: ServerResponse, facts: RequestFacts, write: WriteLog): void {
  let logged = false
  const log = () => {
    if (logged) return
    logged = true
    const status = res.writableFinished ? res.statusCode : 499 // 499: the client closed the connection first
    write({
      level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
      msg: 'request',
      requestId: facts.requestId,
      method: facts.method,
      path: facts.path,
      status,
      durationMs: Number((process.hrtime.bigint() - facts.started) / 1000n) / 1000,
      bytes: Number(res.getHeader('content-length')) || undefined,
      ip: facts.ip,
      userAgent: facts.userAgent,
      servedBy: facts.servedBy?.(),
    })
  }
  res.on('finish', log)
  res.on('close', log)
}

export function requestLog(write: WriteLog = writeJsonLine): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    const requestId = requestIdOf(req)
    res.setHeader('X-Request-Id', requestId)
    if (QUIET_PATHS.has(req.path)) return next()
    logWhenDone(
      res,
      {
        requestId,
        started,
        method: req.method,
        path: req.path,
        ip: req.ip,
        userAgent: req.get('user-agent'),
        servedBy: () => res.locals.servedBy as string | undefined,
      },
      write,
    )
    next()
  }
}
