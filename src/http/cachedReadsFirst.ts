/**
 * Cache hits answered before express. A stored REST answer (src/responseCache) needs none of what
 * the express app does for other requests — CSRF and body checks, GraphQL parsing, the outage gate,
 * replica routing — yet walking those layers made a hit cost more than the raw-SQL bound's whole
 * request (bench: cached S2 at 0.68× raw). Here the server's request listener answers a hit itself,
 * with what every answer carries: the request id, the security headers, `Vary` as the express path
 * sends it, and the same request log line. Anything else goes on to express.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import proxyaddr from 'proxy-addr'

import type { CachedAnswer } from '../responseCache/store'
import { logWhenDone, requestIdOf, type WriteLog } from './requestLog'
import { setSecurityHeaders } from './securityHeaders'

export type CachedReadsOptions = {
  /** The stored answer this request may be given before express, if any. */
  answerFor: (req: IncomingMessage) => CachedAnswer | undefined
  sendHit: (req: IncomingMessage, res: ServerResponse, answer: CachedAnswer) => void
  production: boolean
  /** express' compiled `trust proxy`, so the logged client address is the one express logs. */
  trustProxy: (address: string, hop: number) => boolean
  log: WriteLog
}

/** Answers the request and returns true when it is a cache hit; otherwise leaves it untouched. */
export function cachedReadsFirst(options: CachedReadsOptions) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const answer = options.answerFor(req)
    if (!answer) return false
    const started = process.hrtime.bigint()
    const url = req.url ?? '/'
    const query = url.indexOf('?')
    const path = query === -1 ? url : url.slice(0, query)
    const requestId = requestIdOf(req)
    res.setHeader('X-Request-Id', requestId)
    logWhenDone(
      res,
      {
        requestId,
        started,
        method: req.method,
        path,
        ip: proxyaddr(req, options.trustProxy),
        userAgent: req.headers['user-agent'],
      },
      options.log,
    )
    setSecurityHeaders(res, path, options.production)
    // As the express path sends API answers: by encoding (the cache) and by origin (CORS).
    res.setHeader('Vary', 'Accept-Encoding, Origin')
    options.sendHit(req, res, answer)
    return true
  }
}
