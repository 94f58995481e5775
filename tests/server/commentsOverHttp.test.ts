/**
 * Public comment submission through the real server — answered by Payload directly, not through
 * Next: the client address used for flood control and rate limits is the one the server saw, not a
 * header a client sends to pose as someone else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import type { CmsProcess } from '../helpers/cmsProcess'
import type { HttpClient } from '../helpers/httpClient'
import { startServerWithAdmin, type ServerWithAdmin } from '../helpers/serverWithAdmin'

const ADMIN = { email: 'admin@example.com', password: 'comments-admin-password' }

let server: ServerWithAdmin
let cms: CmsProcess
let http: HttpClient
let articleId: number

beforeAll(async () => {
  server = await startServerWithAdmin(ADMIN)
  ;({ cms, http } = server)
  const { token } = server
  const author = await (
    await http.request('POST', '/api/authors', { token, body: { name: 'Ada Author' } })
  ).json()
  const body = lexicalFromParagraphs(['Hello.'])
  const article = await http.request('POST', '/api/articles', {
    token,
    body: { title: 'Open for comments', body, authors: [author.doc.id], _status: 'published' },
  })
  articleId = (await article.json()).doc.id
})

afterAll(async () => {
  await server?.stop()
})

function submit(email: string, forgedAddress: string) {
  return fetch(`${cms.url}/api/comments/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-invited-client-address': forgedAddress },
    body: JSON.stringify({
      targetId: articleId,
      authorName: 'Sam',
      authorEmail: email,
      body: 'A thoughtful comment.',
    }),
  })
}

describe('comments over HTTP', () => {
  it('accepts a submission as pending, not cacheable', async () => {
    const response = await submit('first@example.com', '10.0.0.1')
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect((await response.json()).status).toBe('pending')
    // Answered by Payload straight from the express server, not through Next (src/http/payloadWithoutNext.ts).
    const logged = () =>
      cms.logLines().find((line) => line.msg === 'request' && line.path === '/api/comments/submit')
    await expect.poll(logged).toMatchObject({ status: 201, servedBy: 'payload' })
  })

  it('answers malformed submissions as Payload does: 400 naming the field, 405 for other methods', async () => {
    const malformed = await fetch(`${cms.url}/api/comments/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"targetId": ',
    })
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).errors).toEqual([
      { field: 'body', message: 'The request body must be a JSON object.' },
    ])
    const wrongMethod = await fetch(`${cms.url}/api/comments/submit`)
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('POST')
  })

  it('ignores a forged client-address header: flood control still sees the same client', async () => {
    const response = await submit('second@example.com', '10.0.0.2')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})
