/**
 * A writer's live preview (Chromium, production build): the article edit view shows the reader
 * site's page beside the form, and what the writer types appears there — as a draft, never published.
 * The preview page shows drafts only to a signed-in editorial user.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { signIn } from '../helpers/browser'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'preview-admin-password' }
const WRITER = { email: 'writer@practice.example', password: 'preview-writer-password' }
const PUBLISHED_TITLE = 'Sleep and Mood: A First Look'
const DRAFT_TITLE = 'Sleep and Mood: What the Research Says'

let articleId: number

const app = useBrowserApp(ADMIN)

beforeAll(async () => {
  const admin = app.adminToken
  expect(
    (
      await app.http.request('POST', '/api/users', {
        token: admin,
        body: { ...WRITER, roles: ['writer'] },
      })
    ).status,
  ).toBe(201)
  const author = await (
    await app.http.request('POST', '/api/authors', { token: admin, body: { name: 'Wren Writer' } })
  ).json()
  const writer = await app.http.token(WRITER.email, WRITER.password)
  const created = await app.http.request('POST', '/api/articles', {
    token: writer,
    body: {
      title: PUBLISHED_TITLE,
      body: lexicalFromParagraphs(['What we know so far.']),
      authors: [author.doc.id],
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  articleId = (await created.json()).doc.id
})

const publicTitle = async () =>
  (await (await app.http.request('GET', `/api/articles/${articleId}?select[title]=true`)).json())
    .title

describe('live preview', () => {
  let page: Page

  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await signIn(page, app.cms.url, WRITER)
  })

  it('shows the reader site’s page beside the form', async () => {
    await page.goto(`${app.cms.url}/admin/collections/articles/${articleId}`)
    await page.getByRole('button', { name: 'Live Preview' }).click()
    const frame = page.frameLocator('#live-preview-iframe')
    await expect
      .poll(() => frame.locator('h1').first().textContent(), { timeout: 20_000 })
      .toBe(PUBLISHED_TITLE)
    expect(await frame.locator('.byline').innerText()).toMatch(/Writer: Wren Writer/)
  })

  it('shows what the writer types, as a draft, without publishing it', async () => {
    await page.locator('#field-title').fill(DRAFT_TITLE)
    const frame = page.frameLocator('#live-preview-iframe')
    // Autosave (every two seconds) saves the draft and the preview refreshes from the API.
    await expect
      .poll(() => frame.locator('h1').first().textContent(), { timeout: 20_000 })
      .toBe(DRAFT_TITLE)
    expect(await frame.locator('.preview-banner').innerText()).toMatch(
      /unpublished changes: readers see the published version/,
    )

    // Readers still get the published article, over the API and on the site.
    expect(await publicTitle()).toBe(PUBLISHED_TITLE)
    const reader = await app.browser.newPage()
    await reader.goto(`${app.cms.url}/articles/sleep-and-mood-a-first-look`)
    expect(await reader.locator('h1').textContent()).toBe(PUBLISHED_TITLE)
    await reader.close()
  })

  it('keeps drafts away from anyone who is not signed in', async () => {
    const stranger = await app.browser.newPage()
    await stranger.goto(`${app.cms.url}/preview/articles/${articleId}`)
    expect(await stranger.locator('h1').textContent()).toBe('Sign in to preview')
    expect(await stranger.content()).not.toContain(DRAFT_TITLE)
    await stranger.close()
  })

  it('opens the same preview from the preview button', async () => {
    const [tab] = await Promise.all([
      page.waitForEvent('popup'),
      page.locator('#preview-button').click(),
    ])
    await tab.waitForLoadState()
    expect(new URL(tab.url()).pathname).toBe(`/preview/articles/${articleId}`)
    await expect.poll(() => tab.locator('h1').textContent()).toBe(DRAFT_TITLE)
    await tab.close()
  })
})
