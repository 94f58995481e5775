/**
 * The response cache: anonymous reads of the API (REST GETs, GraphQL queries over GET or POST) are
 * answered from memory once computed, with an ETag (304 when the client already has it) and
 * Cache-Control for browsers and CDNs. Never cached: anything sent with credentials (a cookie or an
 * Authorization header), mutations, drafts and previews, private collections, files, errors.
 *
 * Each stored answer carries the cache tags of the documents in it (labelled by Payload when asked,
 * src/changeFeed); they go out as `Cache-Tag` and `Surrogate-Key` so a CDN can purge by them, and the
 * store forgets the answer when the change feed names one of them. While the feed cannot be trusted
 * (another instance's changes might be missed), nothing is answered from or stored in memory.
 */
import type { Request, RequestHandler, Response } from 'express'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'

import { CACHE_TAGS_HEADER, WANTS_CACHE_TAGS_HEADER } from '../changeFeed/change'
import { hasCredentials } from '../http/credentials'
import { describeOperation, type GraphQLRequest } from '../http/graphqlOperation'
import { GRAPHQL_PATH } from '../http/graphqlRequests'
import { holdResponse } from './holdResponse'
import type { AnswerStore, CachedAnswer } from './store'

export type ResponseCacheOptions = {
  store: AnswerStore
  /** Cache-Control: how long browsers may reuse an answer unasked. */
  maxAgeSeconds: number
  /** Cache-Control `s-maxage`: how long shared caches (a CDN) may, purged by tag on changes. */
  sharedMaxAgeSeconds: number
  staleWhileRevalidateSeconds: number
  /** False while the change feed is not heard (a lost connection): the memory is bypassed. */
  trusted: () => boolean
  /** Path prefixes below /api/ that are never cached (an auth collection's routes, for example). */
  privatePaths: string[]
}

type Decision = { key: string; graphql: boolean } | { bypass: string }

/**
 * Besides the request itself, what Payload reads to answer it: the language of its messages, and
 * the origin absolute links are made from when SERVER_URL is unset (structured data, previews).
 */
const requestContext = (headers: IncomingHttpHeaders) =>
  [headers['accept-language'] ?? '', headers.host ?? '', headers['x-forwarded-proto'] ?? ''].join(
    '\n',
  )

/** A REST read's key: its whole URL, query included, and the context above. */
const restKey = (url: string, headers: IncomingHttpHeaders) =>
  `rest\n${url}\n${requestContext(headers)}`

/** Query parameters that ask for unpublished content. */
const DRAFT_PARAMETERS = ['draft', 'preview']

function decide(req: Request, res: Response, options: ResponseCacheOptions): Decision {
  if (hasCredentials(req)) return { bypass: 'credentials' }
  if (options.privatePaths.some((prefix) => req.path.startsWith(prefix)))
    return { bypass: 'private' }
  if (/^\/api\/[^/]+\/file\//.test(req.path)) return { bypass: 'file' }
  if (DRAFT_PARAMETERS.some((name) => name in req.query)) return { bypass: 'draft' }
  const context = requestContext(req.headers)

  if (req.path === GRAPHQL_PATH) {
    // Read by the GraphQL middleware in front (src/http/graphqlRequests.ts), over GET or POST.
    const request = res.locals.graphqlRequest as GraphQLRequest | undefined
    if (!request) return { bypass: 'unreadable' }
    const facts = describeOperation(request)
    if (!facts.ok || facts.type !== 'query') return { bypass: 'mutation' }
    if (facts.asksForDrafts) return { bypass: 'draft' }
    const variables = JSON.stringify(request.variables ?? {})
    return {
      key: `graphql\n${request.operationName ?? ''}\n${request.query}\n${variables}\n${context}`,
      graphql: true,
    }
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return { bypass: 'method' }
  return { key: restKey(req.originalUrl, req.headers), graphql: false }
}

function matchesIfNoneMatch(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match']
  if (!header) return false
  if (header.trim() === '*') return true
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => bare(tag) === bare(etag))
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')

/** Adds a header name to Vary, once (what express' res.vary does). */
function vary(res: ServerResponse, name: string) {
  const current = String(res.getHeader('Vary') ?? '')
  const names = current.split(',').map((entry) => entry.trim().toLowerCase())
  if (names.includes(name.toLowerCase()) || names.includes('*')) return
  res.setHeader('Vary', current ? `${current}, ${name}` : name)
}

function hasGraphQLErrors(body: Buffer): boolean {
  try {
    return Boolean((JSON.parse(body.toString('utf8')) as { errors?: unknown }).errors)
  } catch {
    return true
  }
}

/** Beyond this, a CDN may refuse the header (Cloudflare and Fastly take 16 KB): tags are coarsened. */
const MAX_TAGS_LENGTH = 8 * 1024

/**
 * The tags as they go out. When a long list of documents would not fit, each collection's document
 * tags give way to its collection and list tags, which every change to one of them purges too.
 */
export function tagsForHeader(tags: string[]): string[] {
  if (tags.join(' ').length <= MAX_TAGS_LENGTH) return tags
  const coarse = new Set<string>()
  for (const tag of tags) {
    const [collection] = tag.split(':')
    if (tag.startsWith('global:')) coarse.add(tag)
    else coarse.add(collection).add(`${collection}:list`)
  }
  return [...coarse]
}

/** How stored answers go out, on the express path (a miss being stored) and the fast path (a hit). */
function answerSender(options: ResponseCacheOptions) {
  const { store } = options
  const cacheControl = `public, max-age=${options.maxAgeSeconds}, s-maxage=${options.sharedMaxAgeSeconds}, stale-while-revalidate=${options.staleWhileRevalidateSeconds}`
  return (
    req: IncomingMessage,
    res: ServerResponse,
    answer: CachedAnswer,
    outcome: 'HIT' | 'MISS',
  ) => {
    res.setHeader('ETag', answer.etag)
    res.setHeader('Cache-Control', cacheControl)
    res.setHeader('X-Cache', outcome)
    if (answer.tags.length > 0) {
      res.setHeader('Cache-Tag', answer.tags.join(','))
      res.setHeader('Surrogate-Key', answer.tags.join(' '))
    }
    vary(res, 'Accept-Encoding')
    if (matchesIfNoneMatch(req, answer.etag)) {
      res.statusCode = 304
      res.end()
      return
    }
    const gzipped = acceptsGzip(req) ? store.gzipped(answer) : undefined
    res.statusCode = 200
    res.setHeader('Content-Type', answer.contentType)
    if (gzipped) res.setHeader('Content-Encoding', 'gzip')
    const body = gzipped ?? answer.body
    res.setHeader('Content-Length', body.length)
    res.end(req.method === 'HEAD' ? undefined : body)
  }
}

/**
 * The stored answer for a request the fast path may answer before express — a REST GET or HEAD
 * without credentials or an Origin (CORS headers are the express path's) while the feed is heard —
 * or undefined. Whatever else decides cacheability depends only on the URL, which is in the key: a
 * URL the express path would not cache is never in the store.
 */
export function storedAnswerFor(
  options: ResponseCacheOptions,
): (req: IncomingMessage) => CachedAnswer | undefined {
  return (req) => {
    const url = req.url ?? ''
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
    if (!url.startsWith('/api/') || url.startsWith(GRAPHQL_PATH)) return undefined
    if (hasCredentials(req) || req.headers.origin !== undefined) return undefined
    if (!options.trusted()) return undefined
    return options.store.get(restKey(url, req.headers))
  }
}

/** Sends a stored answer as a hit (the fast path; see storedAnswerFor). */
export const sendHit = (options: ResponseCacheOptions) => {
  const send = answerSender(options)
  return (req: IncomingMessage, res: ServerResponse, answer: CachedAnswer) =>
    send(req, res, answer, 'HIT')
}

export function responseCache(options: ResponseCacheOptions): RequestHandler {
  const { store } = options
  const send = answerSender(options)

  return (req, res, next) => {
    // Only this middleware may ask Payload for an answer's tags.
    delete req.headers[WANTS_CACHE_TAGS_HEADER]
    if (!req.path.startsWith('/api/')) return next()
    const decision = options.trusted() ? decide(req, res, options) : { bypass: 'feed-down' }
    if ('bypass' in decision) {
      res.setHeader('X-Cache', 'BYPASS')
      return next()
    }
    const cached = store.get(decision.key)
    if (cached) return send(req, res, cached, 'HIT')
    // HEAD gets no body from Next: only a GET's answer may be stored.
    if (req.method === 'HEAD') {
      res.setHeader('X-Cache', 'MISS')
      return next()
    }

    const generation = store.generation
    const ownHeaders = new Set(res.getHeaderNames())
    // Next would gzip for clients that accept it; the cache stores the plain answer and gzips itself.
    const acceptEncoding = req.headers['accept-encoding']
    delete req.headers['accept-encoding']
    req.headers[WANTS_CACHE_TAGS_HEADER] = '1'
    holdResponse(res, (body) => {
      if (acceptEncoding !== undefined) req.headers['accept-encoding'] = acceptEncoding
      const labels = String(res.getHeader(CACHE_TAGS_HEADER) ?? '')
      res.removeHeader(CACHE_TAGS_HEADER)
      const tags = tagsForHeader(labels.split(' ').filter(Boolean))
      const contentType = String(res.getHeader('content-type') ?? '')
      const storable =
        res.statusCode === 200 &&
        !res.hasHeader('set-cookie') &&
        !res.hasHeader('content-encoding') &&
        /\bjson\b/.test(contentType) &&
        !(decision.graphql && hasGraphQLErrors(body))
      const answer = storable
        ? store.set(decision.key, generation, contentType, body, tags)
        : undefined
      if (answer) {
        // A stored answer goes out exactly as later hits will: without Next's own headers.
        for (const name of res.getHeaderNames()) if (!ownHeaders.has(name)) res.removeHeader(name)
        return send(req, res, answer, 'MISS')
      }
      res.setHeader('X-Cache', 'MISS')
      res.setHeader('Content-Length', body.length)
      res.end(body)
    })
    next()
  }
}
