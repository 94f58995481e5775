/**
 * Article search on PostgreSQL (a server or the embedded PGlite): the index kept by the database
 * (tables.ts), queried with PostgreSQL's own full-text search.
 *
 * 1. Typos: each query word of 4 letters or more that finds no published article (and is not a stop
 *    word) is replaced by the most similar word published articles use — pg_trgm trigram
 *    similarity of at least 0.4 through the words' GIN index, the more common word on a tie. Only
 *    words that find nothing are touched, so a real word is never "corrected" into another.
 * 2. The (corrected) query goes through `websearch_to_tsquery`: "quoted phrases", `or`, `-word`.
 * 3. Matches are ranked by `ts_rank_cd` (cover density) over the weighted vector — a title word
 *    counts ten times a body word, an excerpt word four times, an author's name or a category's
 *    title twice — then newest first; one query returns the page and the number of matches.
 * 4. Titles and snippets of the page come from `ts_headline`, with private-use characters as
 *    highlight marks that text.ts turns into parts.
 */
import type { Payload } from 'payload'

import { SEARCH_CONFIGURATION, ident, type ArticleSearchTables } from './tables.ts'
import {
  ANGLE_BRACKET,
  applyCorrections,
  correctableWords,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  partsFromMarked,
  type SearchTextPart,
} from './text.ts'

export type PoolLike = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/** The pg Pool of Payload's PostgreSQL adapter (`@payloadcms/db-postgres` keeps it on `db.pool`). */
export const postgresPool = (payload: Payload): PoolLike | undefined => {
  const db = payload.db as unknown as { name?: string; pool?: Partial<PoolLike> }
  return db.name === 'postgres' && typeof db.pool?.query === 'function'
    ? (db.pool as PoolLike)
    : undefined
}

/** Least trigram similarity for a correction: "coching"/"coaching" is 0.55, "anxiety"/"society" 0.23. */
export const CORRECTION_SIMILARITY = 0.4

/** ts_rank_cd's weights for D (body), C (people, topics), B (excerpt), A (title). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}'

const HEADLINE_OPTIONS = (fragments: boolean) =>
  [
    `StartSel="${HIGHLIGHT_START}"`,
    `StopSel="${HIGHLIGHT_END}"`,
    ...(fragments
      ? ['MaxFragments=2', 'MaxWords=22', 'MinWords=10', 'FragmentDelimiter=" … "']
      : ['HighlightAll=true']),
  ].join(', ')

/** Query words that find nothing, each with the nearest published word (or none). */
async function corrections(
  pool: PoolLike,
  tables: ArticleSearchTables,
  query: string,
): Promise<Map<string, string>> {
  const words = [...new Set(correctableWords(query).map(({ word }) => word.toLowerCase()))].slice(
    0,
    12,
  )
  if (words.length === 0) return new Map()
  const { rows } = await pool.query(
    `SELECT t.term, CASE
       WHEN numnode(tq) = 0 OR EXISTS (SELECT 1 FROM ${ident(tables.documents)} d WHERE d.document @@ tq) THEN NULL
       ELSE (
         SELECT w.word FROM ${ident(tables.words)} w
         WHERE w.word % t.term AND similarity(w.word, t.term) >= $2
         ORDER BY similarity(w.word, t.term) DESC, w.documents DESC, w.word
         LIMIT 1
       ) END AS nearest
     FROM unnest($1::text[]) AS t(term)
     CROSS JOIN LATERAL plainto_tsquery('${SEARCH_CONFIGURATION}', t.term) AS tq`,
    [words, CORRECTION_SIMILARITY],
  )
  const found = new Map<string, string>()
  for (const row of rows) {
    if (typeof row.nearest === 'string' && row.nearest !== row.term) {
      found.set(String(row.term), row.nearest)
    }
  }
  return found
}

export type RankedHit = {
  id: number | string
  rank: number
  title: SearchTextPart[]
  snippet: SearchTextPart[]
}

export async function searchWithPostgres(
  pool: PoolLike,
  tables: ArticleSearchTables,
  { query, page, limit }: { query: string; page: number; limit: number },
): Promise<{ hits: RankedHit[]; totalDocs: number; correctedQuery: string | null }> {
  const found = await corrections(pool, tables, query)
  const corrected = found.size > 0 ? applyCorrections(query, found) : query
  const articles = ident(tables.articles)
  const documents = ident(tables.documents)
  // The source text without our marks, and with `<` stood in for (text.ts, ANGLE_BRACKET).
  const clean = (text: string) =>
    `replace(regexp_replace(${text}, '[${HIGHLIGHT_START}${HIGHLIGHT_END}${ANGLE_BRACKET}]', '', 'g'), '<', '${ANGLE_BRACKET}')`
  const { rows } = await pool.query(
    `WITH q AS (SELECT websearch_to_tsquery('${SEARCH_CONFIGURATION}', $1) AS query),
     -- Every match's rank, in narrow rows: the count and the sort then never carry the vectors.
     ranked AS MATERIALIZED (
       SELECT d.article_id, d.published_at, ts_rank_cd('${RANK_WEIGHTS}', d.document, q.query) AS rank
       FROM ${documents} d CROSS JOIN q
       WHERE d.document @@ q.query
     ),
     page AS (
       SELECT r.*, count(*) OVER () AS total FROM ranked r
       ORDER BY r.rank DESC, r.published_at DESC NULLS LAST, r.article_id DESC
       LIMIT $2 OFFSET $3
     )
     SELECT p.article_id AS id, p.rank, p.total,
       ts_headline('${SEARCH_CONFIGURATION}', ${clean('a.title')}, q.query, $4) AS title,
       ts_headline('${SEARCH_CONFIGURATION}', ${clean(`concat_ws(E'\\n', a.excerpt, d.body_text)`)}, q.query, $5) AS snippet
     FROM page p
     JOIN ${articles} a ON a.id = p.article_id AND a._status = 'published'
     JOIN ${documents} d ON d.article_id = p.article_id
     CROSS JOIN q
     ORDER BY p.rank DESC, p.published_at DESC NULLS LAST, p.article_id DESC`,
    [corrected, limit, (page - 1) * limit, HEADLINE_OPTIONS(false), HEADLINE_OPTIONS(true)],
  )
  let totalDocs = rows.length > 0 ? Number(rows[0].total) : 0
  if (rows.length === 0 && page > 1) {
    // Past the last page: the window counted nothing, so count on its own.
    const counted = await pool.query(
      `SELECT count(*) AS total FROM ${documents} d
       WHERE d.document @@ websearch_to_tsquery('${SEARCH_CONFIGURATION}', $1)`,
      [corrected],
    )
    totalDocs = Number(counted.rows[0]?.total ?? 0)
  }
  return {
    hits: rows.map((row) => ({
      id: row.id as number | string,
      rank: Number(row.rank),
      title: partsFromMarked(String(row.title ?? '')),
      snippet: partsFromMarked(String(row.snippet ?? '')),
    })),
    totalDocs,
    correctedQuery: corrected === query ? null : corrected,
  }
}

/** Whether this database holds the search index (the tables, pg_trgm and the triggers). */
export async function hasSearchIndex(pool: PoolLike, tables: ArticleSearchTables) {
  const { rows } = await pool.query(
    `SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL
        AND EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')
        AND EXISTS (SELECT 1 FROM pg_proc WHERE proname = $3) AS ready`,
    [ident(tables.documents), ident(tables.words), `${tables.documents}_refresh`],
  )
  return rows[0]?.ready === true
}
