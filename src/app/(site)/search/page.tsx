import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import { cmsQuery, CmsError } from '../../../site/cms'
import { Highlighted } from '../../../site/components/Highlighted'
import { pageFrom, Pagination } from '../../../site/components/Pagination'
import { formatDate, formatReadingTime } from '../../../site/format'
import { loadFrame } from '../../../site/frame'
import { SearchPageDocument, type SearchPageQuery } from '../../../site/graphql/generated'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** What the reader typed (the first `q`), spaces folded. */
const queryFrom = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : (value ?? '')).replace(/\s+/g, ' ').trim()

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = queryFrom((await searchParams).q)
  return {
    title: q ? `Search: ${q}` : 'Search',
    // Result pages are for readers, not for search engines' indexes.
    robots: { index: false, follow: true },
  }
}

type Results = SearchPageQuery['searchArticles']

/** The results, or the API's own words for a query it cannot answer (too long, no letters …). */
async function search(query: string, page: number): Promise<Results | { problem: string }> {
  try {
    // Results list articles: any article's change makes them stale (src/site/revalidation.ts).
    return (await cmsQuery(SearchPageDocument, { query, page }, { shows: { lists: true } }))
      .searchArticles
  } catch (error) {
    if (error instanceof CmsError && error.status === 400) {
      return { problem: error.message.replace(/^The CMS refused a query: /, '') }
    }
    throw error
  }
}

/** `/search?q=…&page=N`: published articles that match, best first, ten a page. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const query = queryFrom(params.q)
  const page = pageFrom(params.page)
  if (!page) notFound()
  const results = query ? await search(query, page) : undefined
  return (
    <>
      <h1>Search</h1>
      <form
        role="search"
        aria-label="Search articles"
        action="/search"
        method="get"
        className="search-form"
      >
        <label htmlFor="search-page-q">Words to find in articles</label>
        <input id="search-page-q" type="search" name="q" defaultValue={query} maxLength={200} />
        <button type="submit">Search</button>
      </form>
      {!query && (
        <p className="muted">Type a word or two — a topic, a question, an author&apos;s name.</p>
      )}
      {results && 'problem' in results && (
        <p role="alert" className="search-problem">
          {results.problem}
        </p>
      )}
      {results && !('problem' in results) && <ResultList query={query} results={results} />}
    </>
  )
}

async function ResultList({ query, results }: { query: string; results: Results }) {
  if (results.totalDocs === 0) return <NothingFound query={results.correctedQuery ?? query} />
  const first = (results.page - 1) * 10 + 1
  return (
    <>
      <p className="muted" role="status">
        {results.totalDocs === 1 ? '1 article' : `${results.totalDocs} articles`} for “
        {results.correctedQuery ?? query}”
        {results.docs.length > 0 && results.totalPages > 1
          ? ` — ${first} to ${first + results.docs.length - 1}`
          : ''}
        .
        {results.correctedQuery && (
          <>
            {' '}
            No article uses a word you typed, so we looked for “{results.correctedQuery}” instead of
            “{query}”.
          </>
        )}
      </p>
      <ol className="search-results" start={first}>
        {results.docs.map(({ article, highlightedTitle, snippet }) => (
          <li key={article.id} className="search-result">
            <h2 className="search-result__title">
              <Link href={`/articles/${article.slug}`}>
                <Highlighted parts={highlightedTitle} />
              </Link>
            </h2>
            {snippet.length > 0 && (
              <p className="search-result__snippet">
                <Highlighted parts={snippet} />
              </p>
            )}
            <p className="meta">
              {article.authors.map((author) => author.displayName).join(' · ')} ·{' '}
              <time dateTime={article.publishedAt ?? undefined}>
                {formatDate(article.publishedAt)}
              </time>{' '}
              · {formatReadingTime(article.readingTimeMinutes)}
            </p>
          </li>
        ))}
      </ol>
      {results.docs.length === 0 && <p>There are no more results: go back a page.</p>}
      <Pagination
        basePath="/search"
        query={{ q: query }}
        page={results.page}
        totalPages={results.totalPages}
        labels={{ previous: '← Better matches', next: 'More results →' }}
      />
    </>
  )
}

/** No match: what to try next, and the topics to browse instead. */
async function NothingFound({ query }: { query: string }) {
  const { Categories } = await loadFrame()
  return (
    <div className="search-empty" role="status">
      <p>No published article matches “{query}”.</p>
      <ul>
        <li>Check the spelling, or try fewer or more general words.</li>
        <li>Put a phrase in quotes (&quot;life coaching&quot;), or join alternatives with or.</li>
        <li>
          Or browse <Link href="/">all articles</Link>
          {Categories?.docs.length ? ' or a topic: ' : '.'}
          {Categories?.docs.map((category, index) => (
            <React.Fragment key={category.slug}>
              {index > 0 && ', '}
              <Link href={`/categories/${category.slug}`}>{category.title}</Link>
            </React.Fragment>
          ))}
        </li>
      </ul>
    </div>
  )
}
