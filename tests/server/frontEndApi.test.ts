/**
 * The API as a front end meets it over real HTTP, from the production build: CORS for front ends on
 * other origins, error names a client can branch on (the build must not minify them to "a" or "iQ"),
 * and 4xx — never 500 — for malformed requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CmsProcess } from '../helpers/cmsProcess'
import { freePort } from '../helpers/freePort'
import { fragmentBomb } from '../helpers/graphqlDocuments'
import type { HttpClient } from '../helpers/httpClient'
import { startServerWithAdmin, type ServerWithAdmin } from '../helpers/serverWithAdmin'

const ADMIN = { email: 'admin@example.com', password: 'front-end-api-password' }
const FRONT_END = 'https://www.practice.example'
const STRANGER = 'https://elsewhere.example'

let server: ServerWithAdmin
let cms: CmsProcess
let http: HttpClient
let adminToken: string

beforeAll(async () => {
  const port = await freePort()
  server = await startServerWithAdmin(ADMIN, {
    PORT: String(port),
    SERVER_URL: `http://127.0.0.1:${port}`,
    CORS_ORIGINS: FRONT_END,
  })
  ;({ cms, http, token: adminToken } = server)
})

afterAll(async () => {
  await server?.stop()
})

describe('CORS for front ends on other origins', () => {
  const preflight = (path: string, origin: string, method = 'POST') =>
    fetch(`${cms.url}${path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': method,
        'Access-Control-Request-Headers': 'content-type',
      },
    })

  it.each(['/api/graphql', '/api/comments/submit', '/api/articles'])(
    'answers a preflight to %s from an allowed origin',
    async (path) => {
      const response = await preflight(path, FRONT_END)
      expect(response.status).toBe(204)
      expect(response.headers.get('access-control-allow-origin')).toBe(FRONT_END)
      expect(response.headers.get('access-control-allow-credentials')).toBe('true')
      expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/)
      expect(response.headers.get('access-control-allow-headers')).toMatch(/Content-Type/i)
      expect(response.headers.get('vary')).toMatch(/Origin/)
    },
  )

  it('lets an allowed origin read answers, and the headers it needs', async () => {
    const response = await fetch(`${cms.url}/api/articles?limit=1`, {
      headers: { Origin: FRONT_END },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(FRONT_END)
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Retry-After/)
    expect(response.headers.get('vary')).toMatch(/Origin/)
  })

  it('refuses a preflight from any other origin, saying how to allow it', async () => {
    const response = await preflight('/api/graphql', STRANGER)
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect((await firstError(response)).message).toMatch(
      /https:\/\/elsewhere.example are not allowed: add it to CORS_ORIGINS/,
    )
    const read = await fetch(`${cms.url}/api/articles?limit=1`, { headers: { Origin: STRANGER } })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('accepts the session cookie from the allowed origin and the admin’s own, never from another', async () => {
    const login = await http.login(ADMIN.email, ADMIN.password)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]
    const me = async (origin: string) =>
      (
        (await (
          await fetch(`${cms.url}/api/users/me`, { headers: { Cookie: cookie, Origin: origin } })
        ).json()) as { user: { email: string } | null }
      ).user
    expect((await me(FRONT_END))?.email).toBe(ADMIN.email)
    expect((await me(cms.url))?.email).toBe(ADMIN.email)
    expect(await me(STRANGER)).toBeNull()
  })
})

const firstError = async (response: Response) =>
  ((await response.json()) as { errors: { name: string; message: string }[] }).errors[0]

describe('error names in the production build', () => {
  it.each([
    ['GET', '/api/articles/999999', 404, 'NotFound', undefined],
    ['GET', '/api/articles/abc', 404, 'NotFound', undefined],
    ['GET', '/api/articles?page=-1', 400, 'QueryError', undefined],
    ['GET', '/api/articles?where=abc', 400, 'QueryError', undefined],
    ['POST', '/api/articles', 400, 'ValidationError', {}],
    ['GET', '/api/users', 403, 'Forbidden', undefined],
    ['GET', '/api/comments/submit', 405, 'MethodNotAllowed', undefined],
  ])('%s %s answers %i %s', async (method, path, status, name, body) => {
    const response = await http.request(method, path, {
      body,
      token: method === 'POST' ? adminToken : undefined,
    })
    expect(response.status).toBe(status)
    expect((await firstError(response)).name).toBe(name)
  })

  it('a refused login is an AuthenticationError', async () => {
    const response = await http.login(ADMIN.email, 'not-the-password')
    expect(response.status).toBe(401)
    expect((await firstError(response)).name).toBe('AuthenticationError')
  })

  it('GraphQL errors carry the same names', async () => {
    const body = await (
      await http.graphql('{ Article(id: 999999) { title } Articles(page: 0) { totalDocs } }')
    ).json()
    const names = body.errors
      .map((error: { extensions: { name: string } }) => error.extensions.name)
      .sort()
    expect(names).toEqual(['NotFound', 'QueryError'])
  })
})

describe('requests that are not even well-formed addresses', () => {
  it.each(['/articles/%E0%A4%A', '/admin/%E0%A4%A'])('GET %s is 400, not 500', async (path) => {
    const response = await fetch(`${cms.url}${path}`)
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/broken percent-encoding/)
  })
})

describe('the log', () => {
  it('records a client’s malformed REST request as one request line, without what the client sent', async () => {
    const searched = 'private.person@example.com'
    const response = await fetch(
      `${cms.url}/api/articles?page=-7&where[title][near]=${encodeURIComponent(searched)}`,
      { headers: { 'x-request-id': 'malformed-log-check' } },
    )
    expect(response.status).toBe(400)
    // The client is told what was wrong, quoting its values…
    expect(await response.text()).toContain('(got -7)')
    const requestLine = (line: Record<string, unknown>) =>
      line.msg === 'request' && line.requestId === 'malformed-log-check' && line.status === 400
    await expect.poll(() => cms.logLines().filter(requestLine).length).toBe(1)
    expect(cms.logLines().find(requestLine)?.level).not.toBe('error')
    // …the log is not: it would copy search terms and addresses into it.
    expect(cms.output()).not.toContain(searched)
    expect(cms.output()).not.toContain('(got -7)')
  })
})

describe('GraphQL in production, as docs/frontend.md says', () => {
  it('refuses introspection and has no playground: clients use the committed schema.graphql', async () => {
    const body = await (await http.graphql('{ __schema { types { name } } }')).json()
    expect(body.errors[0].message).toMatch(/introspection is not allowed/)
    expect((await fetch(`${cms.url}/api/graphql-playground`)).status).toBe(404)
  })
})

describe('malformed requests over HTTP', () => {
  it.each([
    '/api/articles/abc',
    '/api/articles/99999999999999999999',
    '/api/authors/not-a-number',
    '/api/articles?page=-1',
    '/api/articles?where[id][in]=1,2,a',
    '/api/articles?where[title][near]=1,2',
    '/api/articles?where=abc',
    '/api/comments/submit',
    '/api/articles?limit=-1',
    '/api/articles?limit=1000',
    '/api/articles?depth=5',
    '/api/articles/%E0%A4%A',
    '/api/articles?where[commentThread][exists]=true',
    '/api/media/file/no-such-image.webp',
  ])('GET %s is a 4xx that names the problem', async (path) => {
    const response = await fetch(`${cms.url}${path}`)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const error = await firstError(response)
    expect(error.message).not.toMatch(/unknown error|Something went wrong/)
    expect(error.name).toMatch(/^[A-Z][A-Za-z]{3,}$/)
  })
})

describe('request bodies of the REST API', () => {
  const commentCount = async () =>
    (
      await (
        await fetch(`${cms.url}/api/comments?limit=1`, {
          headers: { Authorization: `JWT ${adminToken}` },
        })
      ).json()
    ).totalDocs as number

  /** A comment submission whose body is `size` bytes of JSON, sent chunked or with its length. */
  function submission(size: number, chunked: boolean): RequestInit {
    const json = JSON.stringify({
      targetCollection: 'articles',
      targetId: 1,
      authorName: 'Large',
      authorEmail: 'large@example.com',
      body: 'x'.repeat(size),
    })
    const bytes = new TextEncoder().encode(json)
    return {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: chunked
        ? new ReadableStream({
            start(controller) {
              for (let at = 0; at < bytes.length; at += 16_384)
                controller.enqueue(bytes.slice(at, at + 16_384))
              controller.close()
            },
          })
        : bytes,
      ...(chunked ? { duplex: 'half' } : {}),
    } as RequestInit
  }

  it.each([
    ['with its length', false],
    ['chunked', true],
  ])(
    'an anonymous body over 100 KB is a 413 before Payload reads it, and stores nothing (%s)',
    async (_how, chunked) => {
      const before = await commentCount()
      const response = await fetch(`${cms.url}/api/comments/submit`, submission(200_000, chunked))
      expect(response.status).toBe(413)
      const [error] = (await response.json()).errors
      expect(error).toEqual({
        name: 'PayloadTooLarge',
        message: 'The request body is larger than 100 KB.',
      })
      expect(await commentCount()).toBe(before)
    },
  )

  it('a chunked body within the limit reaches Payload whole', async () => {
    // 6,000 characters: over the comment length limit, so Payload read all of it to say so.
    const response = await fetch(`${cms.url}/api/comments/submit`, submission(6_000, true))
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/body/)
  })
})

describe('malformed GraphQL requests over HTTP', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body,
    })

  it.each([
    ['without sign-in', {}],
    ['signed in', () => ({ Authorization: `JWT ${adminToken}` })],
  ] as const)('a body that is not JSON is a 400 that says so, %s', async (_who, headers) => {
    const response = await post('{"query": "{ Articles { docs { id } } }"', {
      ...(typeof headers === 'function' ? headers() : headers),
    })
    expect(response.status).toBe(400)
    const [error] = (await response.json()).errors
    expect(error.message).toMatch(/not valid JSON/)
    expect(error.extensions.name).toBe('BadRequest')
  })

  it('a body over 100 KB without sign-in is a 413; signed in, the same body is answered', async () => {
    const body = JSON.stringify({
      query: '{ Articles(limit: 1) { docs { id } } }',
      padding: 'x'.repeat(150_000),
    })
    const anonymous = await post(body)
    expect(anonymous.status).toBe(413)
    expect((await anonymous.json()).errors[0].extensions.name).toBe('PayloadTooLarge')
    const signedIn = await post(body, { Authorization: `JWT ${adminToken}` })
    expect(signedIn.status).toBe(200)
    expect((await signedIn.json()).data.Articles.docs).toBeDefined()
  })

  it('a document beyond the query limits is refused at once, over POST and GET, however its fragments nest', async () => {
    // Each fragment spreads the next twice: 2^24 aliased fields if expanded. Payload's complexity
    // rule expands them (doubling its time per level: minutes here); the server measures each once.
    const levels = 24
    const query = fragmentBomb(levels)
    const expected = `The query uses ${2 ** levels} aliased fields; this API answers at most 30 per query.`
    const started = Date.now()
    const overPost = await post(JSON.stringify({ query }))
    const overGet = await fetch(`${cms.url}/api/graphql?query=${encodeURIComponent(query)}`)
    expect(Date.now() - started).toBeLessThan(2_000)
    for (const response of [overPost, overGet]) {
      expect(response.status).toBe(400)
      const body = await response.json()
      expect(body.data).toBeUndefined()
      expect(body.errors).toEqual([
        { message: expected, extensions: { name: 'QueryError', statusCode: 400 } },
      ])
    }
    // The server is free for the next reader.
    const next = await post(JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }))
    expect(next.status).toBe(200)
  })

  it.each([
    '/api/graphql',
    '/api/graphql?query=%7B',
    '/api/graphql?query=a&query=b',
    '/api/graphql?query=%7B%20Articles%20%7B%20docs%20%7B%20id%20%7D%20%7D%20%7D&variables=nope',
    '/api/graphql?query=mutation%20%7B%20logoutUser%20%7D',
  ])('GET %s is a 4xx that names the problem', async (path) => {
    const response = await fetch(`${cms.url}${path}`)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect((await response.json()).errors[0].extensions.name).toMatch(/^[A-Z][A-Za-z]{3,}$/)
  })
})
