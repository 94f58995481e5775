/**
 * The reader site's feeds (RSS, Atom, JSON Feed — the site's, a category's, an author's), its sitemap
 * and robots.txt, from the production build over HTTP, read the way a subscriber's feed reader and a
 * search engine read them: what they list, in which order, with which links, and never a draft.
 * The formats' details (escaping, ids, dates) as pure functions: tests/unit/readerFeeds.test.ts.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import type { CmsProcess } from '../helpers/cmsProcess'
import { credentialIdOverHttp, type HttpClient } from '../helpers/httpClient'
import { startServerWithAdmin, type ServerWithAdmin } from '../helpers/serverWithAdmin'

const ADMIN = { email: 'admin@example.com', password: 'reader-feeds-password' }
const PRACTICE = 'Invited Counseling & Coaching'
/** What people really type into a title: an ampersand, angle brackets, curly quotes, an emoji. */
const TRICKY_TITLE = 'Q&A: <Therapy> or “coaching”? It’s your call 🌱'
/** More categories than one page of the API holds (100 for anonymous readers): the sitemap must page. */
const FILLER_CATEGORIES = 101

let server: ServerWithAdmin
let cms: CmsProcess
let http: HttpClient

type Doc = { id: number; slug: string; title?: string; updatedAt: string }
const docs = {} as {
  therapy: Doc
  coaching: Doc
  lauren: Doc
  sam: Doc
  service: Doc
  /** Published first, then given a draft change that must stay private. */
  oldest: Doc
  tricky: Doc
  newest: Doc
  /** Published, marked "Hide from search engines". */
  noIndex: Doc
  /** Never published. */
  draft: Doc
}
const fillers: Doc[] = []

const PUBLISHED_TITLE = 'Therapy vs. Coaching: What’s the Difference?'
const DRAFT_CHANGE_TITLE = 'Draft change: this title must stay private'
const DRAFT_TITLE = 'Unpublished draft: nobody may read this yet'

async function asAdmin(method: string, path: string, body?: unknown) {
  const response = await http.request(method, path, { token: server.token, body })
  const answer = await response.json()
  if (response.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(answer)}`)
  return answer.doc as Doc
}

const inTwoYears = () => new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000).toISOString()

beforeAll(async () => {
  server = await startServerWithAdmin(ADMIN)
  ;({ cms, http } = server)
  const credential = (abbreviation: string) =>
    credentialIdOverHttp(http, server.token, abbreviation)

  await asAdmin('POST', '/api/globals/practice', { name: PRACTICE, tagline: 'Therapy & coaching' })
  docs.therapy = await asAdmin('POST', '/api/categories', { title: 'Therapy' })
  docs.coaching = await asAdmin('POST', '/api/categories', { title: 'Coaching' })
  docs.lauren = await asAdmin('POST', '/api/authors', {
    name: 'Lauren Farina',
    credentials: [
      { credential: await credential('MSW') },
      {
        credential: await credential('LCSW'),
        jurisdiction: 'NY',
        licenseNumber: '012345',
        expiresOn: inTwoYears(),
        verified: true,
      },
    ],
  })
  docs.sam = await asAdmin('POST', '/api/authors', {
    name: 'Sam Rivera',
    credentials: [{ credential: await credential('PCC') }],
  })
  docs.service = await asAdmin('POST', '/api/services', {
    title: 'Coaching sessions',
    kind: 'non_clinical',
    providers: [docs.sam.id],
  })

  const article = (
    title: string,
    authors: Doc[],
    categories: Doc[],
    publishedAt: string,
    extra: Record<string, unknown> = {},
  ) =>
    asAdmin('POST', '/api/articles', {
      title,
      excerpt: `About ${title}`,
      body: lexicalFromParagraphs(['A short body.']),
      authors: authors.map((author) => author.id),
      categories: categories.map((category) => category.id),
      publishedAt,
      _status: 'published',
      ...extra,
    })
  docs.noIndex = await article(
    'Kept out of search engines',
    [docs.sam],
    [docs.coaching],
    '2026-01-05T09:00:00.000Z',
    {
      meta: { noIndex: true },
    },
  )
  docs.oldest = await article(
    PUBLISHED_TITLE,
    [docs.lauren],
    [docs.therapy, docs.coaching],
    '2026-01-10T09:00:00.000Z',
  )
  docs.tricky = await article(TRICKY_TITLE, [docs.sam], [docs.coaching], '2026-02-10T09:00:00.000Z')
  docs.newest = await article(
    'When to see a therapist',
    [docs.lauren, docs.sam],
    [docs.therapy],
    '2026-03-10T09:00:00.000Z',
  )
  // A draft that was never published, and a draft change to a published article.
  docs.draft = await asAdmin('POST', '/api/articles?draft=true', {
    title: DRAFT_TITLE,
    body: lexicalFromParagraphs(['Not ready.']),
    authors: [docs.lauren.id],
    categories: [docs.therapy.id],
    _status: 'draft',
  })
  await asAdmin('PATCH', `/api/articles/${docs.oldest.id}?draft=true`, {
    title: DRAFT_CHANGE_TITLE,
    _status: 'draft',
  })
  for (let n = 1; n <= FILLER_CATEGORIES; n++) {
    fillers.push(
      await asAdmin('POST', '/api/categories', { title: `Topic ${String(n).padStart(3, '0')}` }),
    )
  }
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${cms.url}${path}`, { headers })

/** What a subscriber's reader shows of a feed, whatever its format. */
type Item = {
  id: string
  title: string
  url: string
  authors: string[]
  published: string
  updated: string
  categories: string[]
}

async function readFeed(
  path: string,
): Promise<{ title: string; self: string | null; items: Item[] }> {
  const response = await get(path)
  expect(response.status, path).toBe(200)
  const text = await response.text()
  if (path.endsWith('.json')) {
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const feed = JSON.parse(text)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    return {
      title: feed.title,
      self: feed.feed_url,
      items: feed.items.map((item: Record<string, never>) => ({
        id: item.id,
        title: item.title,
        url: item.url,
        authors: (item.authors as { name: string }[]).map((author) => author.name),
        published: item.date_published,
        updated: item.date_modified,
        categories: item.tags,
      })),
    }
  }
  expect(response.headers.get('content-type')).toBe(
    path.endsWith('atom.xml')
      ? 'application/atom+xml; charset=utf-8'
      : 'application/rss+xml; charset=utf-8',
  )
  // Strictly well-formed: a lenient reader would forgive what a strict one refuses.
  expect(XMLValidator.validate(text)).toBe(true)
  const feed = parseFeed(text)
  expect(feed.meta.type).toBe(path.endsWith('atom.xml') ? 'atom' : 'rss')
  const rssUpdated = path.endsWith('feed.xml')
    ? [new XMLParser().parse(text).rss.channel.item ?? []]
        .flat()
        .map((item: Record<string, string>) => item['atom:updated'])
    : []
  return {
    title: feed.title ?? '',
    self: feed.self,
    items: feed.items.map((item, index) => ({
      id: item.id ?? '',
      title: item.title ?? '',
      url: item.url ?? '',
      authors: item.authors.map((author) => author.name ?? ''),
      published: item.published?.toISOString() ?? '',
      updated: rssUpdated[index] ?? item.updated?.toISOString() ?? '',
      categories: item.categories.map((category) => category.label ?? ''),
    })),
  }
}

const FEEDS = ['feed.xml', 'atom.xml', 'feed.json'] as const

describe('the site feed', () => {
  it.each(FEEDS)('/%s: every published article, newest first, and nothing else', async (file) => {
    const feed = await readFeed(`/${file}`)
    expect(feed.title).toBe(PRACTICE)
    expect(feed.self).toBe(`${cms.url}/${file}`)
    expect(feed.items.map((item) => item.title)).toEqual([
      'When to see a therapist',
      TRICKY_TITLE,
      PUBLISHED_TITLE,
      'Kept out of search engines',
    ])
  })

  it.each(FEEDS)('/%s: each item as a reader needs it', async (file) => {
    const { items } = await readFeed(`/${file}`)
    const newest = items[0]
    // Stable across slug and title changes: the article's id, not its address.
    expect(newest.id).toMatch(
      new RegExp(`^tag:127\\.0\\.0\\.1,\\d{4}-\\d{2}-\\d{2}:articles/${docs.newest.id}$`),
    )
    expect(newest.url).toBe(`${cms.url}/articles/${docs.newest.slug}`)
    expect(newest.authors).toEqual(['Lauren Farina, MSW, LCSW', 'Sam Rivera, PCC'])
    expect(newest.published).toBe('2026-03-10T09:00:00.000Z')
    expect(newest.updated).toBe(new Date(docs.newest.updatedAt).toISOString())
    expect(newest.categories).toEqual(['Therapy'])
    const oldest = items[2]
    expect(oldest.id).toMatch(new RegExp(`:articles/${docs.oldest.id}$`))
    expect(oldest.categories).toEqual(['Therapy', 'Coaching'])
  })

  it('gives each article the same id in every format', async () => {
    const ids = await Promise.all(
      FEEDS.map(async (file) => (await readFeed(`/${file}`)).items.map((item) => item.id)),
    )
    expect(ids[1]).toEqual(ids[0])
    expect(ids[2]).toEqual(ids[0])
  })

  it('links to article pages that answer', async () => {
    const { items } = await readFeed('/feed.xml')
    const tricky = items.find((item) => item.title === TRICKY_TITLE)!
    const page = await fetch(tricky.url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('It’s your call 🌱')
  })

  it('never shows a draft, nor a published article’s draft change', async () => {
    for (const file of FEEDS) {
      const text = await (await get(`/${file}`)).text()
      expect(text).not.toContain('Unpublished draft')
      expect(text).not.toContain('Draft change')
      expect(text).not.toContain(`articles/${docs.draft.id}`)
    }
  })

  it('answers 304 to a reader that has the current feed', async () => {
    const first = await get('/feed.xml')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    // Revalidated on every poll, so a publish shows at once; unchanged, the answer is empty.
    expect(first.headers.get('cache-control')).toBe('public, no-cache')
    const again = await get('/feed.xml', { 'If-None-Match': etag! })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })
})

describe('category and author feeds', () => {
  it.each(FEEDS)('a category’s %s holds its articles only', async (file) => {
    const therapy = await readFeed(`/categories/therapy/${file}`)
    expect(therapy.title).toBe(`Therapy — ${PRACTICE}`)
    expect(therapy.self).toBe(`${cms.url}/categories/therapy/${file}`)
    expect(therapy.items.map((item) => item.title)).toEqual([
      'When to see a therapist',
      PUBLISHED_TITLE,
    ])
    const coaching = await readFeed(`/categories/coaching/${file}`)
    expect(coaching.items.map((item) => item.title)).toEqual([
      TRICKY_TITLE,
      PUBLISHED_TITLE,
      'Kept out of search engines',
    ])
  })

  it.each(FEEDS)('an author’s %s holds their articles only', async (file) => {
    const sam = await readFeed(`/authors/${docs.sam.slug}/${file}`)
    expect(sam.title).toBe(`Sam Rivera, PCC — ${PRACTICE}`)
    expect(sam.items.map((item) => item.title)).toEqual([
      'When to see a therapist',
      TRICKY_TITLE,
      'Kept out of search engines',
    ])
    const lauren = await readFeed(`/authors/${docs.lauren.slug}/${file}`)
    expect(lauren.items.map((item) => item.title)).toEqual([
      'When to see a therapist',
      PUBLISHED_TITLE,
    ])
  })

  it.each([
    '/categories/no-such-topic/feed.xml',
    '/categories/no-such-topic/atom.xml',
    '/categories/no-such-topic/feed.json',
    '/authors/nobody/feed.xml',
    '/authors/nobody/atom.xml',
    '/authors/nobody/feed.json',
  ])('%s is 404', async (path) => {
    expect((await get(path)).status).toBe(404)
  })
})

describe('sitemap.xml', () => {
  let entries: { loc: string; lastmod?: string }[]

  beforeAll(async () => {
    const response = await get('/sitemap.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const text = await response.text()
    expect(XMLValidator.validate(text)).toBe(true)
    entries = [new XMLParser().parse(text).urlset.url].flat()
  })

  const lastmodOf = (path: string) =>
    entries.find((entry) => entry.loc === `${cms.url}${path}`)?.lastmod

  it('lists the home page and every published document’s page, with its last change', async () => {
    const expected: [string, Doc][] = [
      [`/articles/${docs.oldest.slug}`, docs.oldest],
      [`/articles/${docs.tricky.slug}`, docs.tricky],
      [`/articles/${docs.newest.slug}`, docs.newest],
      [`/authors/${docs.lauren.slug}`, docs.lauren],
      [`/authors/${docs.sam.slug}`, docs.sam],
      [`/services/${docs.service.slug}`, docs.service],
      [`/categories/${docs.therapy.slug}`, docs.therapy],
      [`/categories/${docs.coaching.slug}`, docs.coaching],
      ...fillers.map((filler): [string, Doc] => [`/categories/${filler.slug}`, filler]),
    ]
    for (const [path, doc] of expected) {
      // The published document's own updatedAt (the draft change to `oldest` did not touch it).
      const published = await (await get(`/api/${path.split('/')[1]}/${doc.id}?depth=0`)).json()
      expect(lastmodOf(path), path).toBe(new Date(published.updatedAt).toISOString())
    }
    expect(entries[0].loc).toBe(`${cms.url}/`)
    expect(entries[0].lastmod).toBeTruthy()
    // Every page: filler categories run past the API's first page.
    expect(entries).toHaveLength(1 + expected.length)
  })

  it('leaves out drafts and pages hidden from search engines', () => {
    const locs = entries.map((entry) => entry.loc)
    expect(locs).not.toContain(`${cms.url}/articles/${docs.draft.slug}`)
    expect(locs).not.toContain(`${cms.url}/articles/${docs.noIndex.slug}`)
  })

  it('lists pages that answer', async () => {
    for (const entry of entries.slice(0, 10))
      expect((await fetch(entry.loc)).status, entry.loc).toBe(200)
  })
})

describe('robots.txt', () => {
  it('lets crawlers read the site, not the admin or previews, and names the sitemap', async () => {
    const response = await get('/robots.txt')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const lines = (await response.text()).split('\n')
    expect(lines).toContain('User-agent: *')
    expect(lines).toContain('Disallow: /admin')
    expect(lines).toContain('Disallow: /preview')
    expect(lines).toContain(`Sitemap: ${cms.url}/sitemap.xml`)
  })
})

/** Feed readers discover feeds in the head of the page they are given: whoever asks, they are there. */
const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
const FEED_READER = 'Feedbin feed-id:1 - 1 subscribers'

describe('feed links in the head of pages', () => {
  /** `<link rel="alternate" type=… href=… title=…>` in a page's HTML, hrefs resolved against the page. */
  async function alternates(path: string, userAgent = BROWSER) {
    const response = await get(path, { 'User-Agent': userAgent })
    expect(response.status, path).toBe(200)
    const html = await response.text()
    const headEnd = html.indexOf('</head>')
    expect(headEnd).toBeGreaterThan(0)
    const head = html.slice(0, headEnd)
    return [...head.matchAll(/<link\b[^>]*>/g)]
      .map(([tag]) =>
        Object.fromEntries(
          [...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
        ),
      )
      .filter((link) => link.rel === 'alternate')
      .map((link) => ({
        type: link.type,
        title: link.title?.replace(/&amp;/g, '&'),
        href: new URL(link.href.replace(/&amp;/g, '&'), `${cms.url}${path}`).href,
      }))
  }

  const siteFeeds = () => [
    { type: 'application/rss+xml', title: PRACTICE, href: `${cms.url}/feed.xml` },
    { type: 'application/atom+xml', title: PRACTICE, href: `${cms.url}/atom.xml` },
    { type: 'application/feed+json', title: PRACTICE, href: `${cms.url}/feed.json` },
  ]

  it.each([
    ['a browser', BROWSER],
    ['a feed reader', FEED_READER],
  ])(
    'an article page links the site’s three feeds for %s, and they answer with their type',
    async (_who, userAgent) => {
      const links = await alternates(`/articles/${docs.newest.slug}`, userAgent)
      expect(links).toEqual(expect.arrayContaining(siteFeeds()))
      for (const link of links) {
        const response = await fetch(link.href)
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type')).toBe(`${link.type}; charset=utf-8`)
      }
    },
  )

  it('the home page links them too', async () => {
    expect(await alternates('/')).toEqual(expect.arrayContaining(siteFeeds()))
  })

  it('a category page adds its own feeds', async () => {
    const links = await alternates('/categories/therapy')
    expect(links).toEqual(
      expect.arrayContaining([
        ...siteFeeds(),
        {
          type: 'application/rss+xml',
          title: `Therapy — ${PRACTICE}`,
          href: `${cms.url}/categories/therapy/feed.xml`,
        },
        {
          type: 'application/atom+xml',
          title: `Therapy — ${PRACTICE}`,
          href: `${cms.url}/categories/therapy/atom.xml`,
        },
        {
          type: 'application/feed+json',
          title: `Therapy — ${PRACTICE}`,
          href: `${cms.url}/categories/therapy/feed.json`,
        },
      ]),
    )
  })

  it('an author page adds theirs', async () => {
    const links = await alternates(`/authors/${docs.lauren.slug}`)
    const title = `Lauren Farina, MSW, LCSW — ${PRACTICE}`
    expect(links).toEqual(
      expect.arrayContaining([
        ...siteFeeds(),
        {
          type: 'application/rss+xml',
          title,
          href: `${cms.url}/authors/${docs.lauren.slug}/feed.xml`,
        },
        {
          type: 'application/atom+xml',
          title,
          href: `${cms.url}/authors/${docs.lauren.slug}/atom.xml`,
        },
        {
          type: 'application/feed+json',
          title,
          href: `${cms.url}/authors/${docs.lauren.slug}/feed.json`,
        },
      ]),
    )
  })
})

/** Last: it renames documents the tests above read. */
describe('old addresses after a slug is fixed', () => {
  const visit = (path: string) => fetch(`${cms.url}${path}`, { redirect: 'manual' })

  it('an article’s old page redirects permanently to its new one, which answers', async () => {
    const oldSlug = docs.newest.slug
    await asAdmin('PATCH', `/api/articles/${docs.newest.id}`, {
      slug: 'renamed-after-publication',
      _status: 'published',
    })
    const old = await visit(`/articles/${oldSlug}`)
    expect(old.status).toBe(308)
    expect(new URL(old.headers.get('location')!, cms.url).pathname).toBe(
      '/articles/renamed-after-publication',
    )
    expect((await visit('/articles/renamed-after-publication')).status).toBe(200)
  })

  it('a category’s and an author’s old pages and feeds redirect too, keeping the page number', async () => {
    const oldCategory = docs.therapy.slug
    await asAdmin('PATCH', `/api/categories/${docs.therapy.id}`, { slug: 'therapy-and-counseling' })
    const page = await visit(`/categories/${oldCategory}?page=1`)
    expect(page.status).toBe(308)
    expect(new URL(page.headers.get('location')!, cms.url).pathname).toBe(
      '/categories/therapy-and-counseling',
    )
    const feed = await visit(`/categories/${oldCategory}/atom.xml`)
    expect(feed.status).toBe(308)
    expect(feed.headers.get('location')).toBe(
      `${cms.url}/categories/therapy-and-counseling/atom.xml`,
    )
    const moved = await fetch(feed.headers.get('location')!)
    expect(moved.status).toBe(200)
    expect(parseFeed(await moved.text()).items.length).toBeGreaterThan(0)

    const oldAuthor = docs.lauren.slug
    await asAdmin('PATCH', `/api/authors/${docs.lauren.id}`, { slug: 'lauren-farina-lcsw' })
    const author = await visit(`/authors/${oldAuthor}`)
    expect(author.status).toBe(308)
    expect(new URL(author.headers.get('location')!, cms.url).pathname).toBe(
      '/authors/lauren-farina-lcsw',
    )
    expect((await visit(`/authors/${oldAuthor}/feed.json`)).headers.get('location')).toBe(
      `${cms.url}/authors/lauren-farina-lcsw/feed.json`,
    )
  })

  it('an address that never existed is still a 404', async () => {
    expect((await visit('/articles/never-existed-at-all')).status).toBe(404)
    expect((await visit('/categories/never-existed-at-all/feed.xml')).status).toBe(404)
  })
})
