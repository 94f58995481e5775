/**
 * The editor's session cookie in production: HttpOnly, SameSite=Lax, Secure — and a write that carries
 * it from another origin (a page elsewhere that makes the editor's browser post to the CMS) is refused
 * before it reaches Payload, while token-authenticated API clients are unaffected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServerWithAdmin, type ServerWithAdmin } from '../helpers/serverWithAdmin'

const ADMIN = { email: 'admin@example.com', password: 'cookie-admin-password' }
const FOREIGN = 'https://attacker.example'

let server: ServerWithAdmin
let cookie: string
let setCookie: string

beforeAll(async () => {
  server = await startServerWithAdmin(ADMIN)
  const login = await fetch(`${server.cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  expect(login.status).toBe(200)
  setCookie = login.headers.get('set-cookie') ?? ''
  cookie = setCookie.split(';')[0]
})

afterAll(async () => {
  await server?.stop()
})

function createAuthor(name: string, headers: Record<string, string>) {
  return fetch(`${server.cms.url}/api/authors`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name }),
  })
}

async function authorsNamed(name: string) {
  const response = await server.http.request(
    'GET',
    `/api/authors?where[name][equals]=${encodeURIComponent(name)}`,
    { token: server.token },
  )
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Secure in production', () => {
    expect(cookie).toMatch(/^payload-token=/)
    expect(setCookie).toMatch(/;\s*HttpOnly/i)
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i)
    expect(setCookie).toMatch(/;\s*Secure/i)
  })

  it('cannot write from another origin: 403, nothing stored', async () => {
    const response = await createAuthor('Forged', { cookie, origin: FOREIGN })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toMatch(/attacker\.example.*CSRF_ORIGINS/)
    expect(await authorsNamed('Forged')).toBe(0)

    const mutation = await fetch(`${server.cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: FOREIGN },
      body: JSON.stringify({
        query: 'mutation { createAuthor(data: { name: "Forged too" }) { id } }',
      }),
    })
    expect(mutation.status).toBe(403)
    expect(await authorsNamed('Forged too')).toBe(0)
  })

  it('writes from the CMS itself, and from clients that send no Origin', async () => {
    expect((await createAuthor('Same origin', { cookie, origin: server.cms.url })).status).toBe(201)
    expect((await createAuthor('No origin', { cookie })).status).toBe(201)
  })

  it('does not concern token-authenticated clients, from any origin', async () => {
    const response = await createAuthor('With a token', {
      authorization: `JWT ${server.token}`,
      origin: FOREIGN,
    })
    expect(response.status).toBe(201)
  })
})
