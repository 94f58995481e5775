/**
 * Article search where the database has no search index — SQLite, MongoDB, or a PostgreSQL database
 * whose migration has not run: Payload's own `where`, so it works on every adapter, published
 * articles only.
 *
 * Every word must appear (case-insensitive `like`) in the title, the excerpt, an author's name or a
 * category's title; quotes, `or` and `-word` are ignored, the body is not searched, and there is no
 * typo tolerance. Results are newest first; `rank` is 1 when every word is in the title, else 0.5.
 */
import type { PayloadRequest, Where } from 'payload'

import type { RankedHit } from './postgres.ts'
import { highlightWords, plainWords } from './text.ts'

type Doc = Record<string, unknown>

export async function searchWithWhere(
  req: PayloadRequest,
  collection: string,
  { query, page, limit }: { query: string; page: number; limit: number },
): Promise<{ hits: RankedHit[]; totalDocs: number; docs: Doc[] }> {
  const words = plainWords(query)
  if (words.length === 0) return { hits: [], totalDocs: 0, docs: [] }
  const where: Where = {
    and: [
      { _status: { equals: 'published' } },
      ...words.map((word): Where => ({
        or: [
          { title: { like: word } },
          { excerpt: { like: word } },
          { 'authors.name': { like: word } },
          { 'categories.title': { like: word } },
        ],
      })),
    ],
  }
  const result = await req.payload.find({
    collection,
    where,
    sort: ['-publishedAt', '-id'],
    page,
    limit,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const docs = result.docs as Doc[]
  // Past the last page Payload counts nothing: count on its own, as the PostgreSQL engine does.
  const totalDocs =
    docs.length === 0 && page > 1
      ? (await req.payload.count({ collection, where, overrideAccess: false, req })).totalDocs
      : result.totalDocs
  const hits = docs.map((doc) => {
    const title = String(doc.title ?? '')
    const inTitle = words.every((word) => title.toLowerCase().includes(word))
    return {
      id: doc.id as number | string,
      rank: inTitle ? 1 : 0.5,
      title: highlightWords(title, words),
      snippet: highlightWords(String(doc.excerpt ?? ''), words),
    }
  })
  return { hits, totalDocs, docs }
}
