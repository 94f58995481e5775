/**
 * A reader on the reader site (Chromium, production build, the demo content): the reference article
 * reads like the reference page — title, "Writer: Lauren Farina, MSW, LCSW", date, "2 min read",
 * body, comments — and a reader can comment and sees what happens next, crisis resources included.
 * Everything comes from the CMS's public API; no request leaves the machine.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'reader-site-admin-password' }
const REFERENCE = '/articles/therapy-vs-coaching-whats-the-difference'

let page: Page
const outsideRequests: string[] = []

const app = useBrowserApp(ADMIN, {
  SEED_DEMO_CONTENT: 'true',
  // Every submission here comes from one address; flood control is tested elsewhere.
  COMMENTS_FLOOD_SECONDS: '0',
})

beforeAll(async () => {
  page = await app.browser.newPage()
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url())
    if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1')
      outsideRequests.push(request.url())
  })
})

const comments = () => page.locator('.comments-section')

describe('the reference article on the reader site', () => {
  it('reads like the reference page', async () => {
    const response = await page.goto(`${app.cms.url}${REFERENCE}`)
    expect(response?.status()).toBe(200)
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe("Therapy vs. Coaching: What's the Difference?")
    const byline = await page.locator('.byline').innerText()
    expect(byline).toMatch(/Writer: Lauren Farina, MSW, LCSW/)
    expect(byline).toMatch(/Mar 30/)
    expect(byline).toMatch(/2 min read/)
    // The body as the writer wrote it: headings, lists, a quote, links to the services.
    expect(await page.locator('.prose h2').allTextContents()).toEqual([
      'Psychotherapy is clinical care',
      'Coaching assumes your mental health is sound',
      'What the two have in common',
    ])
    expect(await page.locator('.prose ul li').count()).toBe(5)
    expect(await page.locator('.prose ol li').count()).toBe(3)
    await expect.poll(() => page.locator('.prose blockquote').count()).toBe(1)
    expect(await page.locator('.prose a[href="/services/coaching"]').count()).toBe(1)
    // The cover image is served by the CMS and actually loads (which size: readerImages.test.ts).
    await expect
      .poll(() =>
        page
          .locator('img.hero')
          .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
      )
      .toBe(true)
    expect(await page.locator('.review').innerText()).toMatch(
      /Clinically reviewed by Lauren Farina, MSW, LCSW on Mar 30, 2026/,
    )
  })

  it('shows the approved discussion, with the practice’s reply in its thread', async () => {
    expect(await comments().locator('h2').textContent()).toBe('Comments')
    const thread = comments().locator(':scope > ol.comments > li')
    expect(await thread.count()).toBe(2)
    expect(await thread.first().locator('.comment__by').first().innerText()).toMatch(/^Maya R\./)
    expect(await thread.first().locator('ol.comments li .comment__by').innerText()).toMatch(
      /Lauren Farina\s*Practice/,
    )
  })

  it('carries structured data naming the credentialed writer', async () => {
    const json = await page.locator('script[type="application/ld+json"]').textContent()
    const data = JSON.parse(json ?? '{}')
    expect(data['@type']).toEqual(['Article', 'MedicalWebPage'])
    expect(data.author[0]).toMatchObject({ name: 'Lauren Farina', honorificSuffix: 'MSW, LCSW' })
  })
})

describe('a reader commenting', () => {
  it('is told what to fix, beside the fields, and nothing is sent on', async () => {
    await page.locator('#comment-form button[type="submit"]').click()
    await expect
      .poll(() => page.locator('.field__error').allTextContents())
      .toEqual(
        expect.arrayContaining([
          'Your name is required.',
          'Your email address is required (it is never shown).',
          expect.stringMatching(/empty or too short/),
        ]),
      )
  })

  it('submits a comment and learns it waits for a moderator — it is not shown yet', async () => {
    const form = page.locator('#comment-form')
    await form.getByLabel('Name').fill('Sam Reader')
    await form.getByLabel('Email').fill('sam.reader@example.com')
    await form.getByLabel('Comment').fill('Thank you, this made the difference clear to me.')
    await form.locator('button[type="submit"]').click()
    await expect
      .poll(() => page.locator('.notice').innerText())
      .toMatch(/will appear once a moderator has read it/)
    expect(await page.locator('.crisis').count()).toBe(0)

    // Stored, pending — and not on the page for readers.
    const token = app.adminToken
    const stored = await (
      await app.http.request('GET', '/api/comments?where[authorName][equals]=Sam%20Reader', {
        token,
      })
    ).json()
    expect(stored.docs).toMatchObject([
      { status: 'pending', body: 'Thank you, this made the difference clear to me.' },
    ])
    await page.reload()
    expect(await comments().innerText()).not.toContain('Sam Reader')
  })

  it('replies to a comment and, writing crisis language, is shown where to get help', async () => {
    await comments()
      .locator(':scope > ol.comments > li')
      .first()
      .getByRole('link', { name: 'Reply' })
      .first()
      .click()
    await page.waitForURL(/replyTo=\d+/)
    const form = page.locator('#comment-form')
    expect(await form.locator('h3').textContent()).toBe('Reply to Maya R.')
    await form.getByLabel('Name').fill('Alex')
    await form.getByLabel('Email').fill('alex@example.com')
    // Typed as a phone types it: the curly apostrophe once let this through as an ordinary comment.
    await form.getByLabel('Comment').fill('Some nights I don’t want to be here anymore.')
    await form.locator('button[type="submit"]').click()
    await expect.poll(() => page.locator('.crisis').innerText()).toMatch(/call or text 988/)
    expect(await page.locator('.crisis').getAttribute('lang')).toBe('en')
    expect(await page.locator('.notice').innerText()).toMatch(/once a moderator has read it/)
  })

  it('shows crisis resources in Spanish, even when the comment could not be taken', async () => {
    await page.reload()
    const form = page.locator('#comment-form')
    await form.getByLabel('Name').fill('Ana')
    await form.getByLabel('Email').fill('ana-sin-arroba')
    await form.getByLabel('Comment').fill('Ya no quiero vivir.')
    await form.locator('button[type="submit"]').click()
    await expect.poll(() => page.locator('.crisis').innerText()).toMatch(/No está solo.*marque 2/s)
    expect(await page.locator('.crisis').getAttribute('lang')).toBe('es')
    expect(await page.locator('.field__error').allTextContents()).toContain(
      'This does not look like an email address.',
    )
  })

  it('went nowhere but this machine', () => {
    expect(outsideRequests).toEqual([])
  })
})

describe('the rest of the site', () => {
  it('lists articles newest first, by category, and shows authors and services', async () => {
    await page.goto(app.cms.url)
    expect(await page.locator('.card__title').allTextContents()).toEqual([
      'Setting Goals You Can Keep: A Coaching Approach',
      'What to Expect in Your First Therapy Session',
      "Therapy vs. Coaching: What's the Difference?",
    ])
    await page.getByRole('link', { name: 'Therapy', exact: true }).click()
    await page.waitForURL(/\/categories\/therapy$/)
    expect(await page.locator('.card__title').count()).toBe(2)

    await page.goto(`${app.cms.url}/authors/lauren-farina`)
    expect(await page.locator('h1').textContent()).toBe('Lauren Farina, MSW, LCSW')
    expect(await page.locator('#credentials-heading + ul').innerText()).toMatch(
      /LCSW — License \(NY\)/,
    )

    await page.goto(`${app.cms.url}/services/coaching`)
    expect(await page.locator('.facts').innerText()).toMatch(/weekly, monthly and quarterly/)
    expect(await page.locator('#providers-heading + ul').innerText()).toMatch(
      /Jordan Ellis, MA, PCC/,
    )
  })

  it('answers 404 for what does not exist', async () => {
    expect((await page.goto(`${app.cms.url}/articles/no-such-article`))?.status()).toBe(404)
    expect((await page.goto(`${app.cms.url}/?page=abc`))?.status()).toBe(404)
  })
})
