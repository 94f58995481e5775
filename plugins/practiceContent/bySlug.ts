/**
 * Finding a document by the slug in its URL — the current one, or one it had before
 * (collections/shared/previousSlugs.ts), so that old links lead to it:
 *
 *   GraphQL  articleBySlug(slug: "old-slug") { slug … }   the document; its `slug` is the current one
 *   REST     GET /api/articles/by-slug/old-slug            301 to /api/articles/by-slug/<current>
 *
 * Both read with the reader's access (anonymous readers: published documents only).
 */
import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { problemResponse as problem } from '../../collections/shared/problemResponse.ts'

type Doc = Record<string, unknown>

export type SlugLookup = { draft?: boolean; depth?: number; req: PayloadRequest }

/** The document with `slug` now, else the newest one that had it; null when neither exists. */
export async function findBySlug(
  collection: CollectionSlug,
  slug: string,
  { draft, depth = 0, req }: SlugLookup,
): Promise<Doc | null> {
  const current: Where = { slug: { equals: slug } }
  const earlier: Where = { previousSlugs: { in: [slug] } }
  for (const where of [current, earlier]) {
    const { docs } = await req.payload.find({
      collection,
      where,
      sort: '-updatedAt',
      limit: 1,
      depth,
      draft,
      overrideAccess: false,
      req,
    })
    if (docs[0]) return docs[0] as Doc
  }
  return null
}

/** `GET /api/<collection>/by-slug/:slug`: the document, a redirect to its current slug, or 404. */
export function bySlugEndpoint(collection: string, what: string): Endpoint {
  return {
    path: '/by-slug/:slug',
    method: 'get',
    handler: async (req) => {
      const slug = String(req.routeParams?.slug ?? '')
      const rawDepth = req.query?.depth
      const depth = rawDepth === undefined ? undefined : Number(rawDepth)
      if (depth !== undefined && (!Number.isInteger(depth) || depth < 0 || depth > 10)) {
        return problem(400, 'depth must be an integer from 0 to 10.')
      }
      const draft = req.query?.draft === 'true' ? true : undefined
      const doc = await findBySlug(collection as CollectionSlug, slug, { draft, depth, req })
      if (!doc) return problem(404, `There is no ${what} with the slug "${slug}".`)
      if (doc.slug !== slug) {
        const search = new URL(req.url ?? 'http://localhost').search
        const location = `${req.payload.config.routes.api}/${collection}/by-slug/${String(doc.slug)}${search}`
        return Response.json(
          {
            message: `The ${what} "${slug}" is now "${String(doc.slug)}".`,
            slug: doc.slug,
            id: doc.id,
          },
          { status: 301, headers: { Location: location } },
        )
      }
      return Response.json(doc)
    },
  }
}
