/**
 * Every malformed request gets a 4xx that names the problem — never a 500 — and changes nothing;
 * anonymous requests are bounded. Through Payload's REST and GraphQL route handlers, as front ends
 * call them.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { usingSqlite } from '../helpers/testDatabase'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(
  () => startConsumerApp({ apiGuards: { maxAnonymousLimit: 100, maxAnonymousDepth: 2 } }),
  { people: true },
)

let articleId: number

beforeAll(async () => {
  const author = await createClinician(app.payload)
  const category = await app.payload.create({
    collection: 'categories',
    data: { title: 'Therapy' },
  })
  const article = await app.payload.create({
    collection: 'articles',
    data: {
      ...articleData('Therapy vs. Coaching', author.id),
      categories: [category.id],
      _status: 'published',
    },
  })
  articleId = article.id
})

type ErrorBody = { errors: { name: string; message: string; data?: { path: string }[] }[] }

async function expectError(response: Response, status: number, name: string, message: RegExp) {
  const text = await response.text()
  expect(response.status, text).toBe(status)
  const body = JSON.parse(text) as ErrorBody
  expect(body.errors[0].name).toBe(name)
  expect(body.errors[0].message).toMatch(message)
  return body
}

describe('ids that cannot exist', () => {
  it.each([
    // PostgreSQL's serial ids stop at 2^31 - 1; SQLite's integer ids at JavaScript's safe integers.
    [
      '/articles/abc',
      new RegExp(
        `no article with id "abc": ids are whole numbers from 1 to ${usingSqlite() ? Number.MAX_SAFE_INTEGER : 2147483647}`,
      ),
    ],
    ['/articles/99999999999999999999', /no article with id "99999999999999999999"/],
    ['/articles/0', /no article with id "0"/],
    ['/authors/not-a-number', /no author with id "not-a-number"/],
    ['/comments/1.5', /no comment with id "1.5"/],
    ['/users/abc', /no user with id "abc"/],
  ])('GET %s is 404 NotFound with the reason', async (path, message) => {
    await expectError(await app.api.request('GET', path), 404, 'NotFound', message)
  })

  it('an id that could exist but does not is 404 NotFound too', async () => {
    await expectError(
      await app.api.request('GET', '/articles/999999'),
      404,
      'NotFound',
      /Not Found/,
    )
  })

  it('PATCH and DELETE of an impossible id are 404 and change nothing', async () => {
    const before = await app.payload.count({ collection: 'articles' })
    await expectError(
      await app.api.request('PATCH', '/articles/abc', {
        token: app.sessions.editor.token,
        body: { title: 'x' },
      }),
      404,
      'NotFound',
      /ids are whole numbers/,
    )
    await expectError(
      await app.api.request('DELETE', '/articles/abc', { token: app.sessions.editor.token }),
      404,
      'NotFound',
      /ids are whole numbers/,
    )
    expect(await app.payload.count({ collection: 'articles' })).toEqual(before)
  })
})

describe('paging and depth', () => {
  it.each([
    ['page=-1', 'page', /page must be a whole number of 1 or more \(got -1\)/],
    ['page=abc', 'page', /page must be a whole number of 1 or more \(got "abc"\)/],
    ['page=1.5', 'page', /got 1.5/],
    ['limit=-1', 'limit', /limit must be a whole number of 0 or more \(got -1\)/],
    ['limit=ten', 'limit', /limit must be a whole number/],
    ['depth=-1', 'depth', /depth must be a whole number/],
    ['pagination=maybe', 'pagination', /pagination must be true or false/],
    ['draft=maybe', 'draft', /draft must be true or false \(got "maybe"\)/],
  ])('?%s is 400 QueryError naming %s', async (query, path, message) => {
    const body = await expectError(
      await app.api.request('GET', `/articles?${query}`),
      400,
      'QueryError',
      message,
    )
    expect(body.errors[0].data).toEqual(expect.arrayContaining([expect.objectContaining({ path })]))
  })

  it('never echoes a malformed page back as if it were one', async () => {
    const text = await (await app.api.request('GET', '/articles?page=abc')).text()
    expect(text).not.toContain('"page":"abc"')
  })

  it.each([
    ['limit=1000', /at most 100 documents at a time \(got 1000\)/],
    ['limit=0', /at most 100 documents at a time \(got all of them\)/],
    ['pagination=false', /at most 100 documents/],
    ['depth=3', /at most 2 levels deep \(got 3\)/],
    ['joins[servicesOffered][limit]=500', /joins.servicesOffered: .*at most 100 documents/],
  ])('anonymous ?%s is refused: requests without sign-in are bounded', async (query, message) => {
    const path = query.startsWith('joins') ? `/authors?${query}` : `/articles?${query}`
    await expectError(await app.api.request('GET', path), 400, 'QueryError', message)
  })

  it.each(['limit=100', 'depth=2', 'pagination=false&limit=50', 'page=2&limit=1'])(
    'anonymous ?%s within the bounds is answered',
    async (query) => {
      expect((await app.api.request('GET', `/articles?${query}`)).status).toBe(200)
    },
  )

  it('signed-in editors may ask for more', async () => {
    const token = app.sessions.editor.token
    expect((await app.api.request('GET', '/articles?limit=1000&depth=5', { token })).status).toBe(
      200,
    )
    expect((await app.api.request('GET', '/articles?pagination=false', { token })).status).toBe(200)
    await expectError(
      await app.api.request('GET', '/articles?depth=11', { token }),
      400,
      'QueryError',
      /at most 10 levels deep/,
    )
  })
})

describe('where filters', () => {
  it.each([
    ['where[id][in]=1,2,a', 'where.id.in', /id ids are whole numbers .*\(got "a"\)/],
    ['where[title][near]=1,2', 'where.title.near', /"near" works on point fields only/],
    ['where[title][all]=a', 'where.title.all', /"all" is not supported by this database/],
    [
      'where[comments][equals]=bogus',
      'where.comments.equals',
      /takes one of: open, closed \(got "bogus"\)/,
    ],
    ['where[comments][like]=open', 'where.comments.like', /"like" works on text fields only/],
    ['where[_status][equals]=live', 'where._status.equals', /takes one of: draft, published/],
    ['where[publishedAt][greater_than]=notadate', 'where.publishedAt.greater_than', /takes dates/],
    [
      'where[readingTimeMinutes][equals]=abc',
      'where.readingTimeMinutes.equals',
      /takes numbers \(got "abc"\)/,
    ],
    [
      'where[readingTimeMinutes][contains]=1',
      'where.readingTimeMinutes.contains',
      /"contains" works on text fields and lists only/,
    ],
    ['where[authors][equals]=abc', 'where.authors.equals', /ids are whole numbers/],
    ['where[categories][like]=1', 'where.categories.like', /"like" works on text fields only/],
    ['where[meta.noIndex][equals]=maybe', 'where.meta.noIndex.equals', /takes true or false/],
    ['where[title][exists]=maybe', 'where.title.exists', /"exists" takes true or false/],
    ['where[title][equals][x]=1', 'where.title.equals', /takes a single value, not an object/],
    ['where[title][bogus]=1', 'where.title.bogus', /"bogus" is not an operator/],
    ['where[title]=abc', 'where.title', /must name an operator/],
    ['where[or]=abc', 'where.or', /must be a list of conditions/],
    ['where[categories.slug][near]=1', 'where.categories.slug.near', /point fields only/],
    [
      'where[commentThread][equals]=1',
      'where.commentThread.equals',
      /lists related documents and cannot be filtered on itself/,
    ],
  ])('?%s is 400 QueryError at %s', async (query, path, message) => {
    const body = await expectError(
      await app.api.request('GET', `/articles?${query}`),
      400,
      'QueryError',
      message,
    )
    expect(body.errors[0].data).toEqual(expect.arrayContaining([expect.objectContaining({ path })]))
  })

  it('reports every problem of a request at once', async () => {
    const body = await expectError(
      await app.api.request('GET', '/articles?page=0&where[id][equals]=x&where[title][near]=1'),
      400,
      'QueryError',
      /page must be .* id ids are whole numbers .* point fields only/,
    )
    expect(body.errors[0].data?.map((problem) => problem.path)).toEqual([
      'page',
      'where.id.equals',
      'where.title.near',
    ])
  })

  it('a where that is not JSON is 400, not 500', async () => {
    await expectError(
      await app.api.request('GET', '/articles?where=abc'),
      400,
      'QueryError',
      /could not be read/,
    )
  })

  it('an unknown field is 400 QueryError (Payload names it)', async () => {
    await expectError(
      await app.api.request('GET', '/articles?where[nonexistent][equals]=1'),
      400,
      'QueryError',
      /nonexistent/,
    )
  })

  it.each([
    'where[categories.slug][equals]=therapy',
    'where[_status][equals]=published',
    'where[or][0][title][like]=therapy&where[or][1][id][in]=1,2',
    'where[publishedAt][less_than_equal]=2030-01-01',
    'where[readingTimeMinutes][greater_than]=0',
    'where[authors][in]=1,2',
    'where[meta.noIndex][equals]=false',
    'where[comments][in]=open,closed',
    'where[coverImage][exists]=false',
    'where[createdAt][greater_than]=2020-01-01T00:00:00Z',
  ])('a well-formed ?%s is answered', async (query) => {
    const response = await app.api.request('GET', `/articles?${query}`)
    expect(response.status, await response.clone().text()).toBe(200)
    expect((await response.json()).totalDocs).toBeGreaterThan(0)
  })
})

describe('sort, select, populate and joins', () => {
  it.each([
    ['sort=zzz', /cannot sort by "zzz": there is no such field/],
    ['sort=title,', /empty field name/],
    ['select[nonexistent]=true', /select.nonexistent: there is no field "nonexistent"/],
    ['select[title]=yes', /select.title takes true or false/],
    ['select[meta][nope]=true', /select.meta.nope: there is no field "nope"/],
    ['populate[nocollection][title]=true', /there is no collection "nocollection"/],
    ['populate[authors][nope]=true', /populate.authors.nope: there is no field/],
  ])('?%s is 400 QueryError', async (query, message) => {
    await expectError(
      await app.api.request('GET', `/articles?${query}`),
      400,
      'QueryError',
      message,
    )
  })

  it.each([
    ['joins[nope][limit]=1', /no join field "nope"/],
    ['joins[servicesOffered][limit]=abc', /must be a whole number/],
    ['joins[servicesOffered][where][kind][equals]=bogus', /takes one of: clinical, non_clinical/],
    ['joins[servicesOffered][sort]=zzz', /cannot sort by "zzz"/],
  ])('authors ?%s is 400 QueryError', async (query, message) => {
    await expectError(await app.api.request('GET', `/authors?${query}`), 400, 'QueryError', message)
  })

  it.each([
    'sort=-publishedAt,title',
    'select[title]=true&select[meta][title]=true',
    'populate[authors][displayName]=true',
    'sort=categories.slug',
  ])('a well-formed ?%s is answered', async (query) => {
    expect((await app.api.request('GET', `/articles?${query}`)).status).toBe(200)
  })
})

describe('parameters Payload mishandles', () => {
  it('joins=false leaves the joins out, as Payload documents it', async () => {
    const response = await app.api.request('GET', `/articles/${articleId}?joins=false`)
    expect(response.status).toBe(200)
    const article = await response.json()
    expect(article.title).toBe('Therapy vs. Coaching')
    expect(article.commentThread).toBeUndefined()
  })

  it('a media file that does not exist is 404 NotFound, not 500', async () => {
    await expectError(
      await app.api.request('GET', '/media/file/no-such-image.webp'),
      404,
      'NotFound',
      /no file "no-such-image.webp"/,
    )
  })
})

describe('the comment submission endpoint', () => {
  it.each(['GET', 'PATCH', 'DELETE'] as const)(
    '%s /comments/submit is 405 with Allow: POST',
    async (method) => {
      const response = await app.api.request(
        method,
        '/comments/submit',
        method === 'PATCH' ? { body: {} } : {},
      )
      await expectError(response, 405, 'MethodNotAllowed', /Submit comments with POST/)
      expect(response.headers.get('allow')).toBe('POST')
    },
  )
})

describe('the commenter-data endpoints', () => {
  it.each([
    ['POST', '/comments/personal-data', 'GET', /Export a commenter’s data with GET/],
    ['DELETE', '/comments/personal-data', 'GET', /Export a commenter’s data with GET/],
    ['GET', '/comments/personal-data/erase', 'POST', /Erase a commenter’s data with POST/],
    ['PATCH', '/comments/personal-data/erase', 'POST', /Erase a commenter’s data with POST/],
  ] as const)('%s %s is 405 with Allow: %s', async (method, path, allow, message) => {
    const response = await app.api.request(method, path, method === 'GET' ? {} : { body: {} })
    await expectError(response, 405, 'MethodNotAllowed', message)
    expect(response.headers.get('allow')).toBe(allow)
  })
})

describe('GraphQL', () => {
  const graphqlError = async (query: string) => {
    const body = await (await app.api.graphql(query)).json()
    expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0)
    return body.errors[0] as { message: string; extensions: { name: string; statusCode: number } }
  }

  it.each([
    ['{ Articles(page: -1) { totalDocs } }', /page must be a whole number of 1 or more/],
    ['{ Articles(limit: -5) { totalDocs } }', /limit must be a whole number/],
    ['{ Articles(limit: 1000) { totalDocs } }', /at most 100 documents/],
    ['{ Articles(where: { authors: { equals: "abc" } }) { totalDocs } }', /ids are whole numbers/],
    [
      '{ Articles(where: { authors: { in: ["1", "x"] } }) { totalDocs } }',
      /ids are whole numbers .*\(got "x"\)/,
    ],
    ['{ Articles(sort: "zzz") { totalDocs } }', /cannot sort by "zzz"/],
  ])('%s answers a QueryError with status 400', async (query, message) => {
    const error = await graphqlError(query)
    expect(error.message).toMatch(message)
    expect(error.extensions).toMatchObject({ name: 'QueryError', statusCode: 400 })
  })

  it('a missing article is NotFound with status 404', async () => {
    const error = await graphqlError('{ Article(id: 999999) { title } }')
    expect(error.extensions).toMatchObject({ name: 'NotFound', statusCode: 404 })
  })

  it('a well-formed query is answered', async () => {
    const body = await (
      await app.api.graphql(
        `{ Articles(limit: 100, where: { id: { equals: ${articleId} } }) { totalDocs } }`,
      )
    ).json()
    expect(body).toEqual({ data: { Articles: { totalDocs: 1 } } })
  })
})

describe('the server’s own code', () => {
  it('is not bound by the limits for anonymous requests', async () => {
    const all = await app.payload.find({ collection: 'articles', pagination: false, depth: 5 })
    expect(all.docs.length).toBe(1)
  })
})
