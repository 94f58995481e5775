/**
 * A fresh install over real HTTP: the first admin is created with a password printed once, it can sign
 * in over REST and query GraphQL, and a restart keeps the data without creating another admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { createHttpClient } from '../helpers/httpClient'
import { createServerDatabase, stopThenDrop, type ServerDatabase } from '../helpers/serverDatabase'
import { usingPostgresServer } from '../helpers/testDatabase'

const PASSWORD_LINE = /password: (\S+)/

let database: ServerDatabase
let cms: CmsProcess | undefined

beforeAll(async () => {
  database = await createServerDatabase({ persistent: true })
})

afterAll(async () => {
  await stopThenDrop(cms, database)
})

const login = (baseUrl: string, email: string, password: string) =>
  createHttpClient(baseUrl).login(email, password)

describe('first run', () => {
  let generatedPassword = ''
  let token = ''

  it('creates an admin with a random password printed once', async () => {
    cms = await startCmsProcess({
      ...database.env,
      ADMIN_EMAIL: undefined,
      ADMIN_PASSWORD: undefined,
      SEED_DEMO_CONTENT: undefined, // the default: demo content on the embedded database only
    })
    const match = cms.output().match(PASSWORD_LINE)
    expect(match).not.toBeNull()
    generatedPassword = match![1]
    expect(generatedPassword.length).toBeGreaterThanOrEqual(20)
    expect(cms.output()).toContain('email:    admin@example.com')
  })

  it('adds the demo content on the embedded database, and none on a PostgreSQL server', async () => {
    const articles = await (await fetch(`${cms!.url}/api/articles?limit=100`)).json()
    expect(articles.totalDocs).toBe(usingPostgresServer() ? 0 : 3)
  })

  it('lets that admin sign in over REST, and refuses a wrong password', async () => {
    const response = await login(cms!.url, 'admin@example.com', generatedPassword)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.user).toMatchObject({ email: 'admin@example.com', roles: ['admin'] })
    expect(response.headers.get('set-cookie')).toMatch(/payload-token=.*HttpOnly/i)
    token = body.token

    const wrong = await login(cms!.url, 'admin@example.com', 'not-the-password')
    expect(wrong.status).toBe(401)
  })

  it('answers a GraphQL query with the signed-in user, and refuses it anonymously', async () => {
    const query = '{ Users { totalDocs docs { email roles } } meUser { user { email } } }'
    const http = createHttpClient(cms!.url)
    const signedIn = await http.graphql(query, { token })
    expect(signedIn.status).toBe(200)
    const { data } = await signedIn.json()
    expect(data.Users).toEqual({
      totalDocs: 1,
      docs: [{ email: 'admin@example.com', roles: ['admin'] }],
    })
    expect(data.meUser.user.email).toBe('admin@example.com')

    const anonymous = await http.graphql('{ Users { docs { email } } }')
    const body = await anonymous.json()
    expect(body.data.Users).toBeNull()
    expect(body.errors[0].message).toMatch(/not allowed/i)
  })

  it('keeps the data across a restart and prints no second password', async () => {
    const created = await createHttpClient(cms!.url).request('POST', '/api/users', {
      token,
      body: { email: 'writer@example.com', password: 'writer-password-123', roles: ['writer'] },
    })
    expect(created.status).toBe(201)
    expect(await cms!.stop()).toBe(0)

    cms = await startCmsProcess({
      ...database.env,
      ADMIN_EMAIL: undefined,
      ADMIN_PASSWORD: undefined,
    })
    expect(cms.output()).not.toMatch(PASSWORD_LINE)
    expect((await login(cms.url, 'writer@example.com', 'writer-password-123')).status).toBe(200)
    expect((await login(cms.url, 'admin@example.com', generatedPassword)).status).toBe(200)
  })
})

describe('first run with ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  it('creates exactly that admin and prints no password', async () => {
    const fresh = await createServerDatabase()
    const server = await startCmsProcess({
      ...fresh.env,
      ADMIN_EMAIL: 'owner@practice.example',
      ADMIN_PASSWORD: 'owner-chosen-password',
    })
    try {
      expect(server.output()).not.toMatch(PASSWORD_LINE)
      expect(
        (await login(server.url, 'owner@practice.example', 'owner-chosen-password')).status,
      ).toBe(200)
      expect((await login(server.url, 'admin@example.com', 'owner-chosen-password')).status).toBe(
        401,
      )
    } finally {
      await server.stop()
      await fresh.drop()
    }
  })
})
