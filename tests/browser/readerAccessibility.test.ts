/**
 * Every kind of reader page passes axe-core's WCAG 2.0 and 2.1 level A and AA rules in Chromium
 * (production build, the demo content): the blog and its second page, an article with its comments
 * and comment form, an author, a service, a category, search (results, a corrected typo, nothing
 * found, no query yet) and a page that does not exist. Each violation is printed with its rule,
 * impact, the failing element and what is wrong with it. Below, an AA criterion axe cannot judge,
 * checked by hand: the comment form's field borders.
 */
import axe from 'axe-core'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { addRelatedReading, publishMoreArticles, REFERENCE_PATH } from '../helpers/readerContent'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'reader-a11y-admin-password' }
const WCAG_A_AND_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** One line a page: what it is, where, and the status it answers with. */
const READER_PAGES: { name: string; path: string; status?: number }[] = [
  { name: 'the blog', path: '/' },
  { name: 'the blog’s second page', path: '/?page=2' },
  { name: 'an article with comments and the comment form', path: REFERENCE_PATH },
  { name: 'an author', path: '/authors/lauren-farina' },
  { name: 'a service', path: '/services/psychotherapy' },
  { name: 'a category', path: '/categories/therapy' },
  { name: 'search results with highlights and pages', path: '/search?q=coaching' },
  { name: 'search results for a corrected typo', path: '/search?q=coching' },
  { name: 'a search that finds nothing', path: '/search?q=zzxqv' },
  { name: 'the search page before a query', path: '/search' },
  { name: 'a page that does not exist', path: '/articles/no-such-article', status: 404 },
]

let page: Page

const app = useBrowserApp(ADMIN, { SEED_DEMO_CONTENT: 'true' })

beforeAll(async () => {
  const token = app.adminToken
  // A card grid on the article page, and ten articles more than the blog's nine a page.
  await addRelatedReading(app.http, token)
  await publishMoreArticles(app.http, token, 10)
  page = await app.browser.newPage()
})

/** axe's findings as a reader of the test's output needs them: rule, impact, element, problem. */
function describeViolations(violations: axe.Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help}\n` +
          `  ${(node.failureSummary ?? '').replace(/\n/g, '\n  ')}\n  ${violation.helpUrl}`,
      ),
    )
    .join('\n')
}

/** WCAG's contrast ratio of two computed colours (`rgb(r, g, b)`). */
function contrastRatio(first: string, second: string): number {
  const luminance = (color: string) => {
    const [red, green, blue] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((value) => {
        const channel = Number(value) / 255
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
      })
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
  }
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a)
  return (light + 0.05) / (dark + 0.05)
}

/** Runs axe-core, injected from its package, in the page as it is now. */
async function axeViolations(): Promise<axe.Result[]> {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(
    (tags) =>
      window.axe
        .run(document, { runOnly: { type: 'tag', values: tags } })
        .then((results) => results.violations),
    WCAG_A_AND_AA,
  )
}

describe('WCAG 2.1 A and AA on every kind of reader page', () => {
  it.each(READER_PAGES)('$name ($path)', async ({ path, status = 200 }) => {
    const response = await page.goto(`${app.cms.url}${path}`)
    expect(response?.status()).toBe(status)
    const violations = await axeViolations()
    expect(violations, describeViolations(violations)).toEqual([])
  })

  it('the comment form showing what to fix', async () => {
    await page.goto(`${app.cms.url}${REFERENCE_PATH}`)
    await page.locator('#comment-form button[type="submit"]').click()
    await expect.poll(() => page.locator('.field__error:not(:empty)').count()).toBeGreaterThan(0)
    const violations = await axeViolations()
    expect(violations, describeViolations(violations)).toEqual([])
  })
})

describe('what axe leaves to people', () => {
  // 1.4.11 (non-text contrast) is AA, and no axe rule checks it: a field whose edge cannot be seen
  // is a field a reader with low vision does not find.
  it('the comment form’s fields stand out from the form at 3:1 or more (WCAG 1.4.11)', async () => {
    await page.goto(`${app.cms.url}${REFERENCE_PATH}`)
    const form = page.locator('#comment-form')
    const background = await form.evaluate((element) => getComputedStyle(element).backgroundColor)
    const borders = await form
      .locator('.field input, .field textarea')
      .evaluateAll((fields) => fields.map((field) => getComputedStyle(field).borderTopColor))
    expect(borders.length).toBe(3)
    for (const border of borders)
      expect(contrastRatio(border, background), border).toBeGreaterThanOrEqual(3)
  })
})

declare global {
  interface Window {
    axe: typeof axe
  }
}
