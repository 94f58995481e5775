/**
 * The API as a front end meets it over real HTTP, from the production build: error names a client
 * can branch on (the build must not minify them to "a" or "iQ"), and 4xx — never 500 — for
 * malformed requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { createHttpClient, type HttpClient } from '../helpers/httpClient'
import { createServerDatabase, type ServerDatabase } from '../helpers/serverDatabase'

const ADMIN = { email: 'admin@example.com', password: 'front-end-api-password' }

let database: ServerDatabase
let cms: CmsProcess
let http: HttpClient
let adminToken: string

beforeAll(async () => {
  database = await createServerDatabase()
  cms = await startCmsProcess({ ...database.env, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  http = createHttpClient(cms.url)
  adminToken = await http.token(ADMIN.email, ADMIN.password)
})

afterAll(async () => {
  await cms?.stop()
  await database?.drop()
})

const firstError = async (response: Response) => ((await response.json()) as { errors: { name: string; message: string }[] }).errors[0]

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
    const response = await http.request(method, path, { body, token: method === 'POST' ? adminToken : undefined })
    expect(response.status).toBe(status)
    expect((await firstError(response)).name).toBe(name)
  })

  it('a refused login is an AuthenticationError', async () => {
    const response = await http.login(ADMIN.email, 'not-the-password')
    expect(response.status).toBe(401)
    expect((await firstError(response)).name).toBe('AuthenticationError')
  })

  it('GraphQL errors carry the same names', async () => {
    const body = await (await http.graphql('{ Article(id: 999999) { title } Articles(page: 0) { totalDocs } }')).json()
    const names = body.errors.map((error: { extensions: { name: string } }) => error.extensions.name).sort()
    expect(names).toEqual(['NotFound', 'QueryError'])
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
  ])('GET %s is a 4xx that names the problem', async (path) => {
    const response = await fetch(`${cms.url}${path}`)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const error = await firstError(response)
    expect(error.message).not.toMatch(/unknown error|Something went wrong/)
    expect(error.name).toMatch(/^[A-Z][A-Za-z]{3,}$/)
  })
})
