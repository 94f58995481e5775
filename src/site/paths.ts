/**
 * The reader site's addresses: the page of each kind of document, and its feeds. The change feed
 * names the pages in its events (readerSitePaths), so a front end (or a CDN) knows which pages to
 * refresh; feeds, the sitemap and page metadata build their links from the same functions.
 */
type Doc = Record<string, unknown>

export const sitePaths = {
  home: '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/authors/${encodeURIComponent(slug)}`,
  service: (slug: string) => `/services/${encodeURIComponent(slug)}`,
  category: (slug: string) => `/categories/${encodeURIComponent(slug)}`,
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
}

export type FeedFormat = 'rss' | 'atom' | 'json'

/** File names of the three feeds, under the site's root or a category's or author's page. */
export const FEED_FILES: Record<FeedFormat, string> = {
  rss: 'feed.xml',
  atom: 'atom.xml',
  json: 'feed.json',
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
}

/**
 * The three feeds of a page: `/feed.xml`, `/atom.xml`, `/feed.json` for the whole site (page `/`),
 * `/categories/<slug>/feed.xml` … for a category, `/authors/<slug>/feed.xml` … for an author.
 */
export function feedPaths(page: string): Record<FeedFormat, string> {
  const base = page === '/' ? '' : page
  return {
    rss: `${base}/${FEED_FILES.rss}`,
    atom: `${base}/${FEED_FILES.atom}`,
    json: `${base}/${FEED_FILES.json}`,
  }
}

const bySlug =
  (pathOf: (slug: string) => string, alsoOn: string[] = []) =>
  (doc: Doc) =>
    typeof doc.slug === 'string' && doc.slug ? [pathOf(doc.slug), ...alsoOn] : alsoOn

/** Articles also appear on the home page's list. */
export const readerSitePaths: Record<string, (doc: Doc) => string[]> = {
  articles: bySlug(sitePaths.article, [sitePaths.home]),
  authors: bySlug(sitePaths.author),
  services: bySlug(sitePaths.service),
  categories: bySlug(sitePaths.category),
}
