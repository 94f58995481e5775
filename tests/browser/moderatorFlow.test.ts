/**
 * A moderator's queue in the admin UI (Chromium, production build): comments arrive over the public
 * API; the moderator sees the urgent one on top, approves one, marks one as spam, bulk-rejects two and
 * replies to one. Readers then get exactly the approved comment and the staff reply, and no private field.
 */
import { mkdir } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { signIn } from '../helpers/browser'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'moderation-admin-password' }
const MODERATOR = { email: 'moderator@practice.example', password: 'moderation-mod-password' }

const COMMENTS = {
  good: 'This made the difference between therapy and coaching clear to me.',
  crisis: 'Honestly some days I want to die and I do not know who to tell.',
  junk: 'Great post!!! Visit my profile for more great posts.',
  rejectOne: 'First comment to reject in bulk.',
  rejectTwo: 'Second comment to reject in bulk.',
}
const REPLY = 'Thank you for reading, we are glad it helped.'

const app = useBrowserApp(ADMIN, {
  // All comments come from this test's one address: no flood control here (it has its own tests).
  COMMENTS_FLOOD_SECONDS: '0',
  COMMENTS_MAX_PER_HOUR: '100',
})

beforeAll(async () => {
  const token = app.adminToken
  await app.http.request('POST', '/api/users', {
    token,
    body: { ...MODERATOR, roles: ['moderator'] },
  })
  const author = await (
    await app.http.request('POST', '/api/authors', { token, body: { name: 'Ada Author' } })
  ).json()
  const body = lexicalFromParagraphs(['Hello.'])
  const article = await (
    await app.http.request('POST', '/api/articles', {
      token,
      body: { title: 'Therapy or coaching?', body, authors: [author.doc.id], _status: 'published' },
    })
  ).json()

  let n = 0
  for (const text of Object.values(COMMENTS)) {
    const response = await app.http.request('POST', '/api/comments/submit', {
      body: {
        targetId: article.doc.id,
        authorName: `Reader ${++n}`,
        authorEmail: `reader${n}@example.com`,
        body: text,
      },
    })
    expect(response.status).toBe(201)
  }
})

const commentItem = (page: Page, text: string): Locator =>
  page.locator('li.moderation-queue__comment', { hasText: text })

async function waitForNotice(page: Page, text: RegExp) {
  await expect
    .poll(() => page.locator('.moderation-queue__notice').textContent(), { timeout: 15_000 })
    .toMatch(text)
}

describe('the moderation queue', () => {
  let page: Page

  beforeAll(async () => {
    page = await app.browser.newPage()
    await signIn(page, app.cms.url, MODERATOR)
  })

  it('lists pending comments with the urgent one on top and counts per status', async () => {
    // The navigation links to the queue (the nav drawer may be collapsed at this width).
    expect(await page.locator('#nav-moderation-queue').count()).toBe(1)
    await page.goto(`${app.cms.url}/admin/moderation`)
    await commentItem(page, COMMENTS.good).waitFor({ timeout: 15_000 })
    const first = page.locator('li.moderation-queue__comment').first()
    expect(await first.textContent()).toContain(COMMENTS.crisis)
    expect(await first.textContent()).toContain('URGENT')
    expect(await first.textContent()).toContain('Crisis language')
    await expect.poll(() => page.getByRole('button', { name: 'Pending (5)' }).count()).toBe(1)
    await mkdir('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/moderation-queue-initial.png', fullPage: true })
  })

  it('approves one, marks one as spam and bulk-rejects two', async () => {
    await commentItem(page, COMMENTS.good).getByRole('button', { name: 'Approve' }).click()
    await waitForNotice(page, /marked approved/)
    await commentItem(page, COMMENTS.junk).getByRole('button', { name: 'Spam' }).click()
    await waitForNotice(page, /marked spam/)

    await commentItem(page, COMMENTS.rejectOne).getByRole('checkbox').check()
    await commentItem(page, COMMENTS.rejectTwo).getByRole('checkbox').check()
    await page.getByRole('button', { name: 'Reject selected' }).click()
    await waitForNotice(page, /2 comments marked rejected/)

    await expect.poll(() => page.locator('li.moderation-queue__comment').count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Pending (1)' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Approved (1)' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Rejected (2)' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Spam (1)' }).count()).toBe(1)
  })

  it('replies to an approved comment, shown in context', async () => {
    await page.getByRole('button', { name: 'Approved (1)' }).click()
    const item = commentItem(page, COMMENTS.good)
    await item.getByRole('button', { name: 'Reply' }).click()
    await item.getByRole('textbox').fill(REPLY)
    await item.getByRole('button', { name: 'Publish reply' }).click()
    await waitForNotice(page, /Reply published/)

    const reply = commentItem(page, REPLY)
    await reply.waitFor({ timeout: 15_000 })
    expect(await reply.textContent()).toContain('staff reply')
    expect(await reply.textContent()).toContain(`In reply to Reader 1: ${COMMENTS.good}`)

    await mkdir('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/moderation-queue.png', fullPage: true })
  })

  it('leaves readers exactly the approved comment and the staff reply, without private fields', async () => {
    const query =
      '{ Comments(sort: "createdAt") { docs { body isStaffReply authorEmail ipHash userAgent flags urgent moderationNote } } }'
    const { data } = await (await app.http.graphql(query)).json()
    expect(data.Comments.docs).toEqual([
      {
        body: COMMENTS.good,
        isStaffReply: false,
        authorEmail: null,
        ipHash: null,
        userAgent: null,
        flags: null,
        urgent: null,
        moderationNote: null,
      },
      {
        body: REPLY,
        isStaffReply: true,
        authorEmail: null,
        ipHash: null,
        userAgent: null,
        flags: null,
        urgent: null,
        moderationNote: null,
      },
    ])
  })
})
