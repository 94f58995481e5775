/**
 * The webhook loop end to end, set up as a practice would (Chromium, production build): an admin adds
 * a webhook endpoint for the reader site in the admin and copies its signing secret, shown once; the
 * site is started with it (SITE_WEBHOOK_SECRET) and from then on caches what it reads from the CMS.
 * A change nobody announces stays invisible to readers; a change published in the admin reaches an
 * open page within REVALIDATED_WITHIN_MS — no restart, no polling of the CMS by the site.
 */
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, signIn } from '../helpers/browser'
import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { freePort } from '../helpers/freePort'
import { createHttpClient, type HttpClient } from '../helpers/httpClient'
import { createServerDatabase, stopThenDrop, type ServerDatabase } from '../helpers/serverDatabase'

/** The bound this test holds the loop to: publish in the admin → the reader's page shows it. */
const REVALIDATED_WITHIN_MS = 10_000
const ADMIN = { email: 'admin@practice.example', password: 'webhook-loop-admin-password' }
const REFERENCE = '/articles/therapy-vs-coaching-whats-the-difference'
const ORIGINAL_TITLE = "Therapy vs. Coaching: What's the Difference?"

let database: ServerDatabase
let cms: CmsProcess
let browser: Browser
let admin: Page
let reader: Page
let http: HttpClient
let port: number
let secret: string
let endpointId: number

/** Kept across the restart, as a server's media folder is. */
const MEDIA_DIR = path.join(os.tmpdir(), `invited-webhook-loop-media-${process.pid}`)

const environment = (extra: Record<string, string> = {}) => ({
  ...database.env,
  MEDIA_DIR,
  PORT: String(port),
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  SEED_DEMO_CONTENT: 'true',
  // The receiver is this very server, on loopback: allowed by name, as docs/webhooks.md says.
  WEBHOOKS_ALLOWED_HOSTS: '127.0.0.1',
  ...extra,
})

const readerTitle = async () => {
  await reader.goto(`${cms.url}${REFERENCE}`)
  return reader.locator('h1').first().textContent()
}

async function articleId(): Promise<number> {
  const answer = await (
    await http.request('GET', `/api/articles/by-slug/${REFERENCE.split('/').pop()}?depth=0`)
  ).json()
  return answer.id
}

beforeAll(async () => {
  database = await createServerDatabase({ persistent: true })
  port = await freePort()
  ;[cms, browser] = await Promise.all([startCmsProcess(environment()), launchChromium()])
  admin = await browser.newPage()
  reader = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await stopThenDrop(cms, database)
  await rm(MEDIA_DIR, { recursive: true, force: true })
})

describe('setting up the reader site’s webhook', () => {
  it('an admin adds the endpoint and copies its signing secret, shown once', async () => {
    await signIn(admin, cms.url, ADMIN)
    await admin.goto(`${cms.url}/admin/collections/webhook-endpoints/create`)
    await admin.locator('input[name="name"]').fill('Reader site')
    await admin.locator('input[name="url"]').fill(`http://127.0.0.1:${port}/webhooks/cms`)
    for (const event of ['article.published', 'article.updated', 'article.unpublished']) {
      await admin.locator('#field-events .rs__control').click()
      await admin.locator('.rs__option', { hasText: new RegExp(`^${event}$`) }).click()
    }
    await admin.getByRole('button', { name: 'Save', exact: true }).click()
    await admin.waitForURL(/\/admin\/collections\/webhook-endpoints\/\d+/, { timeout: 20_000 })
    endpointId = Number(new URL(admin.url()).pathname.split('/').pop())

    await admin.getByRole('button', { name: 'Show signing secret (once)' }).click()
    const shown = admin.locator('output[aria-label="Signing secret"]')
    await shown.waitFor({ timeout: 15_000 })
    secret = (await shown.innerText()).trim()
    expect(secret).toMatch(/^whsec_/)

    // Once: after a reload the admin cannot see it again, and is told how to get a new one.
    await admin.reload()
    await admin.getByRole('button', { name: 'Show signing secret (once)' }).click()
    await expect
      .poll(() => admin.getByRole('alert').allInnerTexts(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/not shown again.*Rotate/)]))
  })

  it('the site, started with the secret, caches its reads: an unannounced change stays invisible', async () => {
    await cms.stop()
    cms = await startCmsProcess(environment({ SITE_WEBHOOK_SECRET: secret }))
    http = createHttpClient(cms.url)
    const token = await http.token(ADMIN.email, ADMIN.password)
    expect(await readerTitle()).toBe(ORIGINAL_TITLE)

    // The endpoint switched off, a published change is not announced: readers keep the cached page.
    const off = await http.request('PATCH', `/api/webhook-endpoints/${endpointId}`, {
      token,
      body: { active: false },
    })
    expect(off.status).toBe(200)
    const edit = await http.request('PATCH', `/api/articles/${await articleId()}`, {
      token,
      body: { title: 'Changed while nobody was told' },
    })
    expect(edit.status).toBe(200)
    expect(await readerTitle()).toBe(ORIGINAL_TITLE)

    await http.request('PATCH', `/api/webhook-endpoints/${endpointId}`, {
      token,
      body: { active: true },
    })
  })

  it(`a title published in the admin reaches the reader’s page within ${REVALIDATED_WITHIN_MS / 1000} s`, async () => {
    const NEW_TITLE = 'Therapy or Coaching? How to Choose'
    // Still signed in from before the restart: the session outlives it (same secret, same database).
    await admin.goto(`${cms.url}/admin/collections/articles/${await articleId()}`)
    const title = admin.locator('input[name="title"]')
    await title.waitFor({ timeout: 15_000 })
    await title.fill(NEW_TITLE)
    await admin.getByRole('button', { name: /publish changes/i }).click()
    const publishedAt = Date.now()
    await expect
      .poll(() => admin.getByText(/published successfully|updated successfully/i).count(), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0)

    await expect
      .poll(readerTitle, { timeout: REVALIDATED_WITHIN_MS, interval: 250 })
      .toBe(NEW_TITLE)
    const tookMs = Date.now() - publishedAt
    console.log(`published → reader's page changed in ${tookMs} ms`)

    // The delivery that did it, in the log admins read.
    const token = await http.token(ADMIN.email, ADMIN.password)
    const log = await (
      await http.request(
        'GET',
        `/api/webhook-deliveries?where[endpoint][equals]=${endpointId}&sort=-createdAt&limit=1`,
        { token },
      )
    ).json()
    expect(log.docs[0]).toMatchObject({
      event: 'article.updated',
      status: 'succeeded',
      lastResponseStatus: 204,
    })
  })

  it('an admin reads the delivery in the log and sends it again', async () => {
    const token = await http.token(ADMIN.email, ADMIN.password)
    const latest = async () =>
      (
        await (
          await http.request(
            'GET',
            `/api/webhook-deliveries?where[endpoint][equals]=${endpointId}&sort=-createdAt&limit=1`,
            { token },
          )
        ).json()
      ).docs[0]
    const delivery = await latest()
    await admin.goto(`${cms.url}/admin/collections/webhook-deliveries/${delivery.id}`)
    await admin.getByRole('button', { name: 'Redeliver' }).click()
    await expect
      .poll(() => admin.locator('.webhook-redeliver [role="status"]').allInnerTexts(), {
        timeout: 15_000,
      })
      .toEqual([expect.stringMatching(/^Queued: one attempt now, with the same webhook-id/)])
    await expect
      .poll(async () => (await latest()).attemptCount, { timeout: 15_000 })
      .toBe(delivery.attemptCount + 1)
    expect(await latest()).toMatchObject({ id: delivery.id, status: 'succeeded' })
  })

  it('a message not signed with the site’s secret changes nothing', async () => {
    const forged = await fetch(`${cms.url}/webhooks/cms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'msg_forged',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,' + Buffer.alloc(32).toString('base64'),
      },
      body: JSON.stringify({ type: 'practice.updated', data: { paths: [], tags: [] } }),
    })
    expect(forged.status).toBe(401)
    const unsigned = await fetch(`${cms.url}/webhooks/cms`, { method: 'POST', body: '{}' })
    expect(unsigned.status).toBe(401)
  })
})
