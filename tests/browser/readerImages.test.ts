/**
 * The reader site's images as a reader's browser gets them (Chromium, production build, the demo
 * content): every srcset candidate exists at the width it claims, width and height give the box the
 * picture's shape before it loads, `sizes` tells the browser how wide the layout really draws it,
 * the article's cover is fetched at once and cards below the fold only when near — and a phone
 * downloads a smaller file than a laptop.
 */
import type { BrowserContextOptions, Page } from 'playwright-core'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { addRelatedReading, REFERENCE_PATH } from '../helpers/readerContent'
import { useBrowserApp } from '../helpers/useBrowserApp'

const ADMIN = { email: 'admin@practice.example', password: 'reader-images-admin-password' }
// The same density for both, so that only the width of the screen differs. (At density 1 both
// would take the 768 px size: 335 and 704 CSS px both fit in it.)
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 }
const LAPTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 2,
}

const app = useBrowserApp(ADMIN, { SEED_DEMO_CONTENT: 'true' })

beforeAll(async () => {
  await addRelatedReading(app.http, await app.http.token(ADMIN.email, ADMIN.password))
})

type ImageFacts = {
  srcset: string
  width: number
  height: number
  loading: string
  decoding: string
  fetchPriority: string
  currentSrc: string
  /** For a srcset image, the density-corrected size: the width `sizes` gave it, in CSS px. */
  naturalWidth: number
  naturalHeight: number
  drawnWidth: number
}

const imageFacts = (page: Page, selector: string): Promise<ImageFacts[]> =>
  page.locator(selector).evaluateAll((images: HTMLImageElement[]) =>
    images.map((image) => ({
      srcset: image.getAttribute('srcset') ?? '',
      width: Number(image.getAttribute('width')),
      height: Number(image.getAttribute('height')),
      loading: image.getAttribute('loading') ?? '',
      decoding: image.getAttribute('decoding') ?? '',
      fetchPriority: image.getAttribute('fetchpriority') ?? '',
      currentSrc: image.currentSrc,
      naturalWidth: image.naturalWidth,
      naturalHeight: image.naturalHeight,
      drawnWidth: image.getBoundingClientRect().width,
    })),
  )

/** Waits until every image matching `selector` has loaded (scrolling lazy ones into view). */
async function loadImages(page: Page, selector: string) {
  for (const image of await page.locator(selector).all()) {
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.complete))
      .toBe(true)
  }
}

const candidatesOf = (srcset: string) =>
  srcset.split(', ').map((candidate) => {
    const [url, descriptor] = candidate.split(' ')
    return { url, width: Number(descriptor.replace(/w$/, '')) }
  })

/**
 * The width `sizes` resolved to is at least the drawn width (or the browser would pick a blurry
 * file), and not much more (or it would download more than it shows). Chromium rounds the
 * density-corrected width down: a pixel's leeway.
 */
function expectSizesToFitLayout({ naturalWidth, drawnWidth }: ImageFacts) {
  expect(naturalWidth).toBeGreaterThanOrEqual(Math.floor(drawnWidth) - 1)
  // The one card `sizes` serves two grids and takes the wider of them: up to 10 % over.
  expect(naturalWidth).toBeLessThanOrEqual(Math.ceil(drawnWidth * 1.1))
}

async function openPage(context: BrowserContextOptions, path: string) {
  const page = await app.browser.newPage(context)
  const response = await page.goto(`${app.cms.url}${path}`)
  expect(response?.status()).toBe(200)
  return page
}

describe('the article’s cover', () => {
  it('offers every size of the upload at its real width, each one served as an image', async () => {
    const page = await openPage(LAPTOP, REFERENCE_PATH)
    const [cover] = await imageFacts(page, 'img.hero')
    const candidates = candidatesOf(cover.srcset)
    // The original (1600 × 900) and its 768 px size; the square thumbnail is another picture.
    expect(candidates.map(({ width }) => width)).toEqual([768, 1600])
    for (const { url, width } of candidates) {
      const response = await fetch(new URL(url, app.cms.url))
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type'), url).toMatch(/^image\//)
      const file = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      expect(file.width, url).toBe(width)
      expect(file.width! / file.height!).toBeCloseTo(cover.width / cover.height, 2)
    }
    await page.close()
  })

  it('has the shape of the picture before it loads, is drawn as wide as `sizes` says, and loads at once', async () => {
    for (const context of [PHONE, LAPTOP]) {
      const page = await openPage(context, REFERENCE_PATH)
      await loadImages(page, 'img.hero')
      const [cover] = await imageFacts(page, 'img.hero')
      expect(cover.width / cover.height).toBeCloseTo(cover.naturalWidth / cover.naturalHeight, 2)
      expectSizesToFitLayout(cover)
      expect(cover).toMatchObject({ loading: 'eager', fetchPriority: 'high' })
      await page.close()
    }
  })

  it('is a smaller file on a phone than on a laptop', async () => {
    const chosenWidth = async (context: BrowserContextOptions) => {
      // A page of its own each time: a browser reuses a larger file it already has.
      const page = await openPage(context, REFERENCE_PATH)
      await loadImages(page, 'img.hero')
      const [cover] = await imageFacts(page, 'img.hero')
      await page.close()
      return candidatesOf(cover.srcset).find(({ url }) => cover.currentSrc.endsWith(url))?.width
    }
    const phone = await chosenWidth(PHONE)
    const laptop = await chosenWidth(LAPTOP)
    expect(phone).toBeDefined()
    expect(laptop).toBeDefined()
    expect(phone).toBeLessThan(laptop!)
  })
})

describe('cards and headshots', () => {
  it('below the fold, load only as a reader comes near, and fit their grid', async () => {
    for (const context of [PHONE, LAPTOP]) {
      const page = await openPage(context, REFERENCE_PATH)
      const cards = await imageFacts(page, '.grid img')
      expect(cards.length).toBe(2)
      for (const card of cards) {
        expect(card).toMatchObject({ loading: 'lazy', decoding: 'async', fetchPriority: '' })
        expect(card.srcset).toMatch(/ 768w, .* 1600w$/)
      }
      await loadImages(page, '.grid img')
      for (const card of await imageFacts(page, '.grid img')) expectSizesToFitLayout(card)
      await page.close()
    }
  })

  it('on the blog, the first cover loads at once and the others wait', async () => {
    const page = await openPage(LAPTOP, '/')
    const cards = await imageFacts(page, '.grid img')
    expect(cards.map(({ loading }) => loading)).toEqual(['eager', 'lazy', 'lazy'])
    await loadImages(page, '.grid img')
    for (const card of await imageFacts(page, '.grid img')) expectSizesToFitLayout(card)
    await page.close()
  })

  it('an author’s headshot offers its square sizes and is drawn at 160 px', async () => {
    const page = await openPage(LAPTOP, '/authors/lauren-farina')
    await loadImages(page, 'img.portrait')
    const [headshot] = await imageFacts(page, 'img.portrait')
    expect(candidatesOf(headshot.srcset).map(({ width }) => width)).toEqual([320, 600])
    expect(headshot).toMatchObject({ width: 600, height: 600, loading: 'eager' })
    expectSizesToFitLayout(headshot)
    await page.close()
  })
})
