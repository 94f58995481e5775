/**
 * Editors see, in the admin's authors list, each author's display name with current credentials and
 * which licenses expire within 60 days.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { signIn } from '../helpers/browser'
import { credentialIdOverHttp } from '../helpers/httpClient'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'authors-admin-password' }
const EDITOR = { email: 'editor@practice.example', password: 'authors-editor-password' }

let expiresOn: string

const app = useBrowserApp(ADMIN)

beforeAll(async () => {
  const token = app.adminToken
  await app.http.request('POST', '/api/users', { token, body: { ...EDITOR, roles: ['editor'] } })
  const credential = (abbreviation: string) => credentialIdOverHttp(app.http, token, abbreviation)
  expiresOn = new Date(Date.now() + 20 * 86_400_000).toISOString()
  const later = new Date(Date.now() + 400 * 86_400_000).toISOString()
  for (const [name, licenseExpiry] of [
    ['Eli Expiring', expiresOn],
    ['Lauren Farina', later],
  ] as const) {
    const response = await app.http.request('POST', '/api/authors', {
      token,
      body: {
        name,
        credentials: [
          { credential: await credential('MSW') },
          {
            credential: await credential('LCSW'),
            jurisdiction: 'NY',
            expiresOn: licenseExpiry,
            verified: true,
          },
        ],
      },
    })
    expect(response.status).toBe(201)
  }
})

describe('the authors list', () => {
  it('shows display names and licenses that expire within 60 days', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 800 } })
    await signIn(page, app.cms.url, EDITOR)

    await page.goto(`${app.cms.url}/admin/collections/authors`)
    const expiring = page.getByRole('row', { name: /Eli Expiring/ })
    await expiring.waitFor({ timeout: 15_000 })
    expect(await expiring.textContent()).toContain('Eli Expiring, MSW, LCSW')
    expect(await expiring.textContent()).toContain(`LCSW (NY) expires ${expiresOn.slice(0, 10)}`)

    const current = page.getByRole('row', { name: /Lauren Farina/ })
    expect(await current.textContent()).toContain('Lauren Farina, MSW, LCSW')
    expect(await current.textContent()).not.toContain('expires')
  })
})
