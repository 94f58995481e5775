/**
 * Who can see and change user accounts, through Payload's REST and GraphQL route handlers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startConsumerApp } from '../helpers/consumerApp'
import { TEST_ADMIN, type TestApp } from '../helpers/testApp'
import { createRouteClient, type RouteClient } from '../helpers/routeClient'

let harness: TestApp
let api: RouteClient
let adminToken: string
const writer = { email: 'writer@example.com', password: 'writer-password-123', roles: ['writer'] }
const moderator = {
  email: 'moderator@example.com',
  password: 'moderator-password-123',
  roles: ['moderator'],
}

beforeAll(async () => {
  harness = await startConsumerApp()
  api = createRouteClient(harness.config)
  adminToken = await api.login(TEST_ADMIN.email, TEST_ADMIN.password)
  for (const user of [writer, moderator]) {
    const response = await api.request('POST', '/users', { token: adminToken, body: user })
    expect(response.status).toBe(201)
  }
})

afterAll(async () => {
  await harness?.close()
})

describe('users', () => {
  it('are never readable anonymously, over REST or GraphQL', async () => {
    const rest = await api.request('GET', '/users')
    expect(rest.status).toBe(403)

    const graphql = await api.graphql('{ Users { docs { email } } }')
    const body = await graphql.json()
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('are all listed for an admin', async () => {
    const response = await api.request('GET', '/users?sort=email', { token: adminToken })
    const body = await response.json()
    expect(body.docs.map((user: { email: string }) => user.email)).toEqual([
      TEST_ADMIN.email,
      moderator.email,
      writer.email,
    ])
  })

  it('show a non-admin only their own account', async () => {
    const token = await api.login(writer.email, writer.password)
    const body = await (await api.request('GET', '/users', { token })).json()
    expect(body.docs.map((user: { email: string }) => user.email)).toEqual([writer.email])
  })

  it('cannot be created by a non-admin', async () => {
    const token = await api.login(moderator.email, moderator.password)
    const response = await api.request('POST', '/users', {
      token,
      body: { email: 'intruder@example.com', password: 'intruder-password', roles: ['admin'] },
    })
    expect(response.status).toBe(403)
    const { totalDocs } = await harness.payload.count({
      collection: 'users',
      where: { email: { equals: 'intruder@example.com' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('do not let a user grant themselves a role', async () => {
    const token = await api.login(writer.email, writer.password)
    const me = await (await api.request('GET', '/users/me', { token })).json()
    await api.request('PATCH', `/users/${me.user.id}`, {
      token,
      body: { roles: ['admin'], name: 'Wendy Writer' },
    })
    const stored = await harness.payload.findByID({ collection: 'users', id: me.user.id })
    expect(stored.roles).toEqual(['writer'])
    expect(stored.name).toBe('Wendy Writer')
  })

  it('keep the last admin: it can be neither demoted nor deleted', async () => {
    const me = await (await api.request('GET', '/users/me', { token: adminToken })).json()
    const demote = await api.request('PATCH', `/users/${me.user.id}`, {
      token: adminToken,
      body: { roles: ['editor'] },
    })
    expect(demote.status).toBe(400)
    expect(JSON.stringify(await demote.json())).toMatch(/last admin/i)

    const remove = await api.request('DELETE', `/users/${me.user.id}`, { token: adminToken })
    expect(remove.status).toBe(400)

    const stored = await harness.payload.findByID({ collection: 'users', id: me.user.id })
    expect(stored.roles).toEqual(['admin'])
  })

  it('reject a wrong password with 401 and no token', async () => {
    const response = await api.request('POST', '/users/login', {
      body: { email: writer.email, password: 'wrong-password' },
    })
    expect(response.status).toBe(401)
    expect((await response.json()).token).toBeUndefined()
  })
})
