/**
 * Routes the server hands straight to Payload's REST handler (src/payloadRestBridge.ts) instead of to
 * Next: the same `handleEndpoints` Next's route file calls, without Next's request handling around
 * it, which is most of the cost of a small request (a comment submission: 91 → 180 accepted/s).
 *
 * Today one route: the public comment submission, the write readers, bots and server-side front ends
 * call most. Everything else still goes through Next. Until Payload has started (the bridge is set
 * in the config's onInit), these requests go through Next too.
 */
import type { Request as ExpressRequest, RequestHandler } from 'express'

import { payloadRest } from '../payloadRestBridge'
import { readBody, type Replay } from './replayRequest'

export type DirectRoute = { method: 'GET' | 'POST'; path: string }

/** The incoming request as the web Request Payload's handler takes. */
function webRequest(req: ExpressRequest, body: Buffer | undefined): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  // Express resolves protocol and host through `trust proxy`, as links in moderators' mail need.
  const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  return new Request(url, {
    method: req.method,
    headers,
    body: body && req.method !== 'GET' ? new Uint8Array(body) : undefined,
  })
}

export function directPayloadRoutes(
  routes: DirectRoute[],
  { maxBodyBytes }: { maxBodyBytes: number },
): RequestHandler {
  const wanted = new Set(routes.map(({ method, path }) => `${method} ${path}`))
  return (req, res, next) => {
    const handler = payloadRest()
    if (!handler || !wanted.has(`${req.method} ${req.path}`)) return next()
    void (async () => {
      // apiBodyLimits (before this) refused a declared length over the limit, or read a chunked body.
      const replay = res.locals.replay as Replay | undefined
      const body = replay?.body ?? (await readBody(req, maxBodyBytes))
      const response = await handler(webRequest(req, body))
      res.locals.servedBy = 'payload'
      res.status(response.status)
      response.headers.forEach((value, name) => res.setHeader(name, value))
      res.end(Buffer.from(await response.arrayBuffer()))
    })().catch(next)
  }
}
