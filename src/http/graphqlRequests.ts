/**
 * Every GraphQL request, read once here in front of Next (the response cache keys on what it asks):
 * - over GET (`/api/graphql?query=…&variables=…&operationName=…`), as the GraphQL-over-HTTP convention
 *   has it, so browsers, CDNs and the cache treat a read like any other GET. Payload's route only takes
 *   POST, so the query is handed to it as one; mutations must use POST (405 otherwise);
 * - over POST with a JSON body: read up to a limit (413 beyond), and a body that is not JSON is a 400
 *   here — Payload would answer it with a 500.
 * What was read is left in `res.locals.graphqlRequest`, and the body to hand on in `res.locals.replay`.
 */
import type { Request, RequestHandler, Response } from 'express'

import { hasCredentials } from './credentials'
import { describeOperation, graphqlRequestFromJson } from './graphqlOperation'
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

export type GraphQLBodyLimits = {
  /** Requests without credentials: queries and comment submissions are small. */
  anonymousBytes: number
  /** Signed-in requests, whose mutations may carry whole articles. */
  signedInBytes: number
}

async function readPostedRequest(req: Request, res: Response, limits: GraphQLBodyLimits) {
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
  if (typeof request !== 'string') res.locals.graphqlRequest = request
  return true
}

export function graphqlRequests(limits: GraphQLBodyLimits): RequestHandler {
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
