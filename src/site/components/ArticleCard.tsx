import Link from 'next/link'
import React from 'react'

import { formatDate, formatReadingTime } from '../format'
import type { ArticleCardFragment } from '../graphql/generated'

/** One article in a list: cover, title, who wrote it, when, how long it takes to read. */
export function ArticleCard({ article }: { article: ArticleCardFragment }) {
  const cover = article.coverImage
  const image = cover?.sizes?.card?.url ? cover.sizes.card : cover
  return (
    <article className="card">
      {image?.url && (
        <Link href={`/articles/${article.slug}`} tabIndex={-1} aria-hidden="true">
          <img
            src={image.url}
            alt=""
            width={image.width ?? undefined}
            height={image.height ?? undefined}
            loading="lazy"
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

export function ArticleGrid({ articles }: { articles: ArticleCardFragment[] }) {
  if (articles.length === 0) return <p>No articles yet.</p>
  return (
    <div className="grid">
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} />
      ))}
    </div>
  )
}
