/**
 * Scheduled publishing end to end (Chromium, production build): a writer schedules a draft through
 * the admin's schedule drawer, the production server's own jobs queue publishes it at that minute,
 * and anonymous readers then see it over REST and GraphQL; a scheduled unpublish takes it down the
 * same way. A schedule that fails (its article was deleted) is shown to admins on their dashboard,
 * with the error, instead of failing silently.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { signIn } from '../helpers/browser'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'schedule-admin-password' }
const WRITER = { email: 'writer@practice.example', password: 'schedule-writer-password' }
/** The drawer schedules to the minute; the queue runs every 2 seconds here (a minute by default). */
const JOBS_CRON = '*/2 * * * * *'
const WAIT_FOR_JOB_MS = 150_000
/** Scheduling, up to 100 s until the chosen minute comes, then the queue's next run. */
const SCHEDULED_TEST_MS = 240_000

let writerToken: string
let page: Page
const ids: Record<'scheduled' | 'doomed', number> = { scheduled: 0, doomed: 0 }

const app = useBrowserApp(ADMIN, { JOBS_AUTORUN_CRON: JOBS_CRON })

beforeAll(async () => {
  const admin = app.adminToken
  const created = await app.http.request('POST', '/api/users', {
    token: admin,
    body: { ...WRITER, roles: ['writer'] },
  })
  expect(created.status).toBe(201)
  const author = await (
    await app.http.request('POST', '/api/authors', { token: admin, body: { name: 'Wren Writer' } })
  ).json()
  writerToken = await app.http.token(WRITER.email, WRITER.password)
  for (const [key, title] of [
    ['scheduled', 'Scheduled for the next minute'],
    ['doomed', 'Deleted before its time'],
  ] as const) {
    const response = await app.http.request('POST', '/api/articles?draft=true', {
      token: writerToken,
      body: {
        title,
        body: lexicalFromParagraphs(['Written ahead, published on time.']),
        authors: [author.doc.id],
        _status: 'draft',
      },
    })
    expect(response.status).toBe(201)
    ids[key] = (await response.json()).doc.id
  }
  page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await signIn(page, app.cms.url, WRITER)
})

/** "Nov 27, 2026 8:49 PM": the drawer's date format, in the browser's (and server's) UTC. */
function pickerText(moment: Date): string {
  const date = moment.toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const time = moment.toLocaleTimeString('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  })
  return `${date} ${time}`
}

/** The first whole minute at least 40 s away: enough to check the article is not out early. */
function nextMinute(): Date {
  const at = new Date(Date.now() + 40_000)
  at.setUTCSeconds(0, 0)
  at.setUTCMinutes(at.getUTCMinutes() + 1)
  return at
}

/** Opens the schedule drawer from the publish button's menu and schedules `type` at `at`. */
async function schedule(articleId: number, type: 'Publish' | 'Unpublish', at: Date) {
  await page.goto(`${app.cms.url}/admin/collections/articles/${articleId}`)
  await page.locator('.btn--withPopup .popup-button').first().click()
  await page.locator('#schedule-publish').click()
  const drawer = page.locator('.schedule-publish')
  await drawer.locator('h2').first().waitFor({ timeout: 15_000 })
  await drawer.getByText(type, { exact: true }).click()
  const input = drawer.locator('#time input, .date-time-picker input').first()
  await input.fill(pickerText(at))
  await input.press('Enter')
  await drawer.locator('#scheduled-publish-save').click()
  await expect
    .poll(() => page.getByText(/scheduled successfully/i).count(), { timeout: 15_000 })
    .toBeGreaterThan(0)
  // The drawer lists it among the upcoming events, at the minute chosen.
  const time = pickerText(at).split(' ').slice(-2).join(' ')
  const scheduledRow = new RegExp(`^${type}\\b[\\s\\S]*${time}`)
  await expect
    .poll(
      async () =>
        (await drawer.locator('table tbody tr').allInnerTexts()).some((row) =>
          scheduledRow.test(row),
        ),
      { timeout: 15_000 },
    )
    .toBe(true)
}

const anonymousRest = (id: number) => app.http.request('GET', `/api/articles/${id}?depth=0`)
const anonymousGraphql = async (id: number) =>
  (await (await app.http.graphql(`{ Article(id: ${id}) { title _status } }`)).json()).data?.Article

describe('scheduled publishing through the admin', () => {
  it(
    'publishes a draft at the scheduled minute, by the server’s own jobs queue',
    async () => {
      const publishAt = nextMinute()
      await schedule(ids.scheduled, 'Publish', publishAt)
      await schedule(ids.doomed, 'Publish', publishAt)

      // The writer's dashboard says when each goes out.
      await page.goto(`${app.cms.url}/admin`)
      const scheduled = page.locator('[data-widget="my-articles"] [data-section="Scheduled"]')
      await expect
        .poll(() => scheduled.innerText(), { timeout: 15_000 })
        .toContain('Scheduled for the next minute')
      expect(await scheduled.innerText()).toMatch(/publishes in \d+ (seconds?|minutes?)/)

      // The second one is deleted while it waits: its job will fail.
      const deleted = await app.http.request('DELETE', `/api/articles/${ids.doomed}`, {
        token: writerToken,
      })
      expect(deleted.status).toBe(200)

      expect((await anonymousRest(ids.scheduled)).status).toBe(404)
      expect(await anonymousGraphql(ids.scheduled)).toBeFalsy()

      await expect
        .poll(async () => (await anonymousRest(ids.scheduled)).status, {
          timeout: WAIT_FOR_JOB_MS,
          interval: 1000,
        })
        .toBe(200)
      expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
      const article = await (await anonymousRest(ids.scheduled)).json()
      expect(article).toMatchObject({
        title: 'Scheduled for the next minute',
        _status: 'published',
      })
      expect(Date.parse(article.publishedAt)).toBeGreaterThanOrEqual(publishAt.getTime() - 1000)
      expect(await anonymousGraphql(ids.scheduled)).toEqual({
        title: 'Scheduled for the next minute',
        _status: 'published',
      })
    },
    SCHEDULED_TEST_MS,
  )

  it(
    'unpublishes it at the scheduled minute',
    async () => {
      const unpublishAt = nextMinute()
      await schedule(ids.scheduled, 'Unpublish', unpublishAt)
      expect((await anonymousRest(ids.scheduled)).status).toBe(200)
      await expect
        .poll(async () => (await anonymousRest(ids.scheduled)).status, {
          timeout: WAIT_FOR_JOB_MS,
          interval: 1000,
        })
        .toBe(404)
      expect(Date.now()).toBeGreaterThanOrEqual(unpublishAt.getTime())
      expect(await anonymousGraphql(ids.scheduled)).toBeFalsy()
    },
    SCHEDULED_TEST_MS,
  )

  it('shows admins the schedule that failed, and why', async () => {
    const adminPage = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await signIn(adminPage, app.cms.url, ADMIN)
    const jobs = adminPage.locator('[data-fact="jobs"]')
    await expect.poll(() => jobs.innerText(), { timeout: 15_000 }).toMatch(/1 failed/)
    // Finished jobs are kept: the queue's last run is there to see.
    expect(await jobs.innerText()).toMatch(
      /^last finished \d{4}-\d\d-\d\d \d\d:\d\d UTC \(schedulePublish\)/,
    )
    const failures = await adminPage.locator('[data-fact="failed-jobs"]').innerText()
    // Payload's own message for a deleted document's schedule is "not allowed": the widget adds
    // which document it was and that it is gone.
    expect(failures).toContain(`Scheduled publish of articles ${ids.doomed} (since deleted) failed`)
    // The link opens the failed job in the jobs list, which admins may read.
    await adminPage.locator('[data-fact="failed-jobs"] a').first().click()
    await adminPage.waitForURL(/\/admin\/collections\/payload-jobs\/\d+/)
    await adminPage.close()
  })
})
