/**
 * API requests answered by Payload's handlers straight from the express server
 * (src/http/payloadWithoutNext.ts) get what the same requests got through Next: the same status,
 * body and headers a client acts on, gzip when asked for, files streamed intact. The same requests
 * go to the server twice on one database: once as it runs, once with the layer left out
 * (`BENCH_SKIP_LAYERS=payloadWithoutNext`), which hands everything to Next as before.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { uploadPng } from '../helpers/uploadOverHttp'
import { createHttpClient } from '../helpers/httpClient'
import { createServerDatabase, type ServerDatabase } from '../helpers/serverDatabase'

const ADMIN = { email: 'admin@example.com', password: 'without-next-admin-password' }
const ORIGIN = 'https://front.example.com'

/** Headers only Next adds to every answer (its router's cache keys, the admin's color-scheme hint). */
const NEXT_OWN_VARY = /^(rsc|next-router-.*|sec-ch-prefers-color-scheme)$/
const COMPARED_HEADERS = [
  'content-type',
  'content-encoding',
  'cache-control',
  'location',
  'allow',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'x-content-type-options',
  'content-security-policy',
]

type Probe = { name: string; path: string; init?: RequestInit; viaNext?: boolean }
type Answer = {
  status: number
  headers: Record<string, string | null>
  vary: string[]
  body: Buffer
  servedBy: unknown
}

let database: ServerDatabase
let mediaDir: string
let cms: CmsProcess | undefined
let token: string
let probes: Probe[]
const answers: Record<'direct' | 'next', Record<string, Answer>> = { direct: {}, next: {} }

/** One request over node:http, which (unlike fetch) hands the body over as sent: gzipped or not. */
function send(url: string, init: RequestInit = {}, headers: Headers) {
  return new Promise<{ status: number; headers: Headers; body: Buffer }>((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: init.method ?? 'GET', headers: Object.fromEntries(headers) },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const received = new Headers()
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined)
              received.set(name, Array.isArray(value) ? value.join(', ') : value)
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: received,
            body: Buffer.concat(chunks),
          })
        })
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(typeof init.body === 'string' ? init.body : undefined)
  })
}

async function ask(server: CmsProcess, probe: Probe): Promise<Answer> {
  const requestId = `probe-${probe.name.replace(/\W+/g, '-')}`
  const headers = new Headers(probe.init?.headers)
  headers.set('x-request-id', requestId)
  const response = await send(`${server.url}${probe.path}`, probe.init, headers)
  const body = response.body
  const vary = (response.headers.get('vary') ?? '')
    .split(',')
    .map((one) => one.trim().toLowerCase())
    .filter((one) => one && !NEXT_OWN_VARY.test(one))
    .sort()
  // The log line is written once the answer has finished.
  let line: Record<string, unknown> | undefined
  for (let tries = 0; !line && tries < 50; tries++) {
    line = server.logLines().find((one) => one.requestId === requestId)
    if (!line) await new Promise((resolve) => setTimeout(resolve, 20))
  }
  if (!line) throw new Error(`no log line for ${probe.name}`)
  return {
    status: response.status,
    headers: Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)])),
    vary,
    body,
    servedBy: line.servedBy,
  }
}

/** The body as a client reads it: gunzipped when sent gzipped. */
const decoded = (answer: Answer) =>
  answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body

async function startOn(env: Record<string, string | undefined>) {
  return startCmsProcess({
    ...database.env,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    CORS_ORIGINS: ORIGIN,
    SERVER_URL: 'https://cms.example.com',
    // Both servers serve the uploaded file from one folder.
    MEDIA_DIR: mediaDir,
    // Every probe reaches the handlers (the cache, tested on its own, would answer repeats itself).
    RESPONSE_CACHE: 'false',
    ...env,
  })
}

beforeAll(async () => {
  database = await createServerDatabase({ persistent: true })
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'invited-without-next-media-'))
  cms = await startOn({})
  const http = createHttpClient(cms.url)
  token = await http.token(ADMIN.email, ADMIN.password)
  const upload = await uploadPng(cms.url, token, {
    fileName: 'cover.png',
    alt: 'A green field',
    width: 40,
    height: 30,
  })
  expect(upload.status).toBe(201)
  const image = (await upload.json()).doc as { id: number; filename: string }
  const author = (
    await (
      await http.request('POST', '/api/authors', { token, body: { name: 'Ada Author' } })
    ).json()
  ).doc
  const paragraphs = Array.from(
    { length: 12 },
    (_, n) => `Paragraph ${n + 1}: ${'words '.repeat(30)}`,
  )
  const article = (
    await (
      await http.request('POST', '/api/articles', {
        token,
        body: {
          title: 'Served without Next',
          body: lexicalFromParagraphs(paragraphs),
          authors: [author.id],
          coverImage: image.id,
          _status: 'published',
        },
      })
    ).json()
  ).doc as { id: number; slug: string }
  // A renamed slug: its old one answers 301 (a custom endpoint's redirect).
  const oldSlug = article.slug
  await http.request('PATCH', `/api/articles/${article.id}`, {
    token,
    body: { slug: `${oldSlug}-renamed` },
  })
  const gql = '{ Articles(limit: 5) { docs { title slug authors { name } } totalDocs } }'
  probes = [
    { name: 'list', path: '/api/articles?depth=1&limit=5' },
    {
      name: 'list gzip',
      path: '/api/articles?depth=1',
      init: { headers: { 'accept-encoding': 'gzip' } },
    },
    { name: 'one by id', path: `/api/articles/${article.id}?depth=2` },
    { name: 'by old slug', path: `/api/articles/by-slug/${oldSlug}` },
    { name: 'none found', path: '/api/articles?where[slug][equals]=no-such-article' },
    { name: 'unknown route', path: '/api/no-such-collection' },
    { name: 'trailing slash', path: '/api/articles/?limit=1', viaNext: true },
    { name: 'encoded segment', path: `/api/articles/by-slug/${encodeURIComponent('é-nope')}` },
    { name: 'bad query', path: '/api/articles?where[nope][equals]=1' },
    {
      name: 'signed in',
      path: '/api/users/me',
      init: { headers: { authorization: `JWT ${token}` } },
    },
    { name: 'cors', path: '/api/articles?limit=1', init: { headers: { origin: ORIGIN } } },
    { name: 'file', path: `/api/media/file/${image.filename}` },
    {
      name: 'graphql post',
      path: '/api/graphql',
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: gql }),
      },
    },
    { name: 'graphql get', path: `/api/graphql?query=${encodeURIComponent(gql)}` },
    {
      name: 'graphql error',
      path: '/api/graphql',
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ Articles { nope } }"}',
      },
    },
    { name: 'head', path: '/api/articles?limit=1', init: { method: 'HEAD' }, viaNext: true },
  ]
  for (const probe of probes) answers.direct[probe.name] = await ask(cms, probe)
  await cms.stop()
  cms = await startOn({ BENCH_SKIP_LAYERS: 'payloadWithoutNext' })
  for (const probe of probes) answers.next[probe.name] = await ask(cms, probe)
}, 240_000)

afterAll(async () => {
  await cms?.stop()
  await database?.drop()
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true })
})

describe('API requests without Next', () => {
  it('are answered by Payload directly: reads, GraphQL and files (HEAD still through Next)', () => {
    for (const probe of probes) {
      expect(answers.direct[probe.name]!.servedBy, probe.name).toBe(
        probe.viaNext ? undefined : 'payload',
      )
      expect(answers.next[probe.name]!.servedBy, probe.name).toBeUndefined()
    }
  })

  it('answer with the status, headers and body Next sent', () => {
    for (const probe of probes) {
      const direct = answers.direct[probe.name]!
      const next = answers.next[probe.name]!
      expect(
        { status: direct.status, headers: direct.headers, vary: direct.vary },
        probe.name,
      ).toEqual({
        status: next.status,
        headers: next.headers,
        vary: next.vary,
      })
      expect(decoded(direct).equals(decoded(next)), `${probe.name}: the same body`).toBe(true)
    }
    // The probes cover what they claim to.
    expect(answers.direct['by old slug']!.status).toBe(301)
    expect(answers.direct['unknown route']!.status).toBe(404)
    expect(answers.direct['bad query']!.status).toBe(400)
    expect(answers.direct['cors']!.headers['access-control-allow-origin']).toBe(ORIGIN)
    expect(JSON.parse(decoded(answers.direct['signed in']!).toString()).user.email).toBe(
      ADMIN.email,
    )
    expect(
      JSON.parse(decoded(answers.direct['graphql get']!).toString()).data.Articles.totalDocs,
    ).toBe(1)
    const invalid = JSON.parse(decoded(answers.direct['graphql error']!).toString())
    expect(invalid.errors[0].message).toMatch(/nope/)
  })

  it('gzip a large JSON answer for clients that accept it, and nothing else', () => {
    const gzipped = answers.direct['list gzip']!
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.vary).toContain('accept-encoding')
    expect(JSON.parse(decoded(gzipped).toString()).docs[0].title).toBe('Served without Next')
    expect(answers.direct['list']!.headers['content-encoding']).toBeNull()
    const file = answers.direct['file']!
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.body.subarray(1, 4).toString()).toBe('PNG')
  })
})
