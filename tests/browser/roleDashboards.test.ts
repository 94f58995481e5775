/**
 * Each role's dashboard (Chromium, production build): a writer sees their own drafts and published
 * articles; an editor sees clinical review, expiring licenses (and clinical services whose provider's
 * license has lapsed since) and the week's schedule; a moderator
 * the comment queue's counts; an admin all of it plus the system. Nobody sees a widget their role
 * may not read, and every item is a link that opens the filtered list or the document.
 * Also here: authors carry their credentials in every admin label (chips, columns, reviewer picker,
 * version diffs), and the editor's fixed toolbar.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { signIn } from '../helpers/browser'
import { credentialIdOverHttp, docOf } from '../helpers/httpClient'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'dashboard-admin-password' }
const USERS = {
  writer: { email: 'writer@practice.example', password: 'dashboard-writer-password' },
  otherWriter: { email: 'other@practice.example', password: 'dashboard-other-password' },
  editor: { email: 'editor@practice.example', password: 'dashboard-editor-password' },
  moderator: { email: 'moderator@practice.example', password: 'dashboard-moderator-pass' },
}
const ROLES: Record<keyof typeof USERS, string> = {
  writer: 'writer',
  otherWriter: 'writer',
  editor: 'editor',
  moderator: 'moderator',
}
const ALL_WIDGETS = [
  'my-articles',
  'clinical-review',
  'upcoming-schedule',
  'expiring-licenses',
  'moderation',
  'system',
]
const DAY = 86_400_000

let admin: string
const ids: Record<string, number> = {}

const app = useBrowserApp(ADMIN, { COMMENTS_FLOOD_SECONDS: '0' })

beforeAll(async () => {
  admin = app.adminToken
  for (const [key, user] of Object.entries(USERS) as [keyof typeof USERS, { email: string }][]) {
    await docOf(
      await app.http.request('POST', '/api/users', {
        token: admin,
        body: { ...user, roles: [ROLES[key]] },
      }),
    )
  }
  const credential = (abbreviation: string) => credentialIdOverHttp(app.http, admin, abbreviation)
  const lauren = await docOf(
    await app.http.request('POST', '/api/authors', {
      token: admin,
      body: {
        name: 'Lauren Farina',
        credentials: [
          { credential: await credential('MSW') },
          {
            credential: await credential('LCSW'),
            jurisdiction: 'NY',
            expiresOn: new Date(Date.now() + 20 * DAY).toISOString(),
            verified: true,
          },
        ],
      },
    }),
  )
  ids.lauren = lauren.id

  // A provider of a clinical service whose license an editor later marks unverified.
  const dana = await docOf(
    await app.http.request('POST', '/api/authors', {
      token: admin,
      body: {
        name: 'Dana Lapsing',
        credentials: [
          {
            credential: await credential('LCSW'),
            jurisdiction: 'NY',
            expiresOn: new Date(Date.now() + 700 * DAY).toISOString(),
            verified: true,
          },
        ],
      },
    }),
  )
  ids.trauma = (
    await docOf(
      await app.http.request('POST', '/api/services', {
        token: admin,
        body: { title: 'Trauma therapy', kind: 'clinical', providers: [dana.id] },
      }),
    )
  ).id
  const danaNow = await docOf(
    await app.http.request('GET', `/api/authors/${dana.id}?depth=0`, { token: admin }),
    200,
  )
  await docOf(
    await app.http.request('PATCH', `/api/authors/${dana.id}`, {
      token: admin,
      body: {
        credentials: danaNow.credentials.map((held: Record<string, unknown>) => ({
          ...held,
          verified: false,
        })),
      },
    }),
    200,
  )

  const writer = await app.http.token(USERS.writer.email, USERS.writer.password)
  const other = await app.http.token(USERS.otherWriter.email, USERS.otherWriter.password)
  const editor = await app.http.token(USERS.editor.email, USERS.editor.password)
  const article = async (token: string, title: string, status: 'draft' | 'published') =>
    (
      await docOf(
        await app.http.request('POST', `/api/articles${status === 'draft' ? '?draft=true' : ''}`, {
          token,
          body: {
            title,
            body: lexicalFromParagraphs([`${title}: the reviewed text.`]),
            authors: [lauren.id],
            _status: status,
          },
        }),
      )
    ).id as number
  ids.writersDraft = await article(writer, 'Writer’s unfinished draft', 'draft')
  ids.writersPublished = await article(writer, 'Writer’s published piece', 'published')
  ids.othersDraft = await article(other, 'Someone else’s draft', 'draft')
  ids.stale = await article(other, 'Reviewed long ago', 'published')
  ids.changed = await article(other, 'Changed after review', 'published')
  const review = (id: number, at: Date) =>
    app.http.request('PATCH', `/api/articles/${id}`, {
      token: editor,
      body: { reviewedBy: lauren.id, lastReviewedAt: at.toISOString() },
    })
  await docOf(await review(ids.stale, new Date(Date.now() - 400 * DAY)), 200)
  await docOf(await review(ids.changed, new Date(Date.now() - 10 * DAY)), 200)
  await docOf(
    await app.http.request('PATCH', `/api/articles/${ids.changed}`, {
      token: other,
      body: { body: lexicalFromParagraphs(['A different claim, not yet reviewed.']) },
    }),
    200,
  )

  const comment = (n: number, body: string) =>
    app.http.request('POST', '/api/comments/submit', {
      body: {
        targetId: ids.writersPublished,
        authorName: `Reader ${n}`,
        authorEmail: `reader${n}@example.com`,
        body,
      },
    })
  await docOf(await comment(1, 'Thank you, this helped me decide to look for a therapist.'))
  await docOf(await comment(2, 'Honestly some days I want to die and I do not know who to tell.'))
})

async function dashboardOf(user: { email: string; password: string }): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await signIn(page, app.cms.url, user)
  await page.locator('[data-widget]').first().waitFor({ timeout: 15_000 })
  return page
}

async function widgetsOn(page: Page): Promise<string[]> {
  const shown = await page
    .locator('[data-widget]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-widget') ?? ''))
  return ALL_WIDGETS.filter((widget) => shown.includes(widget))
}

const sectionText = (page: Page, widget: string, section: string) =>
  page.locator(`[data-widget="${widget}"] [data-section^="${section}"]`).innerText()

describe('role dashboards', () => {
  it('shows a writer their own drafts and published articles, and nothing else', async () => {
    const page = await dashboardOf(USERS.writer)
    expect(await widgetsOn(page)).toEqual(['my-articles'])
    const drafts = await sectionText(page, 'my-articles', 'Drafts')
    expect(drafts).toContain('Writer’s unfinished draft')
    expect(drafts).toMatch(/last saved .* ago|last saved now/)
    expect(drafts).not.toContain('Someone else’s draft')
    expect(await sectionText(page, 'my-articles', 'Recently published')).toContain(
      'Writer’s published piece',
    )
    await page.getByRole('link', { name: 'Writer’s unfinished draft' }).click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${ids.writersDraft}$`))
    await page.close()
  })

  it('shows an editor clinical review, licenses and the schedule, each linking to its list', async () => {
    const page = await dashboardOf(USERS.editor)
    // Not the comments: moderating means reading commenters' private fields, which editing does not need.
    expect(await widgetsOn(page)).toEqual([
      'clinical-review',
      'upcoming-schedule',
      'expiring-licenses',
    ])
    const changed = await sectionText(page, 'clinical-review', 'Changed since review')
    expect(changed).toContain('Changed after review')
    expect(changed).not.toContain('Reviewed long ago')
    const due = await sectionText(page, 'clinical-review', 'Review due')
    expect(due).toContain('Reviewed long ago')
    expect(due).not.toContain('Changed after review')
    expect(await sectionText(page, 'clinical-review', 'Published, never reviewed')).toContain(
      'Writer’s published piece',
    )
    const licenses = await sectionText(page, 'expiring-licenses', 'Expiring')
    expect(licenses).toContain('Lauren Farina, MSW, LCSW')
    expect(licenses).toContain('LCSW (NY) expires')
    expect(await sectionText(page, 'upcoming-schedule', 'Next 7 days')).toContain(
      'Nothing scheduled this week.',
    )
    const lapsed = await sectionText(
      page,
      'expiring-licenses',
      'Clinical services with a lapsed provider',
    )
    expect(lapsed).toMatch(/^Clinical services with a lapsed provider\s*1/)
    expect(lapsed).toContain('Trauma therapy')
    expect(lapsed).toContain('Dana Lapsing: remove, or renew the license')

    // The section's link opens the articles list filtered the same way.
    await page.locator('[data-widget="clinical-review"] [data-section^="Review due"] h4 a').click()
    await page.waitForURL(/\/admin\/collections\/articles\?/)
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1)
    expect(await rows.first().innerText()).toContain('Reviewed long ago')

    // The lapsed-provider section opens the services list filtered to them, the provider in its column.
    await page.goto(`${app.cms.url}/admin`)
    await page
      .locator(
        '[data-widget="expiring-licenses"] [data-section^="Clinical services with a lapsed provider"] h4 a',
      )
      .click()
    await page.waitForURL(/\/admin\/collections\/services\?/)
    const serviceRows = page.locator('table tbody tr')
    await expect.poll(() => serviceRows.count(), { timeout: 15_000 }).toBe(1)
    await expect
      .poll(() => serviceRows.first().innerText(), { timeout: 15_000 })
      .toMatch(/Trauma therapy[\s\S]*Dana Lapsing/)
    await page.close()
  })

  it('shows a moderator the queue’s counts and the oldest urgent comment, and one click into it', async () => {
    const page = await dashboardOf(USERS.moderator)
    expect(await widgetsOn(page)).toEqual(['moderation'])
    const urgent = await sectionText(page, 'moderation', 'Urgent')
    expect(urgent).toMatch(/^Urgent\s*1/)
    expect(urgent).toMatch(/oldest waiting since .*ago|oldest waiting since now/)
    expect(await sectionText(page, 'moderation', 'Pending')).toMatch(/^Pending\s*2/)
    await page.getByRole('link', { name: 'Open the queue (urgent first)' }).click()
    await page.waitForURL(/\/admin\/moderation$/)
    await page.close()
  })

  it('shows an admin every widget, and the system: database, migrations, jobs, mail', async () => {
    const page = await dashboardOf({ email: ADMIN.email, password: ADMIN.password })
    expect(await widgetsOn(page)).toEqual(ALL_WIDGETS)
    const fact = (name: string) => page.locator(`[data-fact="${name}"]`).innerText()
    expect(await fact('database')).toMatch(
      process.env.DATABASE_URL ? /^PostgreSQL at 127\.0\.0\.1:5432\// : /^Embedded PGlite/,
    )
    expect(await fact('database')).not.toContain('postgres@')
    expect(await fact('migrations')).toMatch(/^\d+ applied, none pending$/)
    expect(await fact('jobs')).toMatch(/\d+ waiting; 0 failed/)
    expect(await fact('mail')).toMatch(/captured in .*outbox/)
    await page.close()
  })
})

describe('credentials in the admin’s labels', () => {
  it('names authors with their credentials in chips, columns, the reviewer picker and diffs', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await signIn(page, app.cms.url, USERS.editor)

    await page.goto(`${app.cms.url}/admin/collections/articles`)
    const row = page.getByRole('row', { name: /Reviewed long ago/ })
    // The relationship cell fills in after the row appears.
    await expect
      .poll(() => row.innerText(), { timeout: 15_000 })
      .toContain('Lauren Farina, MSW, LCSW')

    await page.goto(`${app.cms.url}/admin/collections/articles/${ids.writersPublished}`)
    // The chip's label is fetched after the field appears.
    await expect
      .poll(
        () => page.locator('#field-authors .relationship--multi-value-label__text').allInnerTexts(),
        {
          timeout: 15_000,
        },
      )
      .toEqual(['Lauren Farina, MSW, LCSW'])
    await page.locator('#field-reviewedBy .rs__control').click()
    await expect
      .poll(() => page.locator('.rs__option').allInnerTexts(), { timeout: 15_000 })
      .toContain('Lauren Farina, MSW, LCSW')
    await page.keyboard.press('Escape')

    // The version diff of the reviewed article names the reviewer the same way.
    await page.goto(`${app.cms.url}/admin/collections/articles/${ids.stale}/versions`)
    const versionLinks = page.locator('table tbody tr a')
    await versionLinks.first().waitFor({ timeout: 15_000 })
    await versionLinks.first().click()
    await page.waitForURL(/\/versions\/\d+/)
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 15_000 })
      .toContain('Lauren Farina, MSW, LCSW')
    await page.close()
  })
})

describe('the article editor', () => {
  it('shows writers a fixed toolbar with headings, lists, links, quotes and images', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await signIn(page, app.cms.url, USERS.writer)
    await page.goto(`${app.cms.url}/admin/collections/articles/create`)
    const toolbar = page.locator('.fixed-toolbar').first()
    await toolbar.waitFor({ state: 'visible', timeout: 15_000 })
    // Visible before anything is selected, unlike the inline toolbar.
    expect(await page.locator('.inline-toolbar-popup').isVisible()).toBe(false)
    const labels = async (opener: string) => {
      await toolbar.locator(opener).first().click()
      const items = await page.locator('.toolbar-popup__dropdown-items').first().innerText()
      await page.keyboard.press('Escape')
      return items
    }
    const text = await labels('.toolbar-popup__dropdown-text, [class*="dropdown-text"]')
    for (const item of ['Heading 2', 'Unordered List', 'Ordered List', 'Blockquote']) {
      expect(text).toContain(item)
    }
    expect(await toolbar.locator('button[class*="link"]').count()).toBeGreaterThan(0)
    const add = await labels('.toolbar-popup__dropdown-add, [class*="dropdown-add"]')
    expect(add).toContain('Upload')
    await page.close()
  })
})
