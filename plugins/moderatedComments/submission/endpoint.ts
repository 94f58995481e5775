/**
 * `POST /api/<comments>/submit`: the public way in. Other methods get 405, not a lookup of id "submit".
 * The answer is the submission result (result.ts) with its HTTP status and, when rate limited,
 * `Retry-After`.
 */
import type { Endpoint } from 'payload'

import { wrongMethodEndpoints } from '../methodNotAllowed.ts'
import type { ResolvedCommentsOptions } from '../types.ts'
import { HTTP_STATUS_OF, refused } from './result.ts'
import { submitComment } from './submitComment.ts'

export function submitCommentEndpoints(options: ResolvedCommentsOptions): Endpoint[] {
  return [
    submitCommentEndpoint(options),
    ...wrongMethodEndpoints(
      '/submit',
      ['post'],
      'Submit comments with POST and a JSON body; read them with GET on the collection.',
    ),
  ]
}

function submitCommentEndpoint(options: ResolvedCommentsOptions): Endpoint {
  return {
    path: '/submit',
    method: 'post',
    handler: async (req) => {
      let raw: unknown
      try {
        raw = await req.json?.()
      } catch {
        raw = undefined
      }
      const result =
        raw === undefined
          ? refused('invalid_input', [
              { field: 'body', message: 'The request body must be a JSON object.' },
            ])
          : await submitComment(req, raw, options)
      const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
      if (result.retryAfterSeconds !== null)
        headers['Retry-After'] = String(result.retryAfterSeconds)
      return Response.json(result, {
        status: result.code ? HTTP_STATUS_OF[result.code] : 201,
        headers,
      })
    },
  }
}
