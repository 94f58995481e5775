/**
 * SIGTERM: stop accepting, finish what is in flight, close the database, exit 0.
 */
import http from 'node:http'
import { describe, expect, it } from 'vitest'

import { startCmsProcess } from '../helpers/cmsProcess'
import { createServerDatabase } from '../helpers/serverDatabase'

/** Starts a login request whose body arrives in two halves; resolves the response when it comes. */
function startSlowLogin(port: number) {
  const body = JSON.stringify({ email: 'admin@example.com', password: 'shutdown-test-password' })
  const request = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/users/login',
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
  })
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    request.on('error', reject)
  })
  const half = Math.floor(body.length / 2)
  request.write(body.slice(0, half))
  return { response, finish: () => request.end(body.slice(half)) }
}

describe('graceful shutdown', () => {
  it('finishes an in-flight request, refuses new connections, closes the database and exits 0', async () => {
    const database = await createServerDatabase()
    const cms = await startCmsProcess({
      ...database.env,
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'shutdown-test-password',
    })
    try {
      const inFlight = startSlowLogin(cms.port)
      await new Promise((resolve) => setTimeout(resolve, 300))

      cms.child.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 500))

      // The listener is closed: a new connection is refused while the old request is still open.
      await expect(fetch(`${cms.url}/healthz`)).rejects.toThrow()
      expect(cms.child.exitCode).toBeNull()

      inFlight.finish()
      const { status, body } = await inFlight.response
      expect(status).toBe(200)
      expect(JSON.parse(body).token).toEqual(expect.any(String))

      expect(await cms.exited).toBe(0)
      const messages = cms.logLines().map((line) => line.msg)
      expect(messages).toContain('shutting down')
      expect(messages.at(-1)).toBe('stopped')
    } finally {
      await cms.stop()
      await database.drop()
    }
  })

  it('cuts requests that outlive SHUTDOWN_TIMEOUT_MS instead of hanging', async () => {
    const database = await createServerDatabase()
    const cms = await startCmsProcess({ ...database.env, SHUTDOWN_TIMEOUT_MS: '1000' })
    try {
      const stuck = startSlowLogin(cms.port) // never finished
      stuck.response.catch(() => {})
      await new Promise((resolve) => setTimeout(resolve, 300))
      const started = Date.now()
      expect(await cms.stop('SIGTERM')).toBe(0)
      expect(Date.now() - started).toBeLessThan(8000)
      expect(
        cms
          .logLines()
          .some((line) => line.msg === 'shutdown timeout: closing remaining connections'),
      ).toBe(true)
    } finally {
      await cms.stop()
      await database.drop()
    }
  })
})
