import Link from 'next/link'
import React from 'react'

import { browserGraphqlUrl } from '../cms'
import { formatDate, formatReadingTime } from '../format'
import type { ArticleFullFragment } from '../graphql/generated'
import { ArticleGrid } from './ArticleCard'
import { CommentForm } from './CommentForm'
import { CommentThread } from './CommentThread'
import { IMAGE_LAYOUTS, ResponsiveImage } from './ResponsiveImage'
import { RichBody } from './RichBody'

type Props = { article: ArticleFullFragment; replyTo?: number; preview?: boolean }

/** Finds a comment anywhere in the thread, to say whom a reply answers. */
function findComment(article: ArticleFullFragment, id: number) {
  type Node = { id: number; authorName: string; replies?: { docs: Node[] } | null }
  const search = (nodes: Node[]): Node | undefined => {
    for (const node of nodes) {
      if (node.id === id) return node
      const found = search(node.replies?.docs ?? [])
      if (found) return found
    }
  }
  return search((article.commentThread?.docs ?? []) as Node[])
}

/**
 * The article page, shaped like the reference page: title, "Writer:" with each author's name and
 * credentials, the date, the reading time, the body, then who reviewed it, the services it is about,
 * related reading, and the comments with a form.
 */
export function ArticleView({ article, replyTo, preview = false }: Props) {
  const open = article.comments !== 'closed'
  const replyTarget = replyTo ? findComment(article, replyTo) : undefined
  return (
    <article className="article">
      <header>
        <h1>{article.title}</h1>
        <ul className="byline">
          <li>
            Writer:{' '}
            {article.authors.map((author, index) => (
              <React.Fragment key={author.slug ?? index}>
                {index > 0 && ', '}
                <Link href={`/authors/${author.slug}`}>{author.displayName}</Link>
              </React.Fragment>
            ))}
          </li>
          <li>
            <time dateTime={article.publishedAt ?? undefined}>
              {article.publishedAt ? formatDate(article.publishedAt) : 'Not yet published'}
            </time>
          </li>
          <li>{formatReadingTime(article.readingTimeMinutes)}</li>
        </ul>
      </header>

      {article.coverImage && (
        <ResponsiveImage
          className="hero"
          image={article.coverImage}
          sizes={IMAGE_LAYOUTS.cover}
          priority
        />
      )}

      <RichBody body={article.body} />

      {article.reviewedBy && (
        <p className="review">
          Clinically reviewed by{' '}
          <Link href={`/authors/${article.reviewedBy.slug}`}>{article.reviewedBy.displayName}</Link>
          {article.lastReviewedAt && (
            <>
              {' '}
              on <time dateTime={article.lastReviewedAt}>{formatDate(article.lastReviewedAt)}</time>
            </>
          )}
          .
        </p>
      )}

      {article.services && article.services.length > 0 && (
        <aside className="services" aria-labelledby="services-heading">
          <h2 id="services-heading">Services this article is about</h2>
          <ul>
            {article.services.map((service) => (
              <li key={service.slug}>
                <Link href={`/services/${service.slug}`}>{service.title}</Link>
                {service.summary && <> — {service.summary}</>}
              </li>
            ))}
          </ul>
        </aside>
      )}

      {article.relatedArticles && article.relatedArticles.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related reading</h2>
          <ArticleGrid articles={article.relatedArticles} />
        </section>
      )}

      <section className="comments-section" aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments</h2>
        <CommentThread
          comments={article.commentThread?.docs ?? []}
          articleSlug={article.slug ?? ''}
          canReply={open && !preview}
        />
        {preview ? (
          <p className="muted">Comments open once the article is published.</p>
        ) : open ? (
          <CommentForm
            key={replyTarget?.id ?? 'new'}
            graphqlUrl={browserGraphqlUrl()}
            articleId={article.id}
            replyTo={
              replyTarget ? { id: replyTarget.id, authorName: replyTarget.authorName } : undefined
            }
          />
        ) : (
          <p className="muted">Comments are closed.</p>
        )}
      </section>
    </article>
  )
}
