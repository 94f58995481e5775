/**
 * Asking for fewer fields must not change the ones that come back. Lean list reads ask for fewer
 * fields: REST `select`/`populate`, GraphQL's `select: true` (Payload then loads only what the query
 * selects), the Local API's `select`. An image's `url` is computed from its stored file name, so a
 * selection of `url` alone once answered `"url": null`; and the API guards refused GraphQL's
 * `select: true` outright.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician, createImage } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp)

let coverId: number
let cover: { url: string; alt: string; thumbnailURL: string; sizes: { card: { url: string } } }

beforeAll(async () => {
  const author = await createClinician(app.payload)
  const media = await createImage(app.payload, {
    name: 'select-cover',
    alt: 'A calm green field',
    width: 32,
    height: 18,
  })
  coverId = media.id
  cover = media as unknown as typeof cover
  expect(cover.url).toMatch(/^\/api\/media\/file\/select-cover-/)
  await app.payload.create({
    collection: 'articles',
    data: {
      ...articleData('Therapy vs. Coaching', author.id),
      coverImage: coverId,
      _status: 'published',
    },
  })
})

describe("an image's url when only some fields are asked for", () => {
  it('REST: selecting url and alt of the media', async () => {
    const response = await app.api.request(
      'GET',
      `/media/${coverId}?select[url]=true&select[alt]=true`,
    )
    const doc = await response.json()
    expect(doc).toMatchObject({ url: cover.url, alt: cover.alt })
  })

  it('REST: populating only url and alt of an article’s cover', async () => {
    const response = await app.api.request(
      'GET',
      '/articles?select[title]=true&select[coverImage]=true&populate[media][url]=true&populate[media][alt]=true',
    )
    const { docs } = await response.json()
    expect(docs[0].coverImage).toMatchObject({ url: cover.url, alt: cover.alt })
  })

  it('REST: selecting one size’s url', async () => {
    const response = await app.api.request('GET', `/media/${coverId}?select[sizes][card][url]=true`)
    expect((await response.json()).sizes.card.url).toBe(cover.sizes.card.url)
  })

  it('REST: selecting all of the sizes answers each size whole (url, width, height)', async () => {
    // Large enough for every size (sharp does not enlarge the 32-pixel cover).
    const photo = await createImage(app.payload, {
      name: 'select-sizes',
      alt: 'A wide meadow',
      width: 1600,
      height: 900,
    })
    const whole = (await (await app.api.request('GET', `/media/${photo.id}`)).json()).sizes
    expect(whole.card).toMatchObject({
      url: expect.stringMatching(/768x432/),
      width: 768,
      height: 432,
    })
    const selected = await app.api.request('GET', `/media/${photo.id}?select[sizes]=true`)
    expect((await selected.json()).sizes).toEqual(whole)
    // Populated: the article's (small) cover, each size with every key.
    const coverSizes = (await (await app.api.request('GET', `/media/${coverId}`)).json()).sizes
    const populated = await app.api.request(
      'GET',
      '/articles?select[coverImage]=true&populate[media][sizes]=true',
    )
    expect((await populated.json()).docs[0].coverImage.sizes).toEqual(coverSizes)
    const thumbnailOnly = await app.api.request(
      'GET',
      `/media/${photo.id}?select[thumbnailURL]=true`,
    )
    expect((await thumbnailOnly.json()).thumbnailURL).toBe(whole.thumbnail.url)
  })

  it('Local API: selecting url and the thumbnail', async () => {
    const doc = await app.payload.findByID({
      collection: 'media',
      id: coverId,
      select: { url: true, thumbnailURL: true },
    })
    expect(doc).toMatchObject({ url: cover.url, thumbnailURL: cover.thumbnailURL })
  })
})

describe("GraphQL's select: true", () => {
  const cards = (select: boolean) => `{
    Articles(limit: 10${select ? ', select: true' : ''}) {
      docs { title slug coverImage { url alt sizes { card { url } } } authors { displayName } }
    }
  }`

  it('answers exactly what the same query answers without it', async () => {
    const lean = await app.api.graphqlData(cards(true))
    const full = await app.api.graphqlData(cards(false))
    expect(lean).toEqual(full)
    expect(lean.Articles.docs[0]).toMatchObject({
      coverImage: {
        url: cover.url,
        alt: cover.alt,
        sizes: { card: { url: cover.sizes.card.url } },
      },
      authors: [{ displayName: 'Lauren Farina, MSW, LCSW' }],
    })
  })
})
