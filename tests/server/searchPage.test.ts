/**
 * The reader site's search (`/search?q=…`, and the form in every page's header) on the production
 * build, whose database got the search index from the committed migration (production never pushes):
 * ranked results with highlighted snippets, a typo corrected, pagination, a helpful empty state,
 * a clear message for a query the API refuses, markup in an article shown as text, and no draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import type { HttpClient } from '../helpers/httpClient'
import { startServerWithAdmin, type ServerWithAdmin } from '../helpers/serverWithAdmin'

const ADMIN = { email: 'admin@example.com', password: 'search-page-password' }
const DRAFT_WORD = 'zanzibarine'

let server: ServerWithAdmin
let http: HttpClient

async function asAdmin(method: string, path: string, body?: unknown) {
  const response = await http.request(method, path, { token: server.token, body })
  const answer = await response.json()
  if (response.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(answer)}`)
  return answer.doc as { id: number; slug: string }
}

async function page(path: string) {
  const response = await fetch(`${server.cms.url}${path}`)
  return { status: response.status, html: await response.text() }
}

/** The page's text between two markers, tags removed: what a reader sees. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")

beforeAll(async () => {
  server = await startServerWithAdmin(ADMIN)
  http = server.http
  const author = await asAdmin('POST', '/api/authors', { name: 'Lauren Farina' })
  const article = (title: string, paragraphs: string[], publishedAt: string, extra = {}) =>
    asAdmin('POST', '/api/articles', {
      title,
      body: lexicalFromParagraphs(paragraphs),
      authors: [author.id],
      publishedAt,
      _status: 'published',
      ...extra,
    })
  await article(
    'Therapy vs. Coaching',
    ['Coaching looks ahead; therapy can heal what hurts.'],
    '2026-01-10T09:00:00.000Z',
  )
  await article(
    'A Calm Morning <script>alert(1)</script>',
    ['A routine with a little coaching <b>inside</b>.'],
    '2026-02-10T09:00:00.000Z',
  )
  for (let n = 1; n <= 12; n++) {
    await article(`Gratitude Letter ${n}`, ['Write it by hand.'], `2026-03-${10 + n}T09:00:00.000Z`)
  }
  await asAdmin('POST', '/api/articles?draft=true', {
    title: 'Not yet',
    body: lexicalFromParagraphs([`A ${DRAFT_WORD} coaching draft.`]),
    authors: [author.id],
    _status: 'draft',
  })
})

afterAll(async () => {
  await server?.stop()
})

describe('the search page', () => {
  it('every page has a labelled search form in its header', async () => {
    const { html } = await page('/')
    expect(html).toMatch(
      /<form[^>]*role="search"[^>]*aria-label="Site"[^>]*action="\/search"|<form[^>]*action="\/search"[^>]*role="search"/,
    )
    expect(html).toMatch(/<label[^>]*for="site-search-q"[^>]*>Search articles<\/label>/)
    expect(html).toMatch(/<input[^>]*id="site-search-q"[^>]*name="q"/)
  })

  it('lists matches best first, with the matched words marked, and says how many', async () => {
    const { status, html } = await page('/search?q=coaching')
    expect(status).toBe(200)
    expect(textOf(html)).toContain('2 articles for “coaching”')
    const first = html.indexOf('Therapy vs. ')
    const second = html.indexOf('A Calm Morning')
    expect(first).toBeGreaterThan(0)
    expect(second).toBeGreaterThan(first)
    expect(html).toContain('<mark>Coaching</mark>')
    expect(html).toMatch(/name="robots" content="noindex, follow"/)
  })

  it('shows markup from an article as text, never as HTML', async () => {
    const { html } = await page('/search?q=calm')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('&lt;b&gt;inside&lt;/b&gt;')
  })

  it('corrects a typo and says what it searched for instead', async () => {
    const { html } = await page('/search?q=coching')
    expect(textOf(html)).toContain('we looked for “coaching” instead of “coching”')
    expect(html).toContain('Therapy vs. ')
  })

  it('pages through results, keeping the query in the links', async () => {
    const first = await page('/search?q=gratitude')
    expect(textOf(first.html)).toContain('12 articles for “gratitude” — 1 to 10')
    expect(first.html).toContain('href="/search?q=gratitude&amp;page=2"')
    const second = await page('/search?q=gratitude&page=2')
    expect(textOf(second.html)).toContain('11 to 12')
    expect(second.html).toContain('href="/search?q=gratitude"')
    expect((await page('/search?q=gratitude&page=0')).status).toBe(404)
  })

  it('helps when nothing matches, and never finds a draft', async () => {
    const { status, html } = await page(`/search?q=${DRAFT_WORD}`)
    expect(status).toBe(200)
    expect(textOf(html)).toContain(`No published article matches “${DRAFT_WORD}”`)
    expect(html).toContain('href="/"')
    expect(html).not.toContain('Not yet')
  })

  it('asks for words when the query is empty, and explains a query the API refuses', async () => {
    expect(textOf((await page('/search')).html)).toContain('Type a word or two')
    const tooLong = await page(`/search?q=${'a'.repeat(201)}`)
    expect(tooLong.status).toBe(200)
    expect(textOf(tooLong.html)).toContain('may have at most 200 characters')
  })

  it('a cached answer is forgotten when an article is published, even an answer with no hits', async () => {
    const search = async () => {
      const response = await fetch(`${server.cms.url}/api/articles/search?q=quillwort`)
      return {
        cache: response.headers.get('x-cache'),
        totalDocs: ((await response.json()) as { totalDocs: number }).totalDocs,
      }
    }
    expect((await search()).totalDocs).toBe(0)
    expect(await search()).toEqual({ cache: 'HIT', totalDocs: 0 })
    const author = await asAdmin('POST', '/api/authors', { name: 'Noor Haddad' })
    await asAdmin('POST', '/api/articles', {
      title: 'Quillwort and Patience',
      body: lexicalFromParagraphs(['A slow plant.']),
      authors: [author.id],
      _status: 'published',
    })
    await expect.poll(async () => (await search()).totalDocs, { timeout: 5000 }).toBe(1)
  })

  it('the REST endpoint answers the same search from the migrated database', async () => {
    const response = await fetch(`${server.cms.url}/api/articles/search?q=coching`)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.correctedQuery).toBe('coaching')
    expect(body.totalDocs).toBe(2)
    expect(body.docs[0].article.title).toBe('Therapy vs. Coaching')
  })
})
