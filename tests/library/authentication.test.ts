/**
 * Staff sign-in, as an attacker would probe it: guessing passwords locks the account until an admin
 * unlocks it (or ten minutes pass), weak passwords are refused on every path that sets one, signing
 * out ends the token at once, and an expired token is worth nothing.
 */
import { jwtSign } from 'payload'
import { describe, expect, it } from 'vitest'

import { startConsumerApp } from '../helpers/consumerApp'
import { TEST_ADMIN } from '../helpers/testApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { admin: true })

async function createWriter(email: string, password = 'a-long-enough-passphrase') {
  const response = await app.api.request('POST', '/users', {
    token: app.adminToken,
    body: { email, password, roles: ['writer'] },
  })
  expect(response.status).toBe(201)
  return (await response.json()).doc as { id: number }
}

const login = (email: string, password: string) =>
  app.api.request('POST', '/users/login', { body: { email, password } })

const me = async (token: string) =>
  (await (await app.api.request('GET', '/users/me', { token })).json()).user as {
    id: number
  } | null

describe('lockout', () => {
  it('locks an account after five wrong passwords, even against the right one, until an admin unlocks it', async () => {
    const email = 'guessed@example.com'
    await createWriter(email, 'the-right-passphrase')
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login(email, `wrong-guess-${attempt}`)).status).toBe(401)
    }
    const locked = await login(email, 'the-right-passphrase')
    expect(locked.status).toBe(401)
    expect(JSON.stringify(await locked.json())).toMatch(/locked/i)

    const unlock = await app.api.request('POST', '/users/unlock', {
      token: app.adminToken,
      body: { email },
    })
    expect(unlock.status).toBe(200)
    expect((await login(email, 'the-right-passphrase')).status).toBe(200)
  })

  it('lets nobody but an admin unlock', async () => {
    await createWriter('unlocker@example.com', 'unlocker-passphrase')
    const token = await app.api.login('unlocker@example.com', 'unlocker-passphrase')
    const unlock = await app.api.request('POST', '/users/unlock', {
      token,
      body: { email: TEST_ADMIN.email },
    })
    expect(unlock.status).toBe(403)
  })
})

describe('password policy', () => {
  it.each([
    ['too short', 'short-pass', /at least 12 characters/],
    ['one repeated character', 'aaaaaaaaaaaaaaaa', /more than one/],
    ['commonly used', 'Password1234', /most commonly used/],
  ])('refuses a password that is %s, on creation, and stores nothing', async (_, password, why) => {
    const email = `weak-${password.length}-${password.charCodeAt(0)}@example.com`
    const response = await app.api.request('POST', '/users', {
      token: app.adminToken,
      body: { email, password, roles: ['writer'] },
    })
    expect(response.status).toBe(400)
    const body = JSON.stringify(await response.json())
    expect(body).toMatch(why)
    expect(body).toMatch(/password/)
    const stored = await app.payload.count({
      collection: 'users',
      where: { email: { equals: email } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('refuses a weak password on a change, keeping the old one', async () => {
    const user = await createWriter('changer@example.com', 'the-old-passphrase')
    const token = await app.api.login('changer@example.com', 'the-old-passphrase')
    const change = await app.api.request('PATCH', `/users/${user.id}`, {
      token,
      body: { password: 'weak' },
    })
    expect(change.status).toBe(400)
    expect((await login('changer@example.com', 'the-old-passphrase')).status).toBe(200)
  })

  it('refuses a weak password on a reset through the emailed token, keeping the old one', async () => {
    await createWriter('forgetful@example.com', 'the-forgotten-passphrase')
    const token = await app.payload.forgotPassword({
      collection: 'users',
      data: { email: 'forgetful@example.com' },
      disableEmail: true,
    })
    const reset = await app.api.request('POST', '/users/reset-password', {
      body: { token, password: 'short' },
    })
    expect(reset.status).toBe(400)
    expect((await login('forgetful@example.com', 'the-forgotten-passphrase')).status).toBe(200)

    const goodReset = await app.api.request('POST', '/users/reset-password', {
      body: { token, password: 'a-new-long-passphrase' },
    })
    expect(goodReset.status).toBe(200)
    expect((await login('forgetful@example.com', 'a-new-long-passphrase')).status).toBe(200)
  })
})

describe('tokens', () => {
  it('stop working at once when their user signs out', async () => {
    await createWriter('leaver@example.com', 'leaver-passphrase')
    const token = await app.api.login('leaver@example.com', 'leaver-passphrase')
    expect(await me(token)).not.toBeNull()
    const logout = await app.api.request('POST', '/users/logout', { token })
    expect(logout.status).toBe(200)
    expect(await me(token)).toBeNull()
    const write = await app.api.request('POST', '/authors', { token, body: { name: 'Too late' } })
    expect(write.status).toBe(403)
  })

  it('are refused once expired, though correctly signed', async () => {
    await createWriter('expiring@example.com', 'expiring-passphrase')
    const token = await app.api.login('expiring@example.com', 'expiring-passphrase')
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<
      string,
      unknown
    >
    const { iat: _issued, exp: _expires, ...fieldsToSign } = claims
    const signed = (tokenExpiration: number) =>
      jwtSign({ fieldsToSign, secret: app.payload.secret, tokenExpiration })
    // The same claims, signed with the CMS's secret: valid for another minute, then expired a minute ago.
    expect(await me((await signed(60)).token)).not.toBeNull()
    expect(await me((await signed(-60)).token)).toBeNull()
  })

  it('last two hours', async () => {
    await createWriter('timed@example.com', 'timed-passphrase-ok')
    const response = await login('timed@example.com', 'timed-passphrase-ok')
    const { exp } = (await response.json()) as { exp: number }
    expect(exp - Date.now() / 1000).toBeGreaterThan(2 * 3600 - 60)
    expect(exp - Date.now() / 1000).toBeLessThanOrEqual(2 * 3600)
  })
})
