/**
 * GraphQL over GET (`/api/graphql?query=…&variables=…&operationName=…`), as the GraphQL-over-HTTP
 * convention has it: lets browsers, CDNs and the response cache treat a read like any other GET.
 * Payload's route only takes POST, so the query is handed to it as one; mutations must use POST.
 */
import type { RequestHandler, Response } from 'express'

import { describeOperation, graphqlRequestFromJson } from './graphqlOperation'
import type { Replay } from './replayRequest'

export const GRAPHQL_PATH = '/api/graphql'

/** Errors in the shape Payload's GraphQL answers use. */
export function sendGraphQLError(res: Response, status: number, name: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { name, statusCode: status } }] })
}

function single(value: unknown): string | undefined | null {
  if (value === undefined) return undefined
  return typeof value === 'string' ? value : null // null: repeated or nested parameter
}

export function graphqlOverGet(): RequestHandler {
  return (req, res, next) => {
    if (req.path !== GRAPHQL_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) return next()
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
