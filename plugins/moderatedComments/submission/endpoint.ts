/** `POST /api/<comments>/submit`: the public way in. Other methods get 405, not a lookup of id "submit". */
import type { Endpoint } from 'payload'

import { methodNotAllowed } from '../../apiGuards/errors'

import type { ResolvedCommentsOptions } from '../types'
import { submitComment } from './submitComment'

const OTHER_METHODS = ['get', 'put', 'patch', 'delete'] as const

export function submitCommentEndpoints(options: ResolvedCommentsOptions): Endpoint[] {
  return [submitCommentEndpoint(options), ...OTHER_METHODS.map((method) => wrongMethodEndpoint(method))]
}

const wrongMethodEndpoint = (method: (typeof OTHER_METHODS)[number]): Endpoint => ({
  path: '/submit',
  method,
  handler: () => methodNotAllowed(['POST'], 'Submit comments with POST and a JSON body; read them with GET on the collection.'),
})

function submitCommentEndpoint(options: ResolvedCommentsOptions): Endpoint {
  return {
    path: '/submit',
    method: 'post',
    handler: async (req) => {
      let raw: unknown
      try {
        raw = await req.json?.()
      } catch {
        return Response.json({ errors: [{ field: 'body', message: 'The request body must be JSON.' }] }, { status: 400 })
      }
      const result = await submitComment(req, raw, options)
      return Response.json(result.body, { status: result.status, headers: { 'Cache-Control': 'no-store', ...result.headers } })
    },
  }
}
