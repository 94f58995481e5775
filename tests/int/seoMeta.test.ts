/**
 * `meta.title`, `meta.description` and `meta.image` hold the effective values — what a search
 * engine or link preview should show — on every read path, so front ends never reimplement the
 * fallback to the title, the excerpt and the cover image.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { up as fillSeoMetaMigration } from '../../src/migrations/20261127_071900_fill_seo_meta'
import { articleData, createClinician, createImage } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { usingSqlite } from '../helpers/testDatabase'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startPayload)

let authorId: number
let coverId: number

beforeAll(async () => {
  authorId = (await createClinician(app.payload)).id
  coverId = (await createImage(app.payload, { name: 'seo-cover', alt: 'A calm green field' })).id
})

const publish = (title: string, extra: Record<string, unknown> = {}) =>
  app.payload.create({
    collection: 'articles',
    data: { ...articleData(title, authorId), _status: 'published', ...extra },
  })

const metaOf = async (id: number) =>
  (await app.payload.findByID({ collection: 'articles', id, depth: 0 })).meta

describe('effective SEO values', () => {
  it('come from the title, the excerpt and the cover image when the writer chose none', async () => {
    const article = await publish('Therapy vs. Coaching', {
      excerpt: 'How we decide which one fits.',
      coverImage: coverId,
    })
    expect(await metaOf(article.id)).toMatchObject({
      title: 'Therapy vs. Coaching',
      description: 'How we decide which one fits.',
      image: coverId,
    })
  })

  it('are the same on every read path', async () => {
    const article = await publish('Reading Paths', {
      excerpt: 'One value everywhere.',
      coverImage: coverId,
    })
    const expected = { title: 'Reading Paths', description: 'One value everywhere.' }
    const rest = await (await app.api.request('GET', `/articles/${article.id}?depth=0`)).json()
    const restSelect = await (
      await app.api.request('GET', `/articles/${article.id}?select[meta]=true`)
    ).json()
    const restList = await (
      await app.api.request(
        'GET',
        `/articles?where[id][equals]=${article.id}&select[meta][title]=true&select[meta][description]=true`,
      )
    ).json()
    const graphql = await (
      await app.api.graphql(
        `{ Article(id: ${article.id}) { meta { title description image { alt } } } }`,
      )
    ).json()
    expect(rest.meta).toMatchObject({ ...expected, image: coverId })
    expect(restSelect.meta).toMatchObject({
      ...expected,
      image: expect.objectContaining({ id: coverId }),
    })
    expect(restList.docs[0].meta).toEqual(expected)
    expect(graphql.data.Article.meta).toEqual({ ...expected, image: { alt: 'A calm green field' } })
  })

  it('shorten a long title at a word, within 70 characters', async () => {
    const title =
      'What to Expect in Your Very First Therapy Session, and How to Prepare for It Well'
    const { title: seoTitle } = (await metaOf((await publish(title)).id)) ?? {}
    expect(seoTitle).toBe('What to Expect in Your Very First Therapy Session, and How to Prepare…')
    expect(seoTitle!.length).toBeLessThanOrEqual(70)
  })

  it('describe an article without an excerpt by the start of its body, within 160 characters', async () => {
    const body = lexicalFromParagraphs([
      'Psychotherapy treats the symptoms of a mental health condition.',
      'Coaching helps people who already function well to reach further, with direct and action-oriented sessions that look ahead.',
    ])
    const article = await app.payload.create({
      collection: 'articles',
      data: { title: 'No Excerpt', body, authors: [authorId], _status: 'published' },
    })
    const { description } = (await metaOf(article.id)) ?? {}
    expect(description).toMatch(
      /^Psychotherapy treats the symptoms of a mental health condition\. Coaching helps/,
    )
    expect(description).toMatch(/…$/)
    expect(description!.length).toBeLessThanOrEqual(160)
  })

  it('follow the title while they still hold the filled-in value, and keep what the writer typed', async () => {
    const article = await publish('First Title', { excerpt: 'First excerpt.' })
    await app.payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Second Title', excerpt: 'Second excerpt.' },
    })
    expect(await metaOf(article.id)).toMatchObject({
      title: 'Second Title',
      description: 'Second excerpt.',
    })

    await app.payload.update({
      collection: 'articles',
      id: article.id,
      data: { meta: { title: 'Chosen by the writer' } },
    })
    await app.payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Third Title' },
    })
    expect(await metaOf(article.id)).toMatchObject({
      title: 'Chosen by the writer',
      description: 'Second excerpt.',
    })

    // Clearing it returns to the automatic value.
    await app.payload.update({
      collection: 'articles',
      id: article.id,
      data: { meta: { title: '' } },
    })
    expect((await metaOf(article.id))?.title).toBe('Third Title')
  })

  // The CMS's migrations are PostgreSQL's (SQLite runs here only to prove the library's adapter independence).
  it.skipIf(usingSqlite())(
    'are filled for articles saved before they existed, by a migration',
    async () => {
      const article = await publish('Saved Long Ago', {
        excerpt: 'An old excerpt.',
        coverImage: coverId,
      })
      const { drizzle } = app.payload.db as unknown as {
        drizzle: Parameters<typeof fillSeoMetaMigration>[0]['db']
      }
      const { sql } = await import('@payloadcms/db-postgres')
      await drizzle.execute(
        sql`UPDATE articles SET meta_title = NULL, meta_description = NULL, meta_image_id = NULL WHERE id = ${article.id}`,
      )
      await drizzle.execute(
        sql`UPDATE _articles_v SET version_meta_title = NULL, version_meta_description = NULL WHERE parent_id = ${article.id}`,
      )
      expect((await metaOf(article.id))?.title).toBeNull()

      await fillSeoMetaMigration({ db: drizzle, payload: app.payload, req: {} as never })
      expect(await metaOf(article.id)).toMatchObject({
        title: 'Saved Long Ago',
        description: 'An old excerpt.',
        image: coverId,
      })
      const { docs } = await app.payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: article.id } },
      })
      expect(docs[0].version.meta?.title).toBe('Saved Long Ago')
    },
  )
})
