/**
 * Public comment submission through the real server: the client address used for flood control and
 * rate limits is the one the server saw, not a header a client sends to pose as someone else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { createHttpClient, type HttpClient } from '../helpers/httpClient'
import { createServerDatabase, type ServerDatabase } from '../helpers/serverDatabase'

const ADMIN = { email: 'admin@example.com', password: 'comments-admin-password' }

let database: ServerDatabase
let cms: CmsProcess
let http: HttpClient
let articleId: number

beforeAll(async () => {
  database = await createServerDatabase()
  cms = await startCmsProcess({
    ...database.env,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  })
  http = createHttpClient(cms.url)
  const token = await http.token(ADMIN.email, ADMIN.password)
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
  await cms?.stop()
  await database?.drop()
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
  })

  it('ignores a forged client-address header: flood control still sees the same client', async () => {
    const response = await submit('second@example.com', '10.0.0.2')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})
