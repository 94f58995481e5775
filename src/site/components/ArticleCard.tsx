import Link from 'next/link'
import React from 'react'

import { formatDate, formatReadingTime } from '../format'
import type { ArticleCardFragment } from '../graphql/generated'
import { IMAGE_LAYOUTS, ResponsiveImage } from './ResponsiveImage'

/**
 * One article in a list: cover, title, who wrote it, when, how long it takes to read. `priority`:
 * the first card of a page whose list is its top content, whose cover is in view on arrival.
 */
export function ArticleCard({
  article,
  priority = false,
}: {
  article: ArticleCardFragment
  priority?: boolean
}) {
  return (
    <article className="card">
      {article.coverImage?.url && (
        <Link href={`/articles/${article.slug}`} tabIndex={-1} aria-hidden="true">
          {/* Empty alt: the picture repeats the title link below, which screen readers announce. */}
          <ResponsiveImage
            image={article.coverImage}
            sizes={IMAGE_LAYOUTS.card}
            priority={priority}
            alt=""
          />
        </Link>
      )}
      <h2 className="card__title">
        <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      </h2>
      {article.excerpt && <p className="card__excerpt">{article.excerpt}</p>}
      <p className="meta">
        {article.authors.map((author) => author.displayName).join(' · ')} ·{' '}
        <time dateTime={article.publishedAt ?? undefined}>{formatDate(article.publishedAt)}</time> ·{' '}
        {formatReadingTime(article.readingTimeMinutes)}
      </p>
    </article>
  )
}

/** `priorityFirst`: the grid opens the page (the blog, a category), so its first cover loads at once. */
export function ArticleGrid({
  articles,
  priorityFirst = false,
}: {
  articles: ArticleCardFragment[]
  priorityFirst?: boolean
}) {
  if (articles.length === 0) return <p>No articles yet.</p>
  return (
    <div className="grid">
      {articles.map((article, index) => (
        <ArticleCard key={article.id} article={article} priority={priorityFirst && index === 0} />
      ))}
    </div>
  )
}
