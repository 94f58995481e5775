/** An earlier slug of the category or author: the feed lives at its current page now. */
export type MovedFeed = { movedTo: string }

/**
 * What each feed holds, read over the public GraphQL API like every page of the site: anonymous, so
 * published articles only — drafts, and draft changes to published articles, never reach a feed.
 * `null`: no such category or author (the route answers 404).
 */
import { cmsQuery } from '../cms'
import { AuthorFeedDocument, CategoryFeedDocument, SiteFeedDocument } from '../graphql/generated'
import { sitePaths } from '../paths'
import { buildFeed, FEED_LENGTH, feedTitles, UNNAMED_PRACTICE, type Feed } from './feed'

export async function loadSiteFeed(origin: string): Promise<Feed> {
  const { Practice, articleFeed } = await cmsQuery(
    SiteFeedDocument,
    { limit: FEED_LENGTH },
    { shows: { lists: true } },
  )
  const name = Practice?.name ?? UNNAMED_PRACTICE
  return buildFeed({
    origin,
    page: sitePaths.home,
    title: feedTitles.site(name),
    description: Practice?.tagline || `The newest articles from ${name}.`,
    publisher: name,
    articles: articleFeed?.docs ?? [],
    fallbackUpdated: Practice?.updatedAt,
  })
}

export async function loadCategoryFeed(
  origin: string,
  slug: string,
): Promise<Feed | MovedFeed | null> {
  const { Practice, categoryBySlug, articleFeed } = await cmsQuery(
    CategoryFeedDocument,
    { slug, limit: FEED_LENGTH },
    { shows: { lists: true } },
  )
  if (!categoryBySlug?.slug) return null
  if (categoryBySlug.slug !== slug) return { movedTo: sitePaths.category(categoryBySlug.slug) }
  const name = Practice?.name ?? UNNAMED_PRACTICE
  return buildFeed({
    origin,
    page: sitePaths.category(categoryBySlug.slug),
    title: feedTitles.category(categoryBySlug.title, name),
    description: categoryBySlug.description || `Articles about ${categoryBySlug.title}.`,
    publisher: name,
    articles: articleFeed?.docs ?? [],
    fallbackUpdated: categoryBySlug.updatedAt,
  })
}

export async function loadAuthorFeed(
  origin: string,
  slug: string,
): Promise<Feed | MovedFeed | null> {
  const { Practice, authorBySlug, articleFeed } = await cmsQuery(
    AuthorFeedDocument,
    { slug, limit: FEED_LENGTH },
    { shows: { lists: true } },
  )
  if (!authorBySlug?.slug) return null
  if (authorBySlug.slug !== slug) return { movedTo: sitePaths.author(authorBySlug.slug) }
  const name = Practice?.name ?? UNNAMED_PRACTICE
  const author = authorBySlug.displayName || authorBySlug.name
  return buildFeed({
    origin,
    page: sitePaths.author(authorBySlug.slug),
    title: feedTitles.author(author, name),
    description: `Articles by ${author}.`,
    publisher: name,
    articles: articleFeed?.docs ?? [],
    fallbackUpdated: authorBySlug.updatedAt,
  })
}
