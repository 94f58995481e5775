/**
 * Request bodies of the REST API (/api/*; GraphQL has its own reader, graphqlRequests.ts) are bounded
 * before Next reads them: Payload's route handlers read a whole body into memory, so a few large
 * anonymous requests could exhaust the process. A declared Content-Length over the limit is refused at
 * once; a chunked body is read here up to the limit and handed on in a copy (replayRequest.ts).
 * Anonymous requests (a comment, a login, a password reset) are small; signed-in ones may upload
 * images.
 */
import type { RequestHandler } from 'express'

import { hasCredentials } from './credentials'
import { GRAPHQL_PATH } from './graphqlRequests'
import { BodyTooLargeError, readBody, type Replay } from './replayRequest'

export type BodyLimits = { anonymousBytes: number; signedInBytes: number }

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function apiBodyLimits(limits: BodyLimits): RequestHandler {
  const refuse = (res: Parameters<RequestHandler>[1], limitBytes: number) =>
    res.status(413).json({
      errors: [{ name: 'PayloadTooLarge', message: new BodyTooLargeError(limitBytes).message }],
    })

  return (req, res, next) => {
    if (!WITH_BODY.has(req.method) || !req.path.startsWith('/api/') || req.path === GRAPHQL_PATH)
      return next()
    const limit = hasCredentials(req) ? limits.signedInBytes : limits.anonymousBytes
    const declared = req.headers['content-length']
    if (declared !== undefined) {
      if (Number(declared) > limit) {
        // The body is not read: the connection closes after the answer rather than draining it.
        res.setHeader('Connection', 'close')
        return refuse(res, limit)
      }
      return next()
    }
    if (req.headers['transfer-encoding'] === undefined) return next() // no body at all
    readBody(req, limit).then(
      (body) => {
        res.locals.replay = { method: req.method, body } satisfies Replay
        next()
      },
      (error: unknown) => (error instanceof BodyTooLargeError ? refuse(res, limit) : next(error)),
    )
  }
}
