/**
 * A writer's day in the admin UI (Chromium, production build): sign in, write an article, watch it
 * autosave, see its reading time, publish it — and find it in an anonymous GraphQL query. A writer
 * cannot edit another writer's article, and has no users collection or moderation queue to open.
 */
import { mkdir } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { signIn } from '../helpers/browser'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'browser-admin-password' }
const WRITER = { email: 'writer@practice.example', password: 'browser-writer-password' }
const OTHER = { email: 'other@practice.example', password: 'browser-other-password' }
const TITLE = 'Why Rest Is Part of the Work'

let othersArticleId: number

const app = useBrowserApp(ADMIN)

beforeAll(async () => {
  const admin = app.adminToken
  for (const user of [WRITER, OTHER]) {
    const response = await app.http.request('POST', '/api/users', {
      token: admin,
      body: { ...user, roles: ['writer'] },
    })
    expect(response.status).toBe(201)
  }
  const author = await (
    await app.http.request('POST', '/api/authors', { token: admin, body: { name: 'Wren Writer' } })
  ).json()
  const other = await app.http.token(OTHER.email, OTHER.password)
  const body = lexicalFromParagraphs(['Not yours.'])
  const created = await app.http.request('POST', '/api/articles', {
    token: other,
    body: { title: 'Another Writer’s Piece', body, authors: [author.doc.id], _status: 'published' },
  })
  expect(created.status).toBe(201)
  othersArticleId = (await created.json()).doc.id
})

describe('a writer in the admin UI', () => {
  let page: Page

  beforeAll(async () => {
    page = await app.browser.newPage()
    await signIn(page, app.cms.url, WRITER)
  })

  it('writes an article, sees it autosave and its reading time, and publishes it', async () => {
    await page.goto(`${app.cms.url}/admin/collections/articles/create`)
    await page.locator('input[name="title"]').fill(TITLE)

    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    const sentence =
      'Rest is not a reward for finishing the work; it is how the work stays possible. '
    await editor.pressSequentially(sentence.repeat(3), { delay: 2 })

    // Authors: the relationship picker.
    await page.locator('#field-authors').click()
    await page.getByText('Wren Writer', { exact: true }).last().click()

    // Autosave stores the draft on its own.
    await expect
      .poll(() => page.getByText(/last saved/i).count(), { timeout: 30_000 })
      .toBeGreaterThan(0)
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    const id = Number(new URL(page.url()).pathname.split('/').pop())

    await page.getByRole('button', { name: /publish changes/i }).click()
    await expect
      .poll(() => page.getByText(/published successfully|updated successfully/i).count(), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0)

    // The reading time computed on save is shown on the document.
    await page.reload()
    await expect
      .poll(() => page.locator('input[name="readingTimeMinutes"]').inputValue(), {
        timeout: 15_000,
      })
      .toBe('1')

    await mkdir('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/writer-published-article.png', fullPage: true })

    const result = await (
      await app.http.graphql(
        `{ Article(id: ${id}) { title _status readingTimeMinutes slug authors { name } } }`,
      )
    ).json()
    expect(result.data.Article).toEqual({
      title: TITLE,
      _status: 'published',
      readingTimeMinutes: 1,
      slug: 'why-rest-is-part-of-the-work',
      authors: [{ name: 'Wren Writer' }],
    })
  })

  it('cannot edit another writer’s article', async () => {
    await page.goto(`${app.cms.url}/admin/collections/articles/${othersArticleId}`)
    const title = page.locator('input[name="title"]')
    await title.waitFor({ timeout: 15_000 })
    expect(await title.isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: /publish changes/i }).count()).toBe(0)

    const stored = await (await app.http.request('GET', `/api/articles/${othersArticleId}`)).json()
    expect(stored.title).toBe('Another Writer’s Piece')
  })

  it('has no users collection or moderation queue to open, but keeps their own account page', async () => {
    await page.goto(`${app.cms.url}/admin`)
    expect(await page.locator('nav').getByText('Users', { exact: true }).count()).toBe(0)
    // Writers do not moderate: no link to the queue, and the queue itself says so.
    expect(await page.locator('#nav-moderation-queue').count()).toBe(0)
    await page.goto(`${app.cms.url}/admin/moderation`)
    await expect
      .poll(() => page.getByText('Only moderators can work the comment queue.').count(), {
        timeout: 15_000,
      })
      .toBe(1)
    const response = await page.goto(`${app.cms.url}/admin/collections/users`)
    expect(response?.status()).toBe(404)
    expect(await page.getByText(ADMIN.email).count()).toBe(0)

    await page.goto(`${app.cms.url}/admin/account`)
    await expect
      .poll(() => page.locator('input[name="email"]').inputValue(), { timeout: 15_000 })
      .toBe(WRITER.email)
  })
})
