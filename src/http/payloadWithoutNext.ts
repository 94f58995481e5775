/**
 * API requests the server hands straight to Payload's handlers (src/payloadHandlersBridge.ts) instead
 * of to Next: the same `handleEndpoints` and `GRAPHQL_POST` Next's route files call, without Next's
 * request handling around them, which is about half the cost of an uncached read (bench/RESULTS.md:
 * a list page, an article by slug, a GraphQL list) and of a comment submission (91 → 180 accepted/s).
 *
 * Handed over:
 * - every REST read (`GET /api/…`), collections, globals and custom endpoints alike;
 * - the public comment submission (`POST /api/comments/submit`), the write readers and bots call most;
 * - GraphQL (`POST /api/graphql`, and GET, which graphqlRequests.ts turned into a POST).
 * Everything else (admin pages, other writes, uploads, the playground, Next's `/api/og`) still goes
 * through Next, and so does everything until Payload has started (the config's onInit sets the bridge).
 * The answer is sent as Next sends it: streamed, gzipped for clients that accept it (sendWebResponse.ts).
 */
import type { Request as ExpressRequest, RequestHandler } from 'express'

import { payloadHandlers, type PayloadHandlers } from '../payloadHandlersBridge'
import { GRAPHQL_PATH } from './graphqlRequests'
import { readBody, type Replay } from './replayRequest'
import { sendWebResponse } from './sendWebResponse'

const API = '/api/'
/** Routes of Next's, not Payload's router: the GraphQL playground page and Next's OG image. */
const LEFT_TO_NEXT = new Set(['/api/graphql-playground', '/api/og'])
const COMMENT_SUBMISSION = '/api/comments/submit'

type Route = { handler: keyof PayloadHandlers; path: string }

/** Which handler answers this request without Next, if any. */
function routeOf(req: ExpressRequest, replay: Replay | undefined): Route | undefined {
  const path = req.path
  if (!path.startsWith(API) || LEFT_TO_NEXT.has(path)) return undefined
  // An empty segment (`/api/articles/`, `//`): Next answers it (a redirect to the path without it).
  if (path.slice(API.length).split('/').includes('')) return undefined
  const method = replay?.method ?? req.method
  if (path === GRAPHQL_PATH) {
    // Only what graphqlRequests.ts read and checked: a JSON POST, or a GET made into one.
    return method === 'POST' && replay !== undefined ? { handler: 'graphql', path } : undefined
  }
  if (method === 'GET' || (method === 'POST' && path === COMMENT_SUBMISSION)) {
    return { handler: 'rest', path: nextStylePath(path) }
  }
  return undefined
}

/**
 * The path as Next hands it to Payload: the catch-all's segments decoded, then encoded again
 * (`@payloadcms/next/routes` REST handler), so `%c3%a9` and `é` reach Payload alike.
 * wellFormedPath.ts has already refused paths that do not decode.
 */
function nextStylePath(path: string): string {
  const segments = path.slice(API.length).split('/')
  return `${API}${segments.map((segment) => encodeURIComponent(decodeURIComponent(segment))).join('/')}`
}

/** The incoming request as the web Request Payload's handlers take. */
function webRequest(
  req: ExpressRequest,
  method: string,
  replay: Replay | undefined,
  body: Buffer | undefined,
): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'transfer-encoding') continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  // As replayRequest.ts describes a body read (or made up) in front of Payload.
  if (body) headers.set('content-length', String(body.length))
  if (replay?.contentType) headers.set('content-type', replay.contentType)
  // Express resolves protocol and host through `trust proxy`, as links in moderators' mail need.
  const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  return new Request(url, {
    method,
    headers,
    body: body && method !== 'GET' ? new Uint8Array(body) : undefined,
  })
}

export function payloadWithoutNext({ maxBodyBytes }: { maxBodyBytes: number }): RequestHandler {
  return (req, res, next) => {
    const handlers = payloadHandlers()
    if (!handlers) return next()
    const replay = res.locals.replay as Replay | undefined
    const route = routeOf(req, replay)
    if (!route) return next()
    void (async () => {
      // apiBodyLimits / graphqlRequests (before this) refused a declared length over the limit, or
      // read the body; a comment submission with a declared length is read here, within the limit.
      const method = replay?.method ?? req.method
      const body =
        method === 'GET' ? undefined : (replay?.body ?? (await readBody(req, maxBodyBytes)))
      const request = webRequest(req, method, replay, body)
      const response =
        route.handler === 'rest'
          ? await handlers.rest(request, route.path)
          : await handlers.graphql(request)
      res.locals.servedBy = 'payload'
      await sendWebResponse(req, res, response)
    })().catch(next)
  }
}
