/**
 * The reader site's feeds and sitemap as pure functions: what a feed reader parses out of them,
 * including titles people really type (ampersands, angle brackets, curly quotes, emoji), ids that
 * survive a slug change, and the origin their links start with. Over HTTP: tests/server/readerFeeds.test.ts.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { collectSiteSettings } from '../../src/settings/site'
import { renderAtom } from '../../src/site/feeds/atom'
import { articleTag, buildFeed } from '../../src/site/feeds/feed'
import { renderJsonFeed } from '../../src/site/feeds/jsonFeed'
import { feedAlternates, siteFeedLink } from '../../src/site/feeds/links'
import { renderRss } from '../../src/site/feeds/rss'
import type { FeedEntryFragment } from '../../src/site/graphql/generated'
import { originOfRequest, siteOrigin } from '../../src/site/origin'
import { renderRobots, renderSitemap } from '../../src/site/sitemap'
import { escapeXml } from '../../src/site/xml'

const ORIGIN = 'https://www.practice.example'
const TRICKY = 'Q&A: <Therapy> & “coaching” — it’s not the same 🌱'

function article(overrides: Partial<FeedEntryFragment> = {}): FeedEntryFragment {
  return {
    id: 12,
    title: TRICKY,
    slug: 'q-and-a-therapy-and-coaching',
    excerpt: 'Fees & “fit”: <what> to ask 🙂',
    publishedAt: '2026-03-30T09:00:00.000Z',
    updatedAt: '2026-04-02T10:30:00.000Z',
    createdAt: '2026-03-28T08:00:00.000Z',
    meta: { description: 'The SEO description.' },
    authors: [{ displayName: 'Lauren Farina, MSW, LCSW', name: 'Lauren Farina', slug: 'lauren' }],
    categories: [{ title: 'Therapy & Coaching', slug: 'therapy-and-coaching' }],
    ...overrides,
  }
}

const feed = (articles: FeedEntryFragment[] = [article()]) =>
  buildFeed({
    origin: ORIGIN,
    page: '/categories/therapy-and-coaching',
    title: 'Therapy & Coaching — Invited',
    description: 'Articles about <therapy> & coaching.',
    publisher: 'Invited',
    articles,
    fallbackUpdated: '2026-01-01T00:00:00.000Z',
  })

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

describe('escapeXml', () => {
  it('escapes markup and keeps every other character, emoji included', () => {
    expect(escapeXml(`a & b <c> "d" 'e' ’ 🌱`)).toBe(
      'a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; ’ 🌱',
    )
  })

  it('drops characters XML cannot carry at all, and lone halves of surrogate pairs', () => {
    expect(escapeXml('tab\tok\u0000\u0007\u001F \uD83C x \uDF31 \uFFFE')).toBe('tab\tok  x  ')
  })
})

describe('RSS 2.0', () => {
  const rss = renderRss(feed())

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(rss)).toBe(true)
  })

  it('reads back, as a feed reader sees it, exactly as written', () => {
    const parsed = parseFeed(rss)
    expect(parsed.meta.type).toBe('rss')
    expect(parsed.title).toBe('Therapy & Coaching — Invited')
    expect(parsed.self).toBe(`${ORIGIN}/categories/therapy-and-coaching/feed.xml`)
    const [item] = parsed.items
    expect(item.title).toBe(TRICKY)
    expect(item.description).toBe('Fees & “fit”: <what> to ask 🙂')
    expect(item.url).toBe(`${ORIGIN}/articles/q-and-a-therapy-and-coaching`)
    expect(item.id).toBe('tag:www.practice.example,2026-03-28:articles/12')
    expect(item.published?.toISOString()).toBe('2026-03-30T09:00:00.000Z')
    expect(item.authors.map((author) => author.name)).toEqual(['Lauren Farina, MSW, LCSW'])
    expect(item.categories.map((category) => category.label)).toEqual(['Therapy & Coaching'])
  })

  it('says when an item was updated (atom:updated) and that its guid is not a link', () => {
    const item = xml.parse(rss).rss.channel.item
    expect(item['atom:updated']).toBe('2026-04-02T10:30:00.000Z')
    expect(item.guid['@isPermaLink']).toBe('false')
  })
})

describe('Atom 1.0', () => {
  const atom = renderAtom(feed())

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(atom)).toBe(true)
  })

  it('reads back exactly as written', () => {
    const parsed = parseFeed(atom)
    expect(parsed.meta.type).toBe('atom')
    expect(parsed.url).toBe(`${ORIGIN}/categories/therapy-and-coaching`)
    expect(parsed.self).toBe(`${ORIGIN}/categories/therapy-and-coaching/atom.xml`)
    expect(parsed.updated?.toISOString()).toBe('2026-04-02T10:30:00.000Z')
    const [entry] = parsed.items
    expect(entry.title).toBe(TRICKY)
    expect(entry.id).toBe('tag:www.practice.example,2026-03-28:articles/12')
    expect(entry.url).toBe(`${ORIGIN}/articles/q-and-a-therapy-and-coaching`)
    expect(entry.published?.toISOString()).toBe('2026-03-30T09:00:00.000Z')
    expect(entry.updated?.toISOString()).toBe('2026-04-02T10:30:00.000Z')
    expect(entry.description).toBe('Fees & “fit”: <what> to ask 🙂')
    expect(entry.authors).toEqual([
      { name: 'Lauren Farina, MSW, LCSW', url: `${ORIGIN}/authors/lauren`, email: null },
    ])
    expect(entry.categories).toEqual([
      {
        term: 'therapy-and-coaching',
        label: 'Therapy & Coaching',
        url: `${ORIGIN}/categories/`,
      },
    ])
  })

  it('names the practice as the feed author, for entries without one', () => {
    const parsed = parseFeed(renderAtom(feed([article({ authors: [] })])))
    expect(parsed.authors.map((author) => author.name)).toEqual(['Invited'])
  })

  it('is updated when its subject last changed when it has no entries', () => {
    expect(parseFeed(renderAtom(feed([]))).updated?.toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })
})

describe('JSON Feed 1.1', () => {
  const json = JSON.parse(renderJsonFeed(feed()))

  it('has what the version 1.1 specification requires, and the item as written', () => {
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.title).toBe('Therapy & Coaching — Invited')
    expect(json.feed_url).toBe(`${ORIGIN}/categories/therapy-and-coaching/feed.json`)
    expect(json.home_page_url).toBe(`${ORIGIN}/categories/therapy-and-coaching`)
    expect(json.items).toEqual([
      {
        id: 'tag:www.practice.example,2026-03-28:articles/12',
        url: `${ORIGIN}/articles/q-and-a-therapy-and-coaching`,
        title: TRICKY,
        summary: 'Fees & “fit”: <what> to ask 🙂',
        content_text: 'Fees & “fit”: <what> to ask 🙂',
        date_published: '2026-03-30T09:00:00.000Z',
        date_modified: '2026-04-02T10:30:00.000Z',
        authors: [{ name: 'Lauren Farina, MSW, LCSW', url: `${ORIGIN}/authors/lauren` }],
        tags: ['Therapy & Coaching'],
      },
    ])
  })

  it('falls back to the SEO description when an article has no excerpt', () => {
    const [item] = JSON.parse(renderJsonFeed(feed([article({ excerpt: null })]))).items
    expect(item.summary).toBe('The SEO description.')
  })
})

describe('entry ids', () => {
  it('stay the same when the slug or title changes', () => {
    const before = feed([article()]).entries[0]
    const after = feed([article({ slug: 'renamed', title: 'Renamed' })]).entries[0]
    expect(after.url).not.toBe(before.url)
    expect(after.id).toBe(before.id)
  })

  it('differ between articles', () => {
    expect(articleTag(ORIGIN, 1, '2026-01-01T00:00:00Z')).not.toBe(
      articleTag(ORIGIN, 2, '2026-01-01T00:00:00Z'),
    )
  })
})

describe('sitemap and robots.txt', () => {
  it('escapes addresses and dates each page', () => {
    const sitemap = renderSitemap([
      { loc: `${ORIGIN}/`, lastmod: '2026-04-02T10:30:00.000Z' },
      { loc: `${ORIGIN}/search?a=1&b=2`, lastmod: undefined },
    ])
    expect(XMLValidator.validate(sitemap)).toBe(true)
    expect(xml.parse(sitemap).urlset.url).toEqual([
      { loc: `${ORIGIN}/`, lastmod: '2026-04-02T10:30:00.000Z' },
      { loc: `${ORIGIN}/search?a=1&b=2` },
    ])
  })

  it('keeps crawlers out of the admin and the previews, and names the sitemap', () => {
    const robots = renderRobots(ORIGIN).split('\n')
    expect(robots).toEqual(
      expect.arrayContaining([
        'User-agent: *',
        'Disallow: /admin',
        'Disallow: /preview',
        `Sitemap: ${ORIGIN}/sitemap.xml`,
      ]),
    )
  })
})

describe('the origin of absolute links', () => {
  const request = (headers: Record<string, string>) =>
    new Request('http://127.0.0.1:3000/feed.xml', { headers })

  it('is SITE_URL, else SERVER_URL', () => {
    const settings = (env: Record<string, string>) => collectSiteSettings(env, []).publicOrigin
    expect(
      settings({ SITE_URL: 'https://www.practice.example/', SERVER_URL: 'https://cms.x' }),
    ).toBe('https://www.practice.example')
    expect(settings({ SERVER_URL: 'https://cms.practice.example' })).toBe(
      'https://cms.practice.example',
    )
    expect(settings({})).toBeUndefined()
    expect(siteOrigin(request({ host: 'elsewhere.example' }), 'https://www.practice.example')).toBe(
      'https://www.practice.example',
    )
  })

  it('is the host the request came in at when neither is set', () => {
    expect(originOfRequest(request({ host: 'www.practice.example' }))).toBe(
      'http://www.practice.example',
    )
    expect(
      originOfRequest(request({ host: 'www.practice.example', 'x-forwarded-proto': 'https' })),
    ).toBe('https://www.practice.example')
    // A Host no link should be built from: the address the server was reached at.
    expect(originOfRequest(request({ host: 'evil.example/"><x' }))).toBe('http://127.0.0.1:3000')
  })
})

describe('feed links in the head', () => {
  it('name the three formats of each feed', () => {
    expect(feedAlternates([siteFeedLink('Invited')])).toEqual({
      'application/rss+xml': [{ title: 'Invited', url: '/feed.xml' }],
      'application/atom+xml': [{ title: 'Invited', url: '/atom.xml' }],
      'application/feed+json': [{ title: 'Invited', url: '/feed.json' }],
    })
  })
})
