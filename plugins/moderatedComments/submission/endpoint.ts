/** `POST /api/<comments>/submit`: the public way in. */
import type { Endpoint } from 'payload'

import type { ResolvedCommentsOptions } from '../types'
import { submitComment } from './submitComment'

export function submitCommentEndpoint(options: ResolvedCommentsOptions): Endpoint {
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
