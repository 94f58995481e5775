/**
 * Every GraphQL request, read once here in front of Next (the response cache keys on what it asks):
 * - over GET (`/api/graphql?query=…&variables=…&operationName=…`), as the GraphQL-over-HTTP convention
 *   has it, so browsers, CDNs and the cache treat a read like any other GET. Payload's route only takes
 *   POST, so the query is handed to it as one; mutations must use POST (405 otherwise);
 * - over POST with a JSON body: read up to a limit (413 beyond), and a body that is not JSON is a 400
 *   here — Payload would answer it with a 500.
 * - either way, a document beyond the query limits (src/graphqlLimits.ts: depth, aliases) is refused
 *   here, before Payload's complexity rule — which expands nested fragments exponentially — sees it.
 * What was read is left in `res.locals.graphqlRequest`, and the body to hand on in `res.locals.replay`.
 */
import type { Request, RequestHandler, Response } from 'express'

import { graphQLLimitProblems, LIMIT_ERROR_EXTENSIONS, type GraphQLLimits } from '../graphqlLimits'
import { hasCredentials } from './credentials'
import {
  describeOperation,
  graphqlRequestFromJson,
  parseRemembered,
  type GraphQLRequest,
} from './graphqlOperation'
import { BodyTooLargeError, readBody, type Replay } from './replayRequest'

export const GRAPHQL_PATH = '/api/graphql'

/** Errors in the shape Payload's GraphQL answers use. */
export function sendGraphQLError(res: Response, status: number, name: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { name, statusCode: status } }] })
}

function single(value: unknown): string | undefined | null {
  if (value === undefined) return undefined
  return typeof value === 'string' ? value : null // null: repeated or nested parameter
}

export type GraphQLRequestLimits = {
  /** Body size of requests without credentials: queries and comment submissions are small. */
  anonymousBytes: number
  /** Body size of signed-in requests, whose mutations may carry whole articles. */
  signedInBytes: number
  /** Depth and aliases of one operation. */
  query: GraphQLLimits
}

/** Refuses a request whose document goes beyond the query limits; true when it did. */
function refusedForItsSize(res: Response, request: GraphQLRequest, limits: GraphQLLimits) {
  const document = parseRemembered(request.query)
  if (typeof document === 'string') return false // Payload reports syntax errors
  const problems = graphQLLimitProblems(document, limits)
  if (problems.length === 0) return false
  res.status(LIMIT_ERROR_EXTENSIONS.statusCode).json({
    errors: problems.map(({ message }) => ({ message, extensions: LIMIT_ERROR_EXTENSIONS })),
  })
  return true
}

async function readPostedRequest(req: Request, res: Response, limits: GraphQLRequestLimits) {
  const limit = hasCredentials(req) ? limits.signedInBytes : limits.anonymousBytes
  const body = await readBody(req, limit)
  res.locals.replay = { method: 'POST', body } satisfies Replay
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch (error) {
    sendGraphQLError(
      res,
      400,
      'BadRequest',
      `The body is not valid JSON: ${(error as Error).message}`,
    )
    return
  }
  const request = graphqlRequestFromJson(parsed)
  // A JSON body without a usable query is left to Payload, which says what is missing.
  if (typeof request === 'string') return true
  if (refusedForItsSize(res, request, limits.query)) return
  res.locals.graphqlRequest = request
  return true
}

export function graphqlRequests(limits: GraphQLRequestLimits): RequestHandler {
  return (req, res, next) => {
    if (req.path !== GRAPHQL_PATH) return next()
    if (req.method === 'POST') {
      if (!req.is('application/json')) return next()
      readPostedRequest(req, res, limits).then(
        (read) => read && next(),
        (error: unknown) => {
          if (error instanceof BodyTooLargeError) {
            sendGraphQLError(res, 413, 'PayloadTooLarge', error.message)
          } else next(error)
        },
      )
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const query = single(req.query.query)
    const rawVariables = single(req.query.variables)
    const operationName = single(req.query.operationName)
    if (!query || rawVariables === null || operationName === null) {
      sendGraphQLError(
        res,
        400,
        'BadRequest',
        'GET /api/graphql takes one "query" parameter, and optionally one "variables" (JSON) and one "operationName"; or POST the query as JSON.',
      )
      return
    }
    let variables: unknown
    try {
      variables =
        rawVariables === undefined || rawVariables === '' ? undefined : JSON.parse(rawVariables)
    } catch {
      sendGraphQLError(res, 400, 'BadRequest', 'The "variables" parameter is not valid JSON.')
      return
    }
    const request = graphqlRequestFromJson({ query, variables, operationName })
    if (typeof request === 'string') return sendGraphQLError(res, 400, 'BadRequest', request)
    if (refusedForItsSize(res, request, limits.query)) return
    const facts = describeOperation(request)
    if (!facts.ok) return sendGraphQLError(res, 400, 'BadRequest', facts.message)
    if (facts.type !== 'query') {
      res.setHeader('Allow', 'POST')
      sendGraphQLError(
        res,
        405,
        'MethodNotAllowed',
        `Only queries may be sent over GET: send this ${facts.type} with POST.`,
      )
      return
    }
    const replay: Replay = {
      method: 'POST',
      body: Buffer.from(JSON.stringify(request)),
      contentType: 'application/json',
    }
    res.locals.replay = replay
    res.locals.graphqlRequest = request
    next()
  }
}
