/**
 * Loads what structured data needs — the document with its authors' credentials, the catalogue's full
 * credential names, the practice as publisher — under the reader's access (drafts only for editors),
 * and builds the JSON-LD. Shared by the REST endpoints and the GraphQL queries.
 */
import type { PayloadRequest, PopulateType } from 'payload'

import { idOf } from '../../../collections/shared/relations.ts'
import { requestOrigin } from '../../../collections/shared/requestOrigin.ts'
import type { ContentSlugs } from '../../../collections/shared/collectionSlugs.ts'
import type { ResolvedPublicSite } from '../types.ts'
import {
  articleJsonLd,
  authorPageJsonLd,
  type ArticleDoc,
  type AuthorDoc,
  type CatalogueEntry,
  type PublisherDoc,
  type SiteLinks,
} from './build.ts'

/** What a stored file's URL is relative to, and where the public pages live. */
export function siteLinks(req: PayloadRequest, site: ResolvedPublicSite): SiteLinks {
  const cmsOrigin = requestOrigin(req)
  const siteUrl = (site.url || cmsOrigin).replace(/\/$/, '')
  return {
    url: siteUrl,
    article: (slug) => `${siteUrl}${site.articlePath(slug)}`,
    author: (slug) => `${siteUrl}${site.authorPath(slug)}`,
    service: (slug) => `${siteUrl}${site.servicePath(slug)}`,
    absolute: (url) =>
      /^https?:\/\//.test(url) ? url : `${cmsOrigin}${url.startsWith('/') ? '' : '/'}${url}`,
  }
}

async function catalogueFor(req: PayloadRequest, slugs: ContentSlugs, authors: AuthorDoc[]) {
  const ids = [
    ...new Set(
      authors.flatMap((author) => (author.credentials ?? []).map((held) => idOf(held.credential))),
    ),
  ]
  const entries = new Map<string, CatalogueEntry>()
  if (ids.length === 0) return entries
  // The catalogue is editorial reference data, not public — but the names of credentials an author
  // publicly holds are part of that author's public profile.
  const { docs } = await req.payload.find({
    collection: slugs.credentials,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const doc of docs as unknown as (CatalogueEntry & { id: number | string })[])
    entries.set(String(doc.id), doc)
  return entries
}

const publisherOf = (req: PayloadRequest, slugs: ContentSlugs) =>
  req.payload.findGlobal({
    slug: slugs.practice,
    depth: 1,
    overrideAccess: false,
    req,
  }) as Promise<PublisherDoc>

/** Authors as structured data needs them: with their credentials, which defaultPopulate leaves out. */
const AUTHOR_FIELDS = {
  name: true,
  slug: true,
  displayName: true,
  roleTitle: true,
  headshot: true,
  bio: true,
  specialties: true,
  credentials: true,
} as const

async function findBySlug(
  req: PayloadRequest,
  collection: string,
  slug: string,
  populate?: PopulateType,
) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return undefined
  const { docs } = await req.payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    populate,
    overrideAccess: false,
    req,
  })
  return docs[0] as unknown
}

export async function articleStructuredData(
  req: PayloadRequest,
  slugs: ContentSlugs,
  site: ResolvedPublicSite,
  slug: string,
) {
  const article = (await findBySlug(req, slugs.articles, slug, {
    [slugs.authors]: AUTHOR_FIELDS,
  })) as ArticleDoc | undefined
  if (!article) return null
  const people = [...(article.authors ?? []), article.reviewedBy].filter(
    (author): author is AuthorDoc => Boolean(author) && typeof author === 'object',
  )
  return articleJsonLd(
    article,
    await publisherOf(req, slugs),
    siteLinks(req, site),
    await catalogueFor(req, slugs, people),
  )
}

export async function authorStructuredData(
  req: PayloadRequest,
  slugs: ContentSlugs,
  site: ResolvedPublicSite,
  slug: string,
) {
  const author = (await findBySlug(req, slugs.authors, slug)) as AuthorDoc | undefined
  if (!author) return null
  return authorPageJsonLd(
    author,
    await publisherOf(req, slugs),
    siteLinks(req, site),
    await catalogueFor(req, slugs, [author]),
  )
}
