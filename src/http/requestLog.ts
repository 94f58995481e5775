/**
 * One structured JSON line per request, written when the response finishes (or the client gives up):
 * method, path, status, duration, size and a request id that is also returned as `X-Request-Id`, so an
 * operator can match a user's report to a log line. Query strings are left out: they can carry emails
 * and tokens.
 */
import type { RequestHandler } from 'express'
import { randomUUID } from 'node:crypto'

export type LogLine = Record<string, unknown> & { level: 'info' | 'warn' | 'error'; msg: string }
export type WriteLog = (line: LogLine) => void

export const writeJsonLine: WriteLog = (line) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`)
}

/** Probes hit these every few seconds; logging them would drown the lines that matter. */
const QUIET_PATHS = new Set(['/healthz', '/readyz'])
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/

export function requestLog(write: WriteLog = writeJsonLine): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    const incomingId = req.get('x-request-id')
    const requestId = incomingId && SAFE_REQUEST_ID.test(incomingId) ? incomingId : randomUUID()
    res.setHeader('X-Request-Id', requestId)
    if (QUIET_PATHS.has(req.path)) return next()

    let logged = false
    const log = () => {
      if (logged) return
      logged = true
      const status = res.writableFinished ? res.statusCode : 499 // 499: the client closed the connection first
      write({
        level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
        msg: 'request',
        requestId,
        method: req.method,
        path: req.path,
        status,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        bytes: Number(res.getHeader('content-length')) || undefined,
        ip: req.ip,
        userAgent: req.get('user-agent'),
        // Which layer answered, when not Next: the response cache has X-Cache, direct routes this.
        servedBy: res.locals.servedBy as string | undefined,
      })
    }
    res.on('finish', log)
    res.on('close', log)
    next()
  }
}
