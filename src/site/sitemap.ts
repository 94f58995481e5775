/**
 * `/sitemap.xml` (https://www.sitemaps.org/protocol.html) and `/robots.txt` for the reader site.
 *
 * The sitemap lists the home page and the page of every published article, author, service and
 * category, with `<lastmod>` from the document's `updatedAt`, read page by page over the public
 * GraphQL API (anonymous: published articles only). Articles marked `noIndex` are left out: a page
 * that asks search engines not to index it does not belong in the list offered to them.
 */
import { cmsQuery } from './cms'
import { SitemapPageDocument, type SitemapPageQuery } from './graphql/generated'
import { sitePaths } from './paths'
import { element, XML_DECLARATION } from './xml'

export type SitemapEntry = { loc: string; lastmod: string | undefined }

/** The most anonymous readers may ask for in one page. */
const PAGE_SIZE = 100
/**
 * A sitemap holds at most 50,000 addresses; a practice's site is far smaller. The bound also keeps a
 * misbehaving API (a `hasNextPage` that never turns false) from holding the request forever.
 */
const MAX_PAGES = 500

type Collection = 'Articles' | 'Authors' | 'Services' | 'Categories'
type Doc = {
  slug: string | null
  updatedAt: string | null
  meta?: { noIndex: boolean | null } | null
}

const PAGE_OF: Record<Collection, (slug: string) => string> = {
  Articles: sitePaths.article,
  Authors: sitePaths.author,
  Services: sitePaths.service,
  Categories: sitePaths.category,
}
const COLLECTIONS = Object.keys(PAGE_OF) as Collection[]

const iso = (value: string | null | undefined) =>
  value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined

const newest = (dates: (string | undefined)[]) =>
  dates.filter((date): date is string => Boolean(date)).sort((a, b) => b.localeCompare(a))[0]

export async function loadSitemap(origin: string): Promise<SitemapEntry[]> {
  const found: Record<Collection, SitemapEntry[]> = {
    Articles: [],
    Authors: [],
    Services: [],
    Categories: [],
  }
  const more: Record<Collection, boolean> = {
    Articles: true,
    Authors: true,
    Services: true,
    Categories: true,
  }
  let practiceUpdated: string | undefined
  for (let page = 1; page <= MAX_PAGES && COLLECTIONS.some((name) => more[name]); page++) {
    const answer: SitemapPageQuery = await cmsQuery(
      SitemapPageDocument,
      {
        page,
        limit: PAGE_SIZE,
        articles: more.Articles,
        authors: more.Authors,
        services: more.Services,
        categories: more.Categories,
      },
      { shows: { lists: true } },
    )
    practiceUpdated = iso(answer.Practice?.updatedAt)
    for (const name of COLLECTIONS) {
      if (!more[name]) continue
      const list = answer[name]
      for (const doc of (list?.docs ?? []) as Doc[]) {
        if (!doc.slug || doc.meta?.noIndex) continue
        found[name].push({
          loc: `${origin}${PAGE_OF[name](doc.slug)}`,
          lastmod: iso(doc.updatedAt),
        })
      }
      more[name] = Boolean(list?.hasNextPage)
    }
  }
  // The home page lists the articles: it changes when one does, or when the practice's details do.
  const home: SitemapEntry = {
    loc: `${origin}${sitePaths.home}`,
    lastmod: newest([practiceUpdated, ...found.Articles.map((entry) => entry.lastmod)]),
  }
  return [home, ...COLLECTIONS.flatMap((name) => found[name])]
}

export function renderSitemap(entries: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      (entry) => `<url>${element('loc', entry.loc)}${element('lastmod', entry.lastmod)}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n')
}

/** Crawlers may read the site, not the admin or the draft previews; the sitemap says what there is. */
export function renderRobots(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /preview',
    '',
    `Sitemap: ${origin}${sitePaths.sitemap}`,
    '',
  ].join('\n')
}
