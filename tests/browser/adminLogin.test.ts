/**
 * Smoke test of the admin UI in a real browser on the production build: sign in, see the dashboard,
 * and never make the browser fetch anything from outside this machine.
 */
import { mkdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'browser-smoke-password' }

const app = useBrowserApp(ADMIN)

describe('admin UI', () => {
  it('lets the admin sign in and shows the dashboard, with no request leaving the machine', async () => {
    const page = await app.browser.newPage()
    const outsideRequests: string[] = []
    page.on('request', (request) => {
      const { protocol, hostname } = new URL(request.url())
      if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1')
        outsideRequests.push(request.url())
    })

    await page.goto(`${app.cms.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()

    await page.waitForURL((url) => url.pathname === '/admin')
    await expect
      .poll(() => page.locator('.dashboard').count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    await page
      .locator('.dashboard')
      .getByText('Users', { exact: true })
      .waitFor({ timeout: 15_000 })

    await mkdir('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/admin-dashboard.png', fullPage: true })
    expect(outsideRequests).toEqual([])

    // The session is real: the users list, readable only by admins, shows the signed-in account.
    await page.goto(`${app.cms.url}/admin/collections/users`)
    await expect
      .poll(() => page.getByText(ADMIN.email).count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
  })

  it('refuses a wrong password and stays on the login page', async () => {
    const page = await app.browser.newPage()
    await page.goto(`${app.cms.url}/admin/login`)
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill('not-the-password')
    await page.locator('button[type="submit"]').click()
    await expect
      .poll(() => page.getByText(/incorrect/i).count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    expect(new URL(page.url()).pathname).toBe('/admin/login')
  })
})
