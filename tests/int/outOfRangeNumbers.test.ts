/**
 * Numbers beyond what the database takes are a 400 QueryError naming the parameter (a 404 for an id
 * in the address, as for every impossible id), on every collection, over REST and GraphQL — never a
 * 500. What "takes" means: ids and relationship ids are PostgreSQL `serial`/`integer` (up to
 * 2147483647; SQLite's up to 2^53 - 1); page and limit must keep LIMIT and OFFSET exact in
 * JavaScript (2^53 - 1 documents); a number field is a `numeric` column that holds any finite
 * double, so only a value no double holds (`1e400`) is refused there.
 * `page=9999999999999999999999999999999999999999` reached the database as `OFFSET 1e+40`: a 500.
 */
import type { FlattenedField, SanitizedCollectionConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician, createComment } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startPayload, { people: true })

/** Beyond every id, page, limit and offset any database here takes. */
const HUGE = '9'.repeat(40)
/** GraphQL's Int stops at 2^31 - 1: a page and limit it lets through whose offset is not exact. */
const MAX_INT = 2_147_483_647

/** Every collection served over REST: the project's, and those Payload adds itself. */
const COLLECTIONS = [
  'articles',
  // The audit log (admins read it; nobody writes through the API).
  'audit-log',
  'authors',
  'categories',
  'comments',
  // moderatedComments' own, access denied to everyone: the guards still answer first.
  'comments-honeypot-catches',
  'comments-submission-locks',
  'credentials',
  'media',
  'payload-jobs',
  'payload-kv',
  'payload-locked-documents',
  'payload-preferences',
  'services',
  'users',
  // Webhooks' (admins only; the log read-only for everyone).
  'webhook-deliveries',
  'webhook-endpoints',
]
const JOINS = [
  ['articles', 'commentThread'],
  ['authors', 'servicesOffered'],
  ['comments', 'replies'],
] as const
const VERSIONED = ['articles']

let articleId: number

beforeAll(async () => {
  const author = await createClinician(app.payload)
  const article = await app.payload.create({
    collection: 'articles',
    data: { ...articleData('Therapy vs. Coaching', author.id), _status: 'published' },
  })
  articleId = article.id
  await createComment(app.payload, { articleId, body: 'A first approved comment.' })
})

const configOf = (slug: string): SanitizedCollectionConfig =>
  (app.payload.collections as Record<string, { config: SanitizedCollectionConfig }>)[slug].config

/**
 * Payload's preferences are read and deleted by key (`/api/payload-preferences/<key>`, also
 * `…/count`): their address holds no id.
 */
const addressedByKey = (slug: string) =>
  (configOf(slug).endpoints || []).some((endpoint) => endpoint.path === '/:key')

type ErrorBody = { errors: { name: string; message: string; data?: { path: string }[] }[] }

/** Fails with the request and the answer, so a loop over fields names the one that broke. */
async function expectAnswer(
  path: string,
  status: number | number[],
  { name, at, token }: { name?: string; at?: string; token?: string } = {},
) {
  const response = await app.api.request('GET', path, { token })
  const text = await response.text()
  expect([status].flat(), `GET ${path} → ${text}`).toContain(response.status)
  if (!name) return
  const body = JSON.parse(text) as ErrorBody
  expect(body.errors[0].name, `GET ${path} → ${text}`).toBe(name)
  if (at) {
    expect(
      body.errors[0].data?.map((problem) => problem.path),
      `GET ${path} → ${text}`,
    ).toContain(at)
    // The message names the parameter as well as `data` does (a join's as "joins.<join>: limit …").
    const named = at.startsWith('joins.')
      ? [at.slice(0, at.lastIndexOf('.')), at.slice(at.lastIndexOf('.') + 1)]
      : [at]
    for (const name of named) expect(body.errors[0].message, `GET ${path}`).toContain(name)
  }
}

type QueryableField =
  | { path: string; kind: 'number' | 'relationship' }
  | { path: string; kind: 'polymorphic'; relationTo: string }

/** The number and relationship fields a `where` can name, through groups, tabs and arrays. */
function queryableFields(fields: FlattenedField[], prefix = ''): QueryableField[] {
  return fields.flatMap((field): QueryableField[] => {
    const path = `${prefix}${field.name}`
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
      return queryableFields(field.flattenedFields, `${path}.`)
    // Hidden fields (a user's loginAttempts …) cannot be queried at all.
    if ('hidden' in field && field.hidden) return []
    if (field.type === 'number') return [{ path, kind: 'number' }]
    if (field.type === 'relationship' || field.type === 'upload')
      return Array.isArray(field.relationTo)
        ? [{ path, kind: 'polymorphic', relationTo: field.relationTo[0] }]
        : [{ path, kind: 'relationship' }]
    return []
  })
}

describe('the collections covered', () => {
  it('are every collection served over REST, with every join field and every versioned one', () => {
    const served = Object.values(app.payload.collections)
      .map(({ config }) => config)
      .filter((config) => config.endpoints !== false)
    expect(served.map((config) => config.slug).sort()).toEqual(COLLECTIONS)
    expect(
      served.flatMap((config) =>
        config.flattenedFields
          .filter((field) => field.type === 'join')
          .map((field) => [config.slug, field.name]),
      ),
    ).toEqual(JOINS)
    expect(served.filter((config) => config.versions).map((config) => config.slug)).toEqual(
      VERSIONED,
    )
  })
})

describe.each(COLLECTIONS)('REST /api/%s', (slug) => {
  it.each([
    [`page=${HUGE}`, 'page'],
    [`page=${HUGE}&limit=100`, 'page'],
    // OFFSET 1e19: past PostgreSQL's bigint.
    ['page=100000000000000000&limit=100', 'page'],
    // Exact in no double: 2^53 + 1.
    ['page=9007199254740993', 'page'],
    [`limit=${HUGE}`, 'limit'],
    [`limit=${HUGE}&page=2`, 'limit'],
    [`depth=${HUGE}`, 'depth'],
  ])('?%s is 400 QueryError naming %s', async (query, at) => {
    await expectAnswer(`/${slug}?${query}`, 400, {
      name: 'QueryError',
      at,
      token: app.sessions.admin.token,
    })
  })

  it(`?page=${HUGE} without sign-in is 400 QueryError naming page`, async () => {
    await expectAnswer(`/${slug}?page=${HUGE}`, 400, { name: 'QueryError', at: 'page' })
  })

  it('an id in the address beyond any id is 404 NotFound with the reason', async () => {
    if (addressedByKey(slug)) return
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const response = await app.api.request(method, `/${slug}/${HUGE}`, {
        token: app.sessions.admin.token,
        ...(method === 'PATCH' ? { body: {} } : {}),
      })
      const text = await response.text()
      expect(response.status, `${method} /${slug}/${HUGE} → ${text}`).toBe(404)
      expect(text).toMatch(/ids are (whole numbers from 1 to \d+|strings)/)
    }
  })

  it.each(['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'less_than_equal'])(
    'where[…][%s] on ids, relationship ids and numbers: 400 beyond what the column takes, answered within it',
    async (operator) => {
      const token = app.sessions.admin.token
      await expectAnswer(`/${slug}?where[id][${operator}]=${HUGE}`, 400, {
        name: 'QueryError',
        at: `where.id.${operator}`,
        token,
      })
      if (!addressedByKey(slug))
        await expectAnswer(`/${slug}/count?where[id][${operator}]=${HUGE}`, 400, {
          name: 'QueryError',
          token,
        })
      for (const field of queryableFields(configOf(slug).flattenedFields)) {
        if (field.kind === 'number') {
          // A numeric column holds any finite double; 1e400 is none.
          await expectAnswer(`/${slug}?where[${field.path}][${operator}]=1e400`, 400, {
            name: 'QueryError',
            at: `where.${field.path}.${operator}`,
            token,
          })
          // Within: answered (or, for collections no one may read, forbidden).
          await expectAnswer(`/${slug}?where[${field.path}][${operator}]=${HUGE}`, [200, 403], {
            token,
          })
          continue
        }
        const path = field.kind === 'polymorphic' ? `${field.path}.value` : field.path
        await expectAnswer(`/${slug}?where[${path}][${operator}]=${HUGE}`, 400, {
          name: 'QueryError',
          at: `where.${path}.${operator}`,
          token,
        })
      }
    },
  )

  it('a whole relationship to several collections, compared with an id beyond any, is 400', async () => {
    for (const field of queryableFields(configOf(slug).flattenedFields)) {
      if (field.kind !== 'polymorphic') continue
      await expectAnswer(
        `/${slug}?where[${field.path}][equals][relationTo]=${field.relationTo}&where[${field.path}][equals][value]=${HUGE}`,
        400,
        { name: 'QueryError', at: `where.${field.path}.equals`, token: app.sessions.admin.token },
      )
    }
  })
})

describe.each(JOINS)('REST /api/%s?joins[%s]', (slug, join) => {
  it.each(['limit', 'page'])(`[%s]=${HUGE} is 400 QueryError naming it`, async (parameter) => {
    for (const token of [app.sessions.admin.token, undefined]) {
      await expectAnswer(`/${slug}?joins[${join}][${parameter}]=${HUGE}`, 400, {
        name: 'QueryError',
        at: `joins.${join}.${parameter}`,
        token,
      })
    }
  })

  it('[limit] and [page] within range are answered', async () => {
    await expectAnswer(`/${slug}?joins[${join}][limit]=5&joins[${join}][page]=1000000`, 200)
  })
})

describe.each(VERSIONED)('REST /api/%s/versions', (slug) => {
  it.each([
    [`page=${HUGE}`, 'page'],
    [`limit=${HUGE}`, 'limit'],
    [`where[parent][equals]=${HUGE}`, 'where.parent.equals'],
    [`where[parent][in]=1,${HUGE}`, 'where.parent.in'],
    [`where[id][equals]=${HUGE}`, 'where.id.equals'],
    [
      'where[version.readingTimeMinutes][less_than]=1e400',
      'where.version.readingTimeMinutes.less_than',
    ],
  ])('?%s is 400 QueryError naming %s', async (query, at) => {
    await expectAnswer(`/${slug}/versions?${query}`, 400, {
      name: 'QueryError',
      at,
      token: app.sessions.editor.token,
    })
  })

  it('a version id beyond any is 404 NotFound, to read or to restore', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await app.api.request(method, `/${slug}/versions/${HUGE}`, {
        token: app.sessions.editor.token,
        ...(method === 'POST' ? { body: {} } : {}),
      })
      const text = await response.text()
      expect(response.status, `${method} → ${text}`).toBe(404)
      expect((JSON.parse(text) as ErrorBody).errors[0].message).toMatch(
        /^There is no article version with id "9+": ids are whole numbers/,
      )
    }
  })

  it('filters and sorts on the versions’ own fields within range are answered', async () => {
    const response = await app.api.request(
      'GET',
      `/${slug}/versions?where[parent][equals]=${articleId}&where[version.readingTimeMinutes][greater_than]=0&sort=-version.publishedAt&limit=5&page=2`,
      { token: app.sessions.editor.token },
    )
    expect(response.status, await response.clone().text()).toBe(200)
  })
})

describe('GraphQL', () => {
  type GraphQLError = { message: string; extensions?: { name?: string; statusCode?: number } }
  const errorsOf = async (query: string, token?: string) => {
    const body = (await (await app.api.graphql(query, { token })).json()) as {
      errors?: GraphQLError[]
    }
    return body.errors ?? []
  }
  const expectQueryError = async (query: string, message: RegExp, token?: string) => {
    const errors = await errorsOf(query, token)
    expect(errors.length, `${query} answered without errors`).toBeGreaterThan(0)
    expect(errors[0].extensions, `${query}: ${JSON.stringify(errors)}`).toMatchObject({
      name: 'QueryError',
      statusCode: 400,
    })
    expect(errors[0].message).toMatch(message)
  }

  it('every paginated query refuses a page whose offset is not exact (page × limit past 2^53)', async () => {
    const { data } = (await (
      await app.api.graphql(
        '{ __schema { queryType { fields { name args { name } type { name fields { name } } } } } }',
      )
    ).json()) as {
      data: {
        __schema: {
          queryType: {
            fields: {
              name: string
              args: { name: string }[]
              type: { name: string | null; fields: { name: string }[] | null }
            }[]
          }
        }
      }
    }
    const paginated = data.__schema.queryType.fields.filter(
      (field) =>
        field.args.some((arg) => arg.name === 'page') &&
        field.type.fields?.some((typeField) => typeField.name === 'totalDocs'),
    )
    // Every list of a collection served over GraphQL, its versions' list, and the article feed.
    const overGraphQL = Object.values(app.payload.collections).filter(
      ({ config }) => config.graphQL !== false,
    )
    expect(paginated.length).toBeGreaterThanOrEqual(overGraphQL.length)
    for (const { name } of paginated) {
      await expectQueryError(
        `{ ${name}(page: ${MAX_INT}, limit: ${MAX_INT}) { totalDocs } }`,
        /page must be a whole number from 1 to \d+ when limit is 2147483647 \(got 2147483647\)/,
        app.sessions.admin.token,
      )
    }
  })

  it('a far page with a page size that keeps the offset exact is answered', async () => {
    const errors = await errorsOf(`{ Articles(page: ${MAX_INT}, limit: 100) { totalDocs } }`)
    expect(errors).toEqual([])
  })

  it.each([
    [
      `{ Authors { docs { servicesOffered(page: ${MAX_INT}, limit: ${MAX_INT}) { hasNextPage } } } }`,
      /page must be a whole number from 1 to \d+ when limit is 2147483647/,
    ],
    [
      `{ Articles { docs { commentThread(page: ${MAX_INT}, limit: ${MAX_INT}) { hasNextPage } } } }`,
      /page must be a whole number from 1 to \d+ when limit is 2147483647/,
    ],
    [
      `{ versionsArticles(where: { parent: { equals: "${HUGE}" } }) { totalDocs } }`,
      /where\.parent\.equals: parent ids are whole numbers/,
    ],
    [
      `{ Articles(where: { authors: { in: [1, ${HUGE}] } }) { totalDocs } }`,
      /where\.authors\.in: authors ids are whole numbers/,
    ],
    [
      `{ Comments(where: { parent: { equals: ${HUGE} } }) { totalDocs } }`,
      /where\.parent\.equals: parent ids are whole numbers/,
    ],
    [
      `{ Articles(where: { readingTimeMinutes: { equals: 1e400 } }) { totalDocs } }`,
      /where\.readingTimeMinutes\.equals: readingTimeMinutes takes numbers/,
    ],
  ])('%s is a QueryError with status 400', async (query, message) => {
    await expectQueryError(query, message, app.sessions.admin.token)
  })

  it('numbers within what the database takes are answered', async () => {
    for (const query of [
      `{ Articles(where: { readingTimeMinutes: { greater_than: -1.7976931348623157e308 } }) { totalDocs } }`,
      `{ Articles(where: { id: { equals: ${MAX_INT} } }) { totalDocs } }`,
      `{ Authors { docs { servicesOffered(page: ${MAX_INT}, limit: 100) { hasNextPage } } } }`,
    ]) {
      expect(await errorsOf(query, app.sessions.admin.token), query).toEqual([])
    }
  })

  it('ids GraphQL itself cannot carry (past Int) are refused by GraphQL, never a 500', async () => {
    const errors = await errorsOf(`{ Service(id: ${MAX_INT + 1}) { id } }`)
    expect(errors[0].message).toMatch(/Int cannot represent|invalid value/)
    expect(errors.every((error) => (error.extensions?.statusCode ?? 400) < 500)).toBe(true)
  })
})
