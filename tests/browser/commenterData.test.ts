/**
 * An admin exports, then erases, what is stored about one commenter, from the admin UI (Chromium,
 * production build): the export downloads every comment of that address with its private fields; the
 * erasure asks first, then leaves the comments in place as "Anonymous" with their words removed, and
 * touches nobody else's. A moderator sees neither the link nor the tool.
 */
import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'

import { ERASED_BODY, ERASED_NAME } from '../../plugins/moderatedComments/privacy/personalData'
import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { signIn } from '../helpers/browser'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'privacy-admin-password' }
const MODERATOR = { email: 'moderator@practice.example', password: 'privacy-mod-password' }
const SUBJECT = 'asks.to.be.forgotten@example.com'

let token: string

const app = useBrowserApp(ADMIN, { COMMENTS_FLOOD_SECONDS: '0' })

beforeAll(async () => {
  token = app.adminToken
  await app.http.request('POST', '/api/users', {
    token,
    body: { ...MODERATOR, roles: ['moderator'] },
  })
  const author = await (
    await app.http.request('POST', '/api/authors', { token, body: { name: 'Ada Author' } })
  ).json()
  const article = await (
    await app.http.request('POST', '/api/articles', {
      token,
      body: {
        title: 'Privacy matters',
        body: lexicalFromParagraphs(['Hello.']),
        authors: [author.doc.id],
        _status: 'published',
      },
    })
  ).json()
  const comments: [string, string][] = [
    [SUBJECT, 'My first, rather personal comment.'],
    [SUBJECT, 'And a second one.'],
    ['stays@example.com', 'Someone else entirely.'],
  ]
  for (const [authorEmail, body] of comments) {
    const response = await app.http.request('POST', '/api/comments/submit', {
      body: { targetId: article.doc.id, authorName: 'Reader', authorEmail, body },
    })
    expect(response.status).toBe(201)
  }
})

async function commentsOf(email: string) {
  const response = await app.http.request(
    'GET',
    `/api/comments?where[authorEmail][equals]=${encodeURIComponent(email)}&depth=0`,
    { token },
  )
  return ((await response.json()) as { docs: Record<string, unknown>[] }).docs
}

describe("commenters' personal data in the admin", () => {
  it('is exported and erased by an admin', async () => {
    const page = await app.browser.newPage({ acceptDownloads: true })
    await signIn(page, app.cms.url, ADMIN)
    // The link is in the navigation (a drawer at this window size); the test goes where it points.
    const link = page.locator('#nav-commenter-data')
    expect(await link.count()).toBe(1)
    expect(await link.getAttribute('href')).toBe('/admin/commenter-data')
    await page.goto(`${app.cms.url}/admin/commenter-data`)

    await page.locator('#commenter-email').fill(SUBJECT)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export' }).click(),
    ])
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'))
    expect(exported.totalComments).toBe(2)
    expect(exported.comments[0]).toMatchObject({ authorEmail: SUBJECT, ipHash: expect.any(String) })
    await expect
      .poll(() => page.locator('#commenter-data-outcome').textContent())
      .toMatch(/Exported 2 comment/)

    // The erasure asks first; declining changes nothing.
    page.once('dialog', (dialog) => void dialog.dismiss())
    await page.getByRole('button', { name: 'Erase' }).click()
    expect(await commentsOf(SUBJECT)).toHaveLength(2)

    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Erase' }).click()
    await expect
      .poll(() => page.locator('#commenter-data-outcome').textContent())
      .toMatch(/Erased 2 comment/)
    expect(await commentsOf(SUBJECT)).toHaveLength(0)
    const anonymous = await app.http.request(
      'GET',
      `/api/comments?where[authorName][equals]=${ERASED_NAME}&depth=0`,
      { token },
    )
    const erased = ((await anonymous.json()) as { docs: { body: string }[] }).docs
    expect(erased.map((comment) => comment.body)).toEqual([ERASED_BODY, ERASED_BODY])
    expect(await commentsOf('stays@example.com')).toHaveLength(1)
    await page.close()
  })

  it('is out of reach for a moderator', async () => {
    const page = await app.browser.newPage()
    await signIn(page, app.cms.url, MODERATOR)
    expect(await page.locator('#nav-commenter-data').count()).toBe(0)
    await page.goto(`${app.cms.url}/admin/commenter-data`)
    await expect
      .poll(() => page.locator('main, .template-default').first().textContent())
      .toMatch(/Only admins can export or erase/)
    expect(await page.locator('#commenter-email').count()).toBe(0)
    await page.close()
  })

  it('sends a visitor who is not signed in to the login, and back after it', async () => {
    const page = await app.browser.newPage()
    for (const path of ['/admin/commenter-data', '/admin/moderation']) {
      await page.goto(`${app.cms.url}${path}`)
      await page.waitForURL((url) => url.pathname === '/admin/login')
      expect(new URL(page.url()).searchParams.get('redirect')).toBe(path)
      expect(await page.getByText(/Only admins|Only moderators/).count()).toBe(0)
    }
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin/moderation')
    await page.close()
  })
})
