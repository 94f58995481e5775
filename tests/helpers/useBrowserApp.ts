/**
 * The setup every browser test file shares, registered once: the production server on a database of
 * its own with its first admin (serverWithAdmin.ts) and Debian's Chromium, started side by side
 * before the file's own hooks, and both stopped after it (the database dropped).
 *
 *   const app = useBrowserApp(ADMIN, { COMMENTS_FLOOD_SECONDS: '0' })
 *   it('…', async () => { const page = await app.browser.newPage(); await page.goto(app.cms.url) })
 *
 * Reading a field before the app is up throws and says why.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { launchChromium } from './browser'
import type { CmsProcess } from './cmsProcess'
import type { HttpClient } from './httpClient'
import type { ServerDatabase } from './serverDatabase'
import { startServerWithAdmin, type ServerWithAdmin } from './serverWithAdmin'

export type BrowserFile = {
  readonly cms: CmsProcess
  readonly database: ServerDatabase
  /** Calls the server over HTTP, as a front end does. */
  readonly http: HttpClient
  readonly browser: Browser
  /** The first admin's JWT. */
  readonly adminToken: string
}

export function useBrowserApp(
  admin: { email: string; password: string },
  env: Record<string, string | undefined> = {},
): BrowserFile {
  let server: ServerWithAdmin | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    // Both settle before anything is thrown, so whichever did start is stopped after a failure.
    const [started, launched] = await Promise.allSettled([
      startServerWithAdmin(admin, env),
      launchChromium(),
    ])
    if (started.status === 'fulfilled') server = started.value
    if (launched.status === 'fulfilled') browser = launched.value
    for (const outcome of [started, launched]) {
      if (outcome.status === 'rejected') throw outcome.reason
    }
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const ready = () => {
    if (!server || !browser) {
      throw new Error('useBrowserApp: the server is not up yet; read it in a hook or test')
    }
    return { server, browser }
  }
  return {
    get cms() {
      return ready().server.cms
    },
    get database() {
      return ready().server.database
    },
    get http() {
      return ready().server.http
    },
    get browser() {
      return ready().browser
    },
    get adminToken() {
      return ready().server.token
    },
  }
}
