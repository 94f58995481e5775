/**
 * The demo content: created on the first run (here forced with SEED_DEMO_CONTENT=true), complete
 * enough to publish the reference article — headings, lists, a cover image, a discussion — and
 * idempotent: seeding again creates and changes nothing. SERVER_URL is set, so file URLs are absolute.
 */
import { describe, expect, it } from 'vitest'

import { seedDemoContent } from '../../src/seed'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const SERVER_URL = 'https://cms.practice.example'
const SEEDED = { categories: 3, authors: 2, services: 2, articles: 3, media: 5, comments: 3 }

const app = useTestApp(() => startPayload({ env: { SEED_DEMO_CONTENT: 'true', SERVER_URL } }))

const counts = async () => {
  const result: Record<string, number> = {}
  for (const collection of [
    'categories',
    'authors',
    'services',
    'articles',
    'media',
    'comments',
  ] as const) {
    result[collection] = (await app.payload.count({ collection })).totalDocs
  }
  return result
}

describe('demo content', () => {
  it('is created on the first run', async () => {
    expect(await counts()).toEqual(SEEDED)
  })

  it('publishes the reference article as a reader sees it, through GraphQL', async () => {
    const query = `{
      Articles(where: { slug: { equals: "therapy-vs-coaching-whats-the-difference" } }) {
        docs {
          title publishedAt readingTimeMinutes
          authors { displayName }
          services { title kind requiresDiagnosis }
          categories { title }
        }
      }
    }`
    const { data, errors } = await (await app.api.graphql(query)).json()
    expect(errors).toBeUndefined()
    const [article] = data.Articles.docs
    expect(article).toMatchObject({
      title: "Therapy vs. Coaching: What's the Difference?",
      publishedAt: '2026-03-30T09:00:00.000Z',
      readingTimeMinutes: 2,
      authors: [{ displayName: 'Lauren Farina, MSW, LCSW' }],
    })
    expect(article.services).toEqual([
      { title: 'Psychotherapy', kind: 'clinical', requiresDiagnosis: true },
      { title: 'Coaching', kind: 'non_clinical', requiresDiagnosis: false },
    ])
    expect(article.categories.map((category: { title: string }) => category.title)).toEqual([
      'Therapy',
      'Coaching',
    ])
  })

  it('writes bodies as writers do: headings, lists, a quote, emphasis and links', async () => {
    const { docs } = await (
      await app.api.request(
        'GET',
        '/articles?where[slug][equals]=therapy-vs-coaching-whats-the-difference&depth=0',
      )
    ).json()
    const nodes = docs[0].body.root.children as {
      type: string
      tag?: string
      listType?: string
      children: { type: string }[]
    }[]
    expect(nodes.filter((node) => node.type === 'heading').map((node) => node.tag)).toEqual([
      'h2',
      'h2',
      'h2',
    ])
    expect(nodes.filter((node) => node.type === 'list').map((node) => node.listType)).toEqual([
      'bullet',
      'bullet',
      'number',
    ])
    expect(nodes.some((node) => node.type === 'quote')).toBe(true)
    expect(nodes.flatMap((node) => node.children).some((child) => child.type === 'link')).toBe(true)
  })

  it('gives every article a cover image and every author a portrait, served at absolute URLs', async () => {
    const query = `{
      Articles(limit: 10) { docs { title coverImage { url alt width height sizes { card { url width } } } meta { image { url } } } }
      Authors { docs { name headshot { url alt } } }
    }`
    const { data, errors } = await (await app.api.graphql(query)).json()
    expect(errors).toBeUndefined()
    for (const article of data.Articles.docs) {
      expect(article.coverImage.url, article.title).toMatch(
        new RegExp(`^${SERVER_URL}/api/media/file/cover-.+\\.webp$`),
      )
      expect(article.coverImage).toMatchObject({
        width: 1600,
        height: 900,
        alt: expect.stringMatching(/\w+/),
      })
      expect(article.coverImage.sizes.card).toMatchObject({
        width: 768,
        url: expect.stringMatching(new RegExp(`^${SERVER_URL}/`)),
      })
      expect(article.meta.image.url).toBe(article.coverImage.url)
    }
    for (const author of data.Authors.docs)
      expect(author.headshot.url).toMatch(new RegExp(`^${SERVER_URL}/api/media/file/portrait-`))

    // The file behind the URL is a real image, served by the CMS.
    const path = new URL(data.Articles.docs[0].coverImage.url).pathname.replace(/^\/api/, '')
    const file = await app.api.request('GET', path)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000)
  })

  it('names the practice and opens a discussion under the reference article', async () => {
    const query = `{
      Practice { name tagline }
      articleBySlug(slug: "therapy-vs-coaching-whats-the-difference") {
        approvedCommentCount
        commentThread { docs { authorName isStaffReply replies { docs { authorName isStaffReply } } } }
      }
    }`
    const { data, errors } = await (await app.api.graphql(query)).json()
    expect(errors).toBeUndefined()
    expect(data.Practice.name).toBe('Invited')
    expect(data.articleBySlug.approvedCommentCount).toBe(3)
    expect(data.articleBySlug.commentThread.docs).toEqual([
      {
        authorName: 'Maya R.',
        isStaffReply: false,
        replies: { docs: [{ authorName: 'Lauren Farina', isStaffReply: true }] },
      },
      { authorName: 'Chris', isStaffReply: false, replies: { docs: [] } },
    ])
  })

  it('creates nothing and changes nothing when run again', async () => {
    const service = (
      await app.payload.find({
        collection: 'services',
        where: { slug: { equals: 'coaching' } },
      })
    ).docs[0]
    await app.payload.update({
      collection: 'services',
      id: service.id,
      data: { summary: 'Edited by an editor.' },
    })

    expect(await seedDemoContent(app.payload)).toEqual({
      categories: 0,
      authors: 0,
      services: 0,
      articles: 0,
      media: 0,
      comments: 0,
    })
    expect(await counts()).toEqual(SEEDED)
    const after = await app.payload.findByID({ collection: 'services', id: service.id })
    expect(after.summary).toBe('Edited by an editor.')
  })
})
