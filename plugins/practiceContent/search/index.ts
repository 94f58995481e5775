/**
 * Ranked search over published articles, one function behind REST (`GET /api/articles/search`) and
 * GraphQL (`searchArticles`). The engine is chosen by the database: PostgreSQL's full-text search
 * where the search index is installed (postgres.ts), Payload's `where` everywhere else (basic.ts).
 *
 * Drafts never appear: both engines read the articles' main table, where Payload keeps only the
 * published version of a document (a draft saved on top of it lives in the versions table), and
 * both require `_status = published`; the documents are then read with the caller's own access.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { ContentSlugs } from '../../../collections/shared/collectionSlugs.ts'
import { searchWithWhere } from './basic.ts'
import type { SearchInput } from './input.ts'
import { hasSearchIndex, postgresPool, searchWithPostgres, type RankedHit } from './postgres.ts'
import { articleSearchTables } from './tables.ts'
import type { SearchTextPart } from './text.ts'

type Doc = Record<string, unknown>

export type ArticleSearchHit = {
  /** Higher is better; comparable within one answer only. */
  rank: number
  /** The article's title, with the matched words marked. */
  highlightedTitle: SearchTextPart[]
  /** A passage of the excerpt or body around the matches, with the matched words marked. */
  snippet: SearchTextPart[]
  article: Doc
}

export type ArticleSearchPage = {
  docs: ArticleSearchHit[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasNextPage: boolean
  hasPrevPage: boolean
  /** The query as searched when words that found nothing were corrected ("coching" → "coaching"), else null. */
  correctedQuery: string | null
}

export type SearchEngine = 'postgres' | 'basic'

const engines = new WeakMap<Payload, Promise<SearchEngine>>()

/** Which engine this database gets; asked once per Payload instance. */
export function searchEngine(payload: Payload, slugs: ContentSlugs): Promise<SearchEngine> {
  let engine = engines.get(payload)
  if (!engine) {
    engine = (async (): Promise<SearchEngine> => {
      const pool = postgresPool(payload)
      if (!pool) return 'basic'
      if (await hasSearchIndex(pool, articleSearchTables(slugs))) return 'postgres'
      payload.logger.warn(
        'Article search: this PostgreSQL database has no search index (its migration has not run), ' +
          'so search matches titles, excerpts, authors and categories only, without ranking or typo tolerance.',
      )
      return 'basic'
    })()
    engines.set(payload, engine)
    // A failed check (the database was away) is asked again next time.
    engine.catch(() => engines.delete(payload))
  }
  return engine
}

/** Published articles that match, best first, a page at a time. */
export async function searchArticles(
  req: PayloadRequest,
  slugs: ContentSlugs,
  input: SearchInput,
): Promise<ArticleSearchPage> {
  const engine = await searchEngine(req.payload, slugs)
  const found: { hits: RankedHit[]; totalDocs: number; correctedQuery: string | null } =
    engine === 'postgres'
      ? await searchWithPostgres(postgresPool(req.payload)!, articleSearchTables(slugs), input)
      : { ...(await searchWithWhere(req, slugs.articles, input)), correctedQuery: null }

  // The documents themselves, read with the caller's access (anonymous: published only).
  const ids = found.hits.map((hit) => hit.id)
  const { docs } =
    ids.length === 0
      ? { docs: [] }
      : await req.payload.find({
          collection: slugs.articles,
          where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
          depth: input.depth,
          limit: ids.length,
          pagination: false,
          draft: false,
          overrideAccess: false,
          req,
        })
  const byId = new Map((docs as Doc[]).map((doc) => [String(doc.id), doc]))
  const totalPages = Math.ceil(found.totalDocs / input.limit)
  return {
    docs: found.hits.flatMap((hit) => {
      const article = byId.get(String(hit.id))
      return article
        ? [{ rank: hit.rank, highlightedTitle: hit.title, snippet: hit.snippet, article }]
        : []
    }),
    totalDocs: found.totalDocs,
    limit: input.limit,
    page: input.page,
    totalPages,
    hasNextPage: input.page < totalPages,
    hasPrevPage: input.page > 1,
    correctedQuery: found.correctedQuery,
  }
}

export {
  articleSearchInstallSql,
  articleSearchTables,
  articleSearchUninstallSql,
} from './tables.ts'
export type { ArticleSearchTables } from './tables.ts'
export { parseSearchInput, SEARCH_LIMITS, type SearchInput } from './input.ts'
export type { SearchTextPart } from './text.ts'
