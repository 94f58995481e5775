/**
 * The response cache, over real HTTP against the production server (embedded database in `npm test`,
 * PostgreSQL in `npm run test:postgres`): anonymous reads are served from memory with ETags; every
 * change a reader could see makes the next read fresh; nothing sent with credentials, nothing asking
 * for drafts and no mutation is ever answered from the cache.
 */
import { request as httpRequest } from 'node:http'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { ArticlePageDocument } from '../../src/site/graphql/generated'
import type { CmsProcess } from '../helpers/cmsProcess'
import type { HttpClient } from '../helpers/httpClient'
import { startPurgeRecorder, type PurgeRecorder } from '../helpers/purgeRecorder'
import { startServerWithAdmin, type ServerWithAdmin } from '../helpers/serverWithAdmin'
import { usingPostgresServer } from '../helpers/testDatabase'

const ADMIN = { email: 'admin@example.com', password: 'response-cache-password' }

let server: ServerWithAdmin
let cms: CmsProcess
let http: HttpClient
let token: string
/** Stands in for Cloudflare's API: the server purges the CDN through it. */
let cdn: PurgeRecorder

beforeAll(async () => {
  cdn = await startPurgeRecorder()
  server = await startServerWithAdmin(ADMIN, {
    SEED_DEMO_CONTENT: 'true',
    COMMENTS_FLOOD_SECONDS: '0',
    JOBS_AUTORUN_CRON: '* * * * * *',
    CDN_PURGE: 'cloudflare',
    CLOUDFLARE_API_URL: cdn.url,
    CLOUDFLARE_ZONE_ID: 'practice-zone',
    CLOUDFLARE_API_TOKEN: 'cloudflare-test-token',
  })
  ;({ cms, http, token } = server)
})

afterAll(async () => {
  await server?.stop()
  await cdn?.close()
})

type Doc = Record<string, unknown> & { id: number }

/** An anonymous read: the answer, its body as text, and what the cache did. */
async function read(path: string, init: RequestInit = {}) {
  const response = await fetch(`${cms.url}${path}`, init)
  const text = await response.text()
  return { response, text, cache: response.headers.get('x-cache') }
}

const graphql = (query: string, variables?: Record<string, unknown>) =>
  read('/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })

/** Reads until the answer is served from memory (it is computed at most once). */
async function cached(reader: () => Promise<{ text: string; cache: string | null }>) {
  const first = await reader()
  const second = await reader()
  expect(second.cache).toBe('HIT')
  if (first.cache === 'MISS') expect(second.text).toBe(first.text)
  return second.text
}

async function asAdmin(method: string, path: string, body?: unknown): Promise<Doc> {
  const response = await http.request(method, path, { token, body })
  const answer = (await response.json()) as { doc?: Doc; errors?: unknown } & Doc
  expect(response.status, JSON.stringify(answer).slice(0, 400)).toBeLessThan(300)
  return (answer.doc ?? answer) as Doc
}

async function firstDoc(collection: string): Promise<Doc> {
  const response = await http.request('GET', `/api/${collection}?limit=1&depth=0&sort=id`, {
    token,
  })
  return ((await response.json()) as { docs: Doc[] }).docs[0]
}

let draftCount = 0
async function createDraft(title: string): Promise<Doc> {
  const author = await firstDoc('authors')
  draftCount += 1
  return asAdmin('POST', '/api/articles?draft=true', {
    title,
    slug: `cache-draft-${draftCount}`,
    authors: [author.id],
    excerpt: 'A draft made by the response cache test.',
    body: lexicalFromParagraphs(['Only the writer sees this until it is published.']),
    _status: 'draft',
  })
}

const publish = (id: number) => asAdmin('PATCH', `/api/articles/${id}`, { _status: 'published' })

const ARTICLE_TITLES = '/api/articles?limit=100&depth=0&select[title]=true'
const ARTICLE_TITLES_QUERY = '{ Articles(limit: 100) { docs { title } } }'

describe('anonymous reads', () => {
  it('are computed once, then served from memory with an ETag, Cache-Control and gzip', async () => {
    const first = await read('/api/articles?limit=3&depth=1')
    expect(first.response.status).toBe(200)
    const second = await read('/api/articles?limit=3&depth=1')
    expect(second.cache).toBe('HIT')
    expect(second.text).toBe(first.text)
    const etag = second.response.headers.get('etag')
    expect(etag).toMatch(/^W\/".+"$/)
    expect(second.response.headers.get('cache-control')).toBe(
      'public, max-age=10, s-maxage=10, stale-while-revalidate=60',
    )
    const docs = JSON.parse(second.text).docs as { id: number; authors: { id: number }[] }[]
    expect(docs).toHaveLength(3)
    // A CDN can purge the answer by any document in it, populated ones included.
    for (const response of [first.response, second.response]) {
      const keys = response.headers.get('surrogate-key')!.split(' ')
      const tags = response.headers.get('cache-tag')!.split(',')
      expect(tags).toEqual(keys)
      expect(keys).toContain('articles:list')
      for (const doc of docs) {
        expect(keys).toContain(`articles:${doc.id}`)
        for (const author of doc.authors) expect(keys).toContain(`authors:${author.id}`)
      }
      expect(response.headers.has('x-invited-cache-tags')).toBe(false)
    }

    const revalidated = await read('/api/articles?limit=3&depth=1', {
      headers: { 'If-None-Match': etag! },
    })
    expect(revalidated.response.status).toBe(304)
    expect(revalidated.text).toBe('')

    const gzipped = await fetch(`${cms.url}/api/articles?limit=3&depth=1`, {
      headers: { 'Accept-Encoding': 'gzip' },
    })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(await gzipped.text()).toBe(first.text) // fetch inflates it
  })

  it('answer a hit with every header and log line other answers have', async () => {
    const path = '/api/articles?limit=2&depth=0&sort=title'
    await read(path)
    const sameHeaders = (response: Response) =>
      Object.fromEntries(
        [
          'content-security-policy',
          'x-frame-options',
          'x-content-type-options',
          'referrer-policy',
          'strict-transport-security',
          'vary',
          'content-type',
          'cache-control',
          'cache-tag',
        ].map((name) => [name, response.headers.get(name)]),
      )
    const missStored = (await read(path, { headers: { Origin: 'https://elsewhere.example' } }))
      .response
    // With an Origin the hit is answered by the express path; without one, before it.
    expect(missStored.headers.get('x-cache')).toBe('HIT')
    const hit = await read(path, { headers: { 'X-Request-Id': 'hit-before-express' } })
    expect(hit.cache).toBe('HIT')
    expect(sameHeaders(hit.response)).toEqual(sameHeaders(missStored))
    expect(hit.response.headers.get('vary')).toMatch(/Accept-Encoding.*Origin/)
    expect(hit.response.headers.get('x-request-id')).toBe('hit-before-express')
    await expect
      .poll(() => cms.logLines().find((line) => line.requestId === 'hit-before-express'))
      .toMatchObject({ msg: 'request', method: 'GET', path: '/api/articles', status: 200 })
  })

  it('keys answers on everything that changes them', async () => {
    const two = JSON.parse(await cached(() => read('/api/articles?limit=2&depth=0'))).docs
    const one = JSON.parse(await cached(() => read('/api/articles?limit=1&depth=0'))).docs
    expect(two).toHaveLength(2)
    expect(one).toHaveLength(1)
    const byVariables = async (limit: number) =>
      JSON.parse(
        await cached(() =>
          graphql('query Few($limit: Int) { Articles(limit: $limit) { docs { id } } }', { limit }),
        ),
      ).data.Articles.docs
    expect(await byVariables(1)).toHaveLength(1)
    expect(await byVariables(2)).toHaveLength(2)
  })

  it('keeps answers apart that Payload builds from the Host they were asked at', async () => {
    // Without SERVER_URL, structured data links to the origin the request came in at.
    const author = await firstDoc('authors')
    const atHost = (host: string) =>
      new Promise<{ body: string; cache: string }>((resolve, reject) => {
        const url = new URL(`${cms.url}/api/authors/structured-data/${author.slug}`)
        const req = httpRequest(
          { host: url.hostname, port: url.port, path: url.pathname, headers: { Host: host } },
          (res) => {
            let body = ''
            res.on('data', (chunk) => (body += chunk))
            res.on('end', () => resolve({ body, cache: String(res.headers['x-cache']) }))
          },
        )
        req.on('error', reject)
        req.end()
      })
    await atHost('one.example')
    const one = await atHost('one.example')
    expect(one.cache).toBe('HIT')
    expect(one.body).toContain('http://one.example')
    const two = await atHost('two.example')
    expect(two.body).toContain('http://two.example')
    expect(two.body).not.toContain('one.example')
  })

  it('takes GraphQL queries over GET and POST alike, and refuses mutations over GET', async () => {
    const overPost = await cached(() => graphql(ARTICLE_TITLES_QUERY))
    const overGet = await read(`/api/graphql?query=${encodeURIComponent(ARTICLE_TITLES_QUERY)}`)
    expect(overGet.response.status).toBe(200)
    expect(overGet.cache).toBe('HIT')
    expect(overGet.text).toBe(overPost)

    const mutation = await read(
      `/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`,
    )
    expect(mutation.response.status).toBe(405)
    expect(JSON.parse(mutation.text).errors[0].message).toMatch(/send this mutation with POST/)

    const missing = await read('/api/graphql')
    expect(missing.response.status).toBe(400)
  })

  it('never answers a mutation from memory', async () => {
    const submit = () => graphql('mutation { logoutUser }') // anonymous: harmless, and always run
    const first = await submit()
    const second = await submit()
    expect([first.cache, second.cache]).toEqual(['BYPASS', 'BYPASS'])
  })
})

describe('answers with credentials or drafts', () => {
  it('are never taken from or put into the cache', async () => {
    const draft = await createDraft('Cache test: a draft only staff may see')
    const anonymous = await cached(() => read(ARTICLE_TITLES))
    expect(anonymous).not.toContain(draft.title)

    const withToken = await read(`${ARTICLE_TITLES}&draft=true`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(withToken.cache).toBe('BYPASS')
    expect(withToken.text).toContain(draft.title)

    const withCookie = await read(`${ARTICLE_TITLES}`, {
      headers: { Cookie: `payload-token=${token}` },
    })
    expect(withCookie.cache).toBe('BYPASS')

    const draftQuery = await graphql(`
      {
        Articles(draft: true, limit: 100) {
          docs {
            title
          }
        }
      }
    `)
    expect(draftQuery.cache).toBe('BYPASS')
    expect(draftQuery.text).not.toContain(draft.title)

    // The signed-in answers did not land in the anonymous cache.
    const after = await read(ARTICLE_TITLES)
    expect(after.cache).toBe('HIT')
    expect(after.text).not.toContain(draft.title)
  })
})

describe('the next anonymous read is fresh after', () => {
  async function expectFresh<T>(
    reader: () => Promise<{ text: string; cache: string | null }>,
    change: () => Promise<T>,
    check: (text: string, changed: T) => void,
  ) {
    await cached(reader)
    const changed = await change()
    const after = await reader()
    expect(after.cache).toBe('MISS')
    check(after.text, changed)
  }
  const titlesOverRest = () => read(ARTICLE_TITLES)
  const titlesOverGraphQL = () => graphql(ARTICLE_TITLES_QUERY)

  it('a draft is published (REST and GraphQL)', async () => {
    const draft = await createDraft('Cache test: published a moment ago')
    await cached(titlesOverGraphQL)
    await expectFresh(
      titlesOverRest,
      () => publish(draft.id),
      (text) => expect(text).toContain(draft.title),
    )
    const overGraphQL = await titlesOverGraphQL()
    expect(overGraphQL.cache).toBe('MISS')
    expect(overGraphQL.text).toContain(draft.title)
  })

  it('a published article is edited, unpublished, deleted', async () => {
    const article = await publish((await createDraft('Cache test: to be edited')).id)
    await expectFresh(
      titlesOverRest,
      () => asAdmin('PATCH', `/api/articles/${article.id}`, { title: 'Cache test: edited' }),
      (text) => expect(text).toContain('Cache test: edited'),
    )
    await expectFresh(
      titlesOverRest,
      () => asAdmin('PATCH', `/api/articles/${article.id}`, { _status: 'draft' }),
      (text) => expect(text).not.toContain('Cache test: edited'),
    )
    await publish(article.id)
    await expectFresh(
      titlesOverGraphQL,
      () => asAdmin('DELETE', `/api/articles/${article.id}`),
      (text) => expect(text).not.toContain('Cache test: edited'),
    )
  })

  it('an article is edited that the reader site’s article page reads (fields resolved apart)', async () => {
    // The page's query: the article by slug, its comment thread, its structured data — resolvers
    // that each read the article; the answer must carry the tags of all of them.
    const article = await publish((await createDraft('Cache test: the article page')).id)
    const articlePage = () =>
      graphql(ArticlePageDocument.toString(), {
        slug: (article as unknown as { slug: string }).slug,
      })
    // Labelled with everything it shows — the article, its author, the practice — for a CDN too.
    const labels = (await articlePage()).response.headers.get('cache-tag')?.split(',') ?? []
    const [author] = (article as unknown as { authors: (number | { id: number })[] }).authors
    const authorId = typeof author === 'object' ? author.id : author
    expect(labels).toEqual(
      expect.arrayContaining([`articles:${article.id}`, `authors:${authorId}`, 'global:practice']),
    )
    await expectFresh(
      articlePage,
      () => asAdmin('PATCH', `/api/articles/${article.id}`, { title: 'Cache test: page edited' }),
      (text) => expect(JSON.parse(text).data.articleBySlug.title).toBe('Cache test: page edited'),
    )
  })

  it('an author, a credential, a service, a category, a medium or the practice changes', async () => {
    const author = await firstDoc('authors')
    await expectFresh(
      () => read('/api/articles?limit=10&depth=1'),
      () => asAdmin('PATCH', `/api/authors/${author.id}`, { name: 'Lauren Cache-Farina' }),
      (text) => expect(text).toContain('Lauren Cache-Farina'),
    )
    // Credentials are not public themselves: readers see them in authors' names.
    const lcsw = (await asAdmin('GET', '/api/credentials?where[abbreviation][equals]=LCSW')) as {
      docs?: Doc[]
    }
    await expectFresh(
      () => read('/api/authors?limit=10&depth=0'),
      () => asAdmin('PATCH', `/api/credentials/${lcsw.docs![0].id}`, { abbreviation: 'LCSW-C' }),
      (text) => expect(text).toContain('Lauren Cache-Farina, MSW, LCSW-C'),
    )
    for (const [collection, field] of [
      ['services', 'title'],
      ['categories', 'title'],
      ['media', 'alt'],
    ] as const) {
      const doc = await firstDoc(collection)
      const value = `Renamed ${collection} for the cache test`
      await expectFresh(
        () => read(`/api/${collection}?limit=100&depth=0`),
        () => asAdmin('PATCH', `/api/${collection}/${doc.id}`, { [field]: value }),
        (text) => expect(text).toContain(value),
      )
    }
    await expectFresh(
      () => read('/api/globals/practice'),
      () => asAdmin('POST', '/api/globals/practice', { name: 'Cache Test Counseling' }),
      (text) => expect(text).toContain('Cache Test Counseling'),
    )
  })

  it('a comment is approved or removed, but not while it awaits moderation', async () => {
    const article = await firstDoc('articles')
    const comments = () => read(`/api/comments?where[target.value][equals]=${article.id}&depth=0`)
    const body = 'A comment the cache test approves.'
    await cached(comments)
    const submitted = await read('/api/comments/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        targetId: article.id,
        authorName: 'Riley',
        authorEmail: 'riley.cache@example.com',
        body,
      }),
    })
    expect(JSON.parse(submitted.text).status).toBe('pending')
    const whilePending = await comments()
    expect(whilePending.cache).toBe('HIT')
    expect(whilePending.text).not.toContain(body)

    const id = JSON.parse(submitted.text).id as number
    await expectFresh(
      comments,
      () => asAdmin('PATCH', `/api/comments/${id}`, { status: 'approved' }),
      (text) => expect(text).toContain(body),
    )
    await expectFresh(
      comments,
      () => asAdmin('DELETE', `/api/comments/${id}`),
      (text) => expect(text).not.toContain(body),
    )
  })

  it.runIf(usingPostgresServer())(
    'a scheduled publication fires in the jobs queue (queued by another instance)',
    async () => {
      const draft = await createDraft('Cache test: scheduled')
      await cached(titlesOverRest)
      const client = new pg.Client({ connectionString: server.database.env.DATABASE_URL })
      await client.connect()
      try {
        await client.query(
          `INSERT INTO payload_jobs (task_slug, input, wait_until, queue)
           VALUES ('schedulePublish', $1, now() + interval '1 second', 'default')`,
          [
            JSON.stringify({
              type: 'publish',
              doc: { relationTo: 'articles', value: draft.id },
            }),
          ],
        )
      } finally {
        await client.end()
      }
      const deadline = Date.now() + 20_000
      let latest = await titlesOverRest()
      while (!latest.text.includes(draft.title as string) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250))
        latest = await titlesOverRest()
      }
      expect(latest.text).toContain(draft.title)
    },
  )

  it('not after a draft nobody else sees is saved', async () => {
    await cached(titlesOverRest)
    const draft = await createDraft('Cache test: still a draft')
    await asAdmin('PATCH', `/api/articles/${draft.id}?draft=true`, {
      title: 'Cache test: still a draft, edited',
    })
    expect((await titlesOverRest()).cache).toBe('HIT')
  })
})

describe('a CDN in front of the server', () => {
  const purgedTags = () => new Set(cdn.calls.flatMap((call) => call.body.tags ?? []))

  it('is told to purge exactly the tags an answer carried when its content changes', async () => {
    const article = await publish((await createDraft('CDN test: published')).id)
    const byId = await read(`/api/articles/${article.id}?depth=1`)
    const carried = byId.response.headers.get('cache-tag')!.split(',')
    expect(carried).toContain(`articles:${article.id}`)
    const list = await read('/api/articles?limit=5&depth=0')
    expect(list.response.headers.get('cache-tag')!.split(',')).toContain('articles:list')

    cdn.calls.length = 0
    await asAdmin('PATCH', `/api/articles/${article.id}`, { title: 'CDN test: edited' })
    await expect.poll(() => purgedTags().has(`articles:${article.id}`)).toBe(true)
    expect(purgedTags().has('articles:list')).toBe(true)
    expect(cdn.calls[0]).toMatchObject({
      method: 'POST',
      path: '/zones/practice-zone/purge_cache',
      headers: { authorization: 'Bearer cloudflare-test-token' },
    })

    // Unpublished: every answer that read articles may hold it, so the collection tag goes.
    cdn.calls.length = 0
    await asAdmin('PATCH', `/api/articles/${article.id}`, { _status: 'draft' })
    await expect.poll(() => purgedTags().has('articles')).toBe(true)
  })

  it('is not told anything for a draft nobody else sees', async () => {
    const draft = await createDraft('CDN test: a draft')
    cdn.calls.length = 0
    await asAdmin('PATCH', `/api/articles/${draft.id}?draft=true`, {
      title: 'CDN test: still a draft',
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(cdn.calls).toEqual([])
  })
})
