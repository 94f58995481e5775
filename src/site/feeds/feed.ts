/**
 * One feed, whatever its format: what RSS, Atom and JSON Feed each say about the newest articles of
 * the site, a category or an author. Built from the public API's answer (feeds/load.ts); written out
 * by rss.ts, atom.ts and jsonFeed.ts.
 */
import type { FeedEntryFragment } from '../graphql/generated'
import { feedPaths, sitePaths, type FeedFormat } from '../paths'

export type FeedPerson = { name: string; url?: string }

export type FeedEntry = {
  /** A tag: URI from the article's id (tag.ts): it stays the same when the title or slug changes. */
  id: string
  url: string
  title: string
  summary: string | undefined
  published: string | undefined
  updated: string
  /** As the site shows them: "Lauren Farina, MSW, LCSW". */
  authors: FeedPerson[]
  categories: { term: string; label: string; url: string }[]
}

export type Feed = {
  title: string
  description: string
  /** The site's home page. */
  siteUrl: string
  /** The page the feed follows: the home page, a category's or an author's. */
  pageUrl: string
  /** Absolute addresses of the same feed in each format (`rss` … is the feed's own, `self`). */
  feedUrls: Record<FeedFormat, string>
  /** The newest change among the entries (or to what the feed is about, when it has none). */
  updated: string
  /** Who publishes the feed: the practice. */
  publisher: FeedPerson
  language: string
  entries: FeedEntry[]
}

/** Names of the feeds, in the feeds themselves and in the pages' `<link rel="alternate">`. */
export const feedTitles = {
  site: (practice: string) => practice,
  category: (category: string, practice: string) => `${category} — ${practice}`,
  author: (author: string, practice: string) => `${author} — ${practice}`,
}

/** What the feeds call the site when the practice has not been named yet. */
export const UNNAMED_PRACTICE = 'Articles'

/** The feeds hold the newest articles only: what a reader subscribing today is shown. */
export const FEED_LENGTH = 50

const EPOCH = new Date(0).toISOString()

/**
 * `tag:www.practice.example,2026-03-30:articles/12` (RFC 4151): the site's host, the day the
 * article was created (the host was the site's then) and its id — not its URL, so that a reader
 * does not see an article again as new when its slug changes.
 */
export function articleTag(origin: string, id: number, createdAt: string | null | undefined) {
  const day = createdAt && !Number.isNaN(Date.parse(createdAt)) ? createdAt.slice(0, 10) : '2000'
  return `tag:${new URL(origin).hostname},${day}:articles/${id}`
}

const iso = (value: string | null | undefined): string | undefined =>
  value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined

export function feedEntry(origin: string, article: FeedEntryFragment): FeedEntry {
  const updated = iso(article.updatedAt) ?? iso(article.publishedAt) ?? EPOCH
  return {
    id: articleTag(origin, article.id, article.createdAt),
    url: `${origin}${sitePaths.article(article.slug ?? String(article.id))}`,
    title: article.title ?? '',
    // The excerpt, else the SEO description the CMS fills from the start of the body.
    summary: article.excerpt || article.meta?.description || undefined,
    published: iso(article.publishedAt),
    updated,
    authors: article.authors.map((author) => ({
      name: author.displayName || author.name,
      url: author.slug ? `${origin}${sitePaths.author(author.slug)}` : undefined,
    })),
    categories: (article.categories ?? []).flatMap((category) =>
      category.slug
        ? [
            {
              term: category.slug,
              label: category.title,
              url: `${origin}${sitePaths.category(category.slug)}`,
            },
          ]
        : [],
    ),
  }
}

export function buildFeed({
  origin,
  page,
  title,
  description,
  publisher,
  articles,
  fallbackUpdated,
}: {
  origin: string
  /** The site path of the page the feed follows (`/`, `/categories/therapy` …). */
  page: string
  title: string
  description: string
  publisher: string
  articles: FeedEntryFragment[]
  /** When the feed has no entries: when what it is about last changed. */
  fallbackUpdated: string | null | undefined
}): Feed {
  const entries = articles.map((article) => feedEntry(origin, article))
  const paths = feedPaths(page)
  const updated =
    entries.map((entry) => entry.updated).sort((a, b) => b.localeCompare(a))[0] ??
    iso(fallbackUpdated) ??
    EPOCH
  return {
    title,
    description,
    siteUrl: `${origin}/`,
    pageUrl: `${origin}${page}`,
    feedUrls: {
      rss: `${origin}${paths.rss}`,
      atom: `${origin}${paths.atom}`,
      json: `${origin}${paths.json}`,
    },
    updated,
    publisher: { name: publisher, url: `${origin}/` },
    language: 'en',
    entries,
  }
}
