/**
 * What the express server answers itself: liveness, readiness (including a lost database), security
 * headers and one structured log line per request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { proxyDatabase, type TcpProxy } from '../helpers/tcpProxy'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

let database: TestDatabase
let proxy: TcpProxy
let cms: CmsProcess

beforeAll(async () => {
  // The server reaches its database through a proxy this test can cut: "the database is gone".
  database = await createTestDatabase()
  const proxied = await proxyDatabase(database.url)
  proxy = proxied.proxy
  cms = await startCmsProcess({ DATABASE_URL: proxied.url })
})

afterAll(async () => {
  await cms?.stop()
  await proxy?.close()
  await database?.drop()
})

async function waitForReadiness(expected: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  let last = 0
  while (Date.now() < deadline) {
    last = (await fetch(`${cms.url}/readyz`)).status
    if (last === expected) return last
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return last
}

describe('health and readiness', () => {
  it('/healthz answers 200 while the process is alive', async () => {
    const response = await fetch(`${cms.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('/readyz answers 200 when the database answers', async () => {
    const response = await fetch(`${cms.url}/readyz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ready', database: 'ok' })
  })

  it('/readyz turns 503 when the database is gone, stays alive, and recovers when it is back', async () => {
    await proxy.cut()
    expect(await waitForReadiness(503)).toBe(503)
    const body = await (await fetch(`${cms.url}/readyz`)).json()
    expect(body).toEqual({ status: 'unavailable', reason: 'database' })
    // Liveness is unaffected: restarting the process would not bring the database back.
    expect((await fetch(`${cms.url}/healthz`)).status).toBe(200)
    expect(cms.logLines().some((line) => line.msg === 'readiness probe failed')).toBe(true)

    await proxy.restore()
    expect(await waitForReadiness(200)).toBe(200)
    // The CMS itself also works again (its pool reconnects).
    expect((await fetch(`${cms.url}/api/users/me`)).status).toBe(200)
  })
})

describe('security headers', () => {
  it('API responses forbid framing and any active content', async () => {
    const response = await fetch(`${cms.url}/api/users/me`)
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('admin pages may only be framed by the CMS itself', async () => {
    const response = await fetch(`${cms.url}/admin/login`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
  })
})

describe('request log', () => {
  it('writes one JSON line per request with its id, status and duration, without the query string', async () => {
    const response = await fetch(`${cms.url}/api/users/me?email=someone@example.com`, {
      headers: { 'x-request-id': 'test-request-42' },
    })
    expect(response.headers.get('x-request-id')).toBe('test-request-42')
    await new Promise((resolve) => setTimeout(resolve, 200))
    const lines = cms.logLines().filter((line) => line.requestId === 'test-request-42')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/api/users/me',
      status: 200,
      level: 'info',
    })
    expect(typeof lines[0].durationMs).toBe('number')
    expect(JSON.stringify(lines[0])).not.toContain('someone@example.com')
  })

  it('replaces an unsafe incoming request id with its own', async () => {
    const response = await fetch(`${cms.url}/healthz`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    })
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})
