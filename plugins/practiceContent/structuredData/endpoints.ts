/**
 * `GET /api/<articles>/structured-data/<slug>` and `GET /api/<authors>/structured-data/<slug>`:
 * schema.org JSON-LD (application/ld+json) for front ends that render their own pages, or 404.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import type { ContentSlugs } from '../../../collections/shared/collectionSlugs.ts'
import type { ResolvedPublicSite } from '../types.ts'
import { articleStructuredData, authorStructuredData } from './load.ts'

type Loader = (
  req: PayloadRequest,
  slugs: ContentSlugs,
  site: ResolvedPublicSite,
  slug: string,
) => Promise<Record<string, unknown> | null>

function endpoint(
  load: Loader,
  what: string,
  slugs: ContentSlugs,
  site: ResolvedPublicSite,
): Endpoint {
  return {
    path: '/structured-data/:slug',
    method: 'get',
    handler: async (req) => {
      const slug = String(req.routeParams?.slug ?? '')
      const data = await load(req, slugs, site, slug)
      if (!data) {
        return Response.json(
          {
            errors: [
              {
                name: 'NotFound',
                message: `There is no published ${what} with the slug "${slug}".`,
              },
            ],
          },
          { status: 404 },
        )
      }
      return new Response(JSON.stringify(data), {
        headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
      })
    },
  }
}

export const articleStructuredDataEndpoint = (slugs: ContentSlugs, site: ResolvedPublicSite) =>
  endpoint(articleStructuredData, 'article', slugs, site)
export const authorStructuredDataEndpoint = (slugs: ContentSlugs, site: ResolvedPublicSite) =>
  endpoint(authorStructuredData, 'author', slugs, site)
