/**
 * The review gate in the admin UI (Chromium, production build): a writer's clinical article is
 * submitted for review instead of published, a licensed clinician returns it with a note, the writer
 * sees the note and revises, the clinician approves — and only then do anonymous readers get it.
 */
import { mkdir } from 'node:fs/promises'
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { signIn } from '../helpers/browser'
import { credentialIdOverHttp, docOf } from '../helpers/httpClient'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'review-admin-password' }
const WRITER = { email: 'writer@practice.example', password: 'review-writer-password' }
const REVIEWER = { email: 'clinician@practice.example', password: 'review-clinician-password' }
const NOTE = 'Please cite the source for the second paragraph.'
const REVISION = 'Source: the practice’s intake guidelines.'

let articleId: number

const app = useBrowserApp(ADMIN)

beforeAll(async () => {
  const admin = app.adminToken
  const clinician = await docOf(
    await app.http.request('POST', '/api/authors', {
      token: admin,
      body: {
        name: 'Lauren Farina',
        credentials: [
          {
            credential: await credentialIdOverHttp(app.http, admin, 'LCSW'),
            jurisdiction: 'NY',
            expiresOn: new Date(Date.now() + 400 * 86_400_000).toISOString(),
            verified: true,
          },
        ],
      },
    }),
  )
  const writerProfile = await docOf(
    await app.http.request('POST', '/api/authors', { token: admin, body: { name: 'Wren Writer' } }),
  )
  await docOf(
    await app.http.request('POST', '/api/users', {
      token: admin,
      body: { ...WRITER, roles: ['writer'] },
    }),
  )
  await docOf(
    await app.http.request('POST', '/api/users', {
      token: admin,
      body: { ...REVIEWER, roles: ['writer'], authorProfile: clinician.id },
    }),
  )
  const service = await docOf(
    await app.http.request('POST', '/api/services', {
      token: admin,
      body: {
        title: 'Psychotherapy',
        kind: 'clinical',
        providers: [clinician.id],
        _status: 'published',
      },
    }),
  )
  const writer = await app.http.token(WRITER.email, WRITER.password)
  const draft = await docOf(
    await app.http.request('POST', '/api/articles?draft=true', {
      token: writer,
      body: {
        title: 'When to Seek Therapy',
        body: lexicalFromParagraphs([
          'Therapy helps with a diagnosed condition.',
          'It often takes months.',
        ]),
        authors: [writerProfile.id],
        services: [service.id],
        _status: 'draft',
      },
    }),
  )
  articleId = draft.id
})

async function signedIn(person: { email: string; password: string }) {
  const context: BrowserContext = await app.browser.newContext()
  const page = await context.newPage()
  await signIn(page, app.cms.url, person)
  return page
}

const articlePage = (page: Page) =>
  page.goto(`${app.cms.url}/admin/collections/articles/${articleId}`)

/**
 * While the writer has the article open (and has typed), Payload shows the reviewer its "document
 * locked" dialog, at load or later; a reviewer edits nothing, so whenever it shows they view the
 * article read-only and decide there (Playwright runs this before any action the dialog would block).
 */
async function viewReadOnlyWhenLocked(page: Page) {
  const locked = page.locator('#document-locked')
  await page.addLocatorHandler(locked, async () => {
    await locked.getByRole('button', { name: 'View read-only' }).click()
  })
}
const standing = (page: Page) => page.getByTestId('review-standing').innerText()
const isLive = async () =>
  (await app.http.request('GET', `/api/articles/${articleId}?depth=0`)).status === 200

describe('a clinical article through review in the admin', () => {
  it('goes submit → returned with a note → revised → approved → live', async () => {
    const writer = await signedIn(WRITER)
    await articlePage(writer)
    // The writer is offered "Submit for review", not "Publish".
    await expect
      .poll(() => standing(writer), { timeout: 30_000 })
      .toMatch(/review comes before publishing/)
    expect(await writer.getByRole('button', { name: /^publish/i }).count()).toBe(0)
    await writer.getByRole('button', { name: 'Submit for review' }).click()
    await expect
      .poll(() => standing(writer), { timeout: 20_000 })
      .toMatch(/Waiting for a clinician/)
    expect(await isLive()).toBe(false)

    // The clinician finds it on their dashboard and returns it with a note.
    const reviewer = await signedIn(REVIEWER)
    await viewReadOnlyWhenLocked(reviewer)
    await expect
      .poll(() => reviewer.locator('[data-widget="awaiting-review"]').innerText(), {
        timeout: 20_000,
      })
      .toContain('When to Seek Therapy')
    await reviewer
      .locator('[data-widget="awaiting-review"]')
      .getByText('When to Seek Therapy')
      .click()
    await reviewer.waitForURL(new RegExp(`/admin/collections/articles/${articleId}`))
    await reviewer.getByLabel('Note to the writer').fill(NOTE)
    await reviewer.getByRole('button', { name: 'Return to the writer' }).click()
    await expect
      .poll(() => standing(reviewer), { timeout: 20_000 })
      .toMatch(/Returned by the reviewer/)
    expect(await isLive()).toBe(false)

    // The writer sees the note, revises the text and submits again.
    await articlePage(writer)
    await expect
      .poll(() => writer.getByTestId('review-note').innerText(), { timeout: 20_000 })
      .toContain(NOTE)
    const editor = writer.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await writer.keyboard.press('Control+End')
    await writer.keyboard.press('Enter')
    await editor.pressSequentially(REVISION, { delay: 2 })
    await writer.getByRole('button', { name: 'Submit for review' }).click()
    await expect
      .poll(() => standing(writer), { timeout: 20_000 })
      .toMatch(/Waiting for a clinician/)

    // The clinician approves: the revised article goes live.
    await articlePage(reviewer)
    await expect
      .poll(() => standing(reviewer), { timeout: 20_000 })
      .toMatch(/Waiting for a clinician/)
    await reviewer.getByRole('button', { name: 'Approve' }).click()
    await expect.poll(isLive, { timeout: 20_000 }).toBe(true)
    const live = await (await app.http.request('GET', `/api/articles/${articleId}?depth=1`)).json()
    expect(JSON.stringify(live.body)).toContain(REVISION)
    expect(live.reviewedBy.name).toBe('Lauren Farina')
    await expect.poll(() => standing(reviewer), { timeout: 20_000 }).toMatch(/Approved/)

    await mkdir('test-results', { recursive: true })
    await reviewer.screenshot({ path: 'test-results/clinical-review-approved.png', fullPage: true })
  })

  it('shows an admin each step in the audit log, and on the version who saved it', async () => {
    const admin = await signedIn(ADMIN)
    await admin.goto(
      `${app.cms.url}/admin/collections/audit-log?where[documentId][equals]=${articleId}&where[action][in]=review.submit,review.return,review.approve&sort=at`,
    )
    const rows = admin.locator('table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(4)
    const text = await rows.allInnerTexts()
    expect(text[0]).toMatch(/Review: submitted[\s\S]*writer@practice\.example/)
    expect(text[1]).toMatch(/Review: returned[\s\S]*clinician@practice\.example/)
    expect(text[3]).toMatch(/Review: approved[\s\S]*clinician@practice\.example/)
    expect(await admin.locator('#audit-log-export').count()).toBe(1)

    // The newest version was saved by the clinician's approval.
    const adminToken = await app.http.token(ADMIN.email, ADMIN.password)
    const versions = await (
      await app.http.request(
        'GET',
        `/api/articles/versions?where[parent][equals]=${articleId}&sort=-updatedAt&limit=1&depth=0`,
        { token: adminToken },
      )
    ).json()
    await admin.goto(
      `${app.cms.url}/admin/collections/articles/${articleId}/versions/${versions.docs[0].id}`,
    )
    await expect
      .poll(() => admin.locator('body').innerText(), { timeout: 20_000 })
      .toMatch(/Saved By[\s\S]*clinician@practice\.example/)
  })
})
