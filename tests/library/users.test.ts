/**
 * Who can see and change user accounts, through Payload's REST and GraphQL route handlers.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { startConsumerApp } from '../helpers/consumerApp'
import { TEST_ADMIN } from '../helpers/testApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { admin: true })

const writer = { email: 'writer@example.com', password: 'writer-password-123', roles: ['writer'] }
const moderator = {
  email: 'moderator@example.com',
  password: 'moderator-password-123',
  roles: ['moderator'],
}

beforeAll(async () => {
  for (const user of [writer, moderator]) {
    const response = await app.api.request('POST', '/users', { token: app.adminToken, body: user })
    expect(response.status).toBe(201)
  }
})

describe('users', () => {
  it('are never readable anonymously, over REST or GraphQL', async () => {
    const rest = await app.api.request('GET', '/users')
    expect(rest.status).toBe(403)

    const graphql = await app.api.graphql('{ Users { docs { email } } }')
    const body = await graphql.json()
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('are all listed for an admin', async () => {
    const response = await app.api.request('GET', '/users?sort=email', { token: app.adminToken })
    const body = await response.json()
    expect(body.docs.map((user: { email: string }) => user.email)).toEqual([
      TEST_ADMIN.email,
      moderator.email,
      writer.email,
    ])
  })

  it('show a non-admin only their own account', async () => {
    const token = await app.api.login(writer.email, writer.password)
    const body = await (await app.api.request('GET', '/users', { token })).json()
    expect(body.docs.map((user: { email: string }) => user.email)).toEqual([writer.email])
  })

  it('cannot be created by a non-admin', async () => {
    const token = await app.api.login(moderator.email, moderator.password)
    const response = await app.api.request('POST', '/users', {
      token,
      body: { email: 'intruder@example.com', password: 'intruder-password', roles: ['admin'] },
    })
    expect(response.status).toBe(403)
    const { totalDocs } = await app.payload.count({
      collection: 'users',
      where: { email: { equals: 'intruder@example.com' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('do not let a user grant themselves a role', async () => {
    const token = await app.api.login(writer.email, writer.password)
    const me = await (await app.api.request('GET', '/users/me', { token })).json()
    await app.api.request('PATCH', `/users/${me.user.id}`, {
      token,
      body: { roles: ['admin'], name: 'Wendy Writer' },
    })
    const stored = await app.payload.findByID({ collection: 'users', id: me.user.id })
    expect(stored.roles).toEqual(['writer'])
    expect(stored.name).toBe('Wendy Writer')
  })

  it('keep the last admin: it can be neither demoted nor deleted', async () => {
    const me = await (await app.api.request('GET', '/users/me', { token: app.adminToken })).json()
    const demote = await app.api.request('PATCH', `/users/${me.user.id}`, {
      token: app.adminToken,
      body: { roles: ['editor'] },
    })
    expect(demote.status).toBe(400)
    expect(JSON.stringify(await demote.json())).toMatch(/last admin/i)

    const remove = await app.api.request('DELETE', `/users/${me.user.id}`, {
      token: app.adminToken,
    })
    expect(remove.status).toBe(400)

    const stored = await app.payload.findByID({ collection: 'users', id: me.user.id })
    expect(stored.roles).toEqual(['admin'])
  })

  it('reject a wrong password with 401 and no token', async () => {
    const response = await app.api.request('POST', '/users/login', {
      body: { email: writer.email, password: 'wrong-password' },
    })
    expect(response.status).toBe(401)
    expect((await response.json()).token).toBeUndefined()
  })
})
