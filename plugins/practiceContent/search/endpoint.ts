/**
 * `GET /api/<articles>/search?q=…&page=&limit=&depth=`: published articles that match, best first.
 *
 *   { docs: [{ rank, highlightedTitle: [{ text, match }], snippet: [{ text, match }], article }],
 *     totalDocs, limit, page, totalPages, hasNextPage, hasPrevPage, correctedQuery }
 *
 * A missing, empty or over-long `q`, or `page`/`limit`/`depth` out of range, is a 400 `QueryError`
 * naming each parameter.
 */
import type { Endpoint } from 'payload'

import type { ContentSlugs } from '../../../collections/shared/collectionSlugs.ts'
import { parseSearchInput } from './input.ts'
import { searchArticles } from './index.ts'

export function articleSearchEndpoint(slugs: ContentSlugs): Endpoint {
  return {
    path: '/search',
    method: 'get',
    handler: async (req) => {
      const query = (req.query ?? {}) as Record<string, unknown>
      const input = parseSearchInput(
        { query: query.q, page: query.page, limit: query.limit, depth: query.depth },
        'q',
      )
      return Response.json(await searchArticles(req, slugs, input))
    },
  }
}
