/**
 * What every practice site asks first — "the article with this slug", "the articles in this
 * category" — in one request each, over GraphQL and REST, with the reader's access.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician, createCoach } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { people: true })

beforeAll(async () => {
  const clinician = await createClinician(app.payload)
  const coach = await createCoach(app.payload)
  const therapy = await app.payload.create({ collection: 'categories', data: { title: 'Therapy' } })
  const coaching = await app.payload.create({
    collection: 'categories',
    data: { title: 'Coaching' },
  })
  const psychotherapy = await app.payload.create({
    collection: 'services',
    data: {
      title: 'Psychotherapy',
      kind: 'clinical',
      requiresDiagnosis: true,
      providers: [clinician.id],
    },
  })
  const article = (title: string, publishedAt: string, extra: Record<string, unknown>) =>
    app.payload.create({
      collection: 'articles',
      data: { ...articleData(title, clinician.id), publishedAt, _status: 'published', ...extra },
    })
  await article('Therapy vs. Coaching', '2026-03-30T09:00:00.000Z', {
    categories: [therapy.id, coaching.id],
    services: [psychotherapy.id],
  })
  await article('Your First Session', '2026-04-14T09:00:00.000Z', {
    categories: [therapy.id],
    services: [psychotherapy.id],
  })
  await article('Goals You Can Keep', '2026-05-05T09:00:00.000Z', {
    categories: [coaching.id],
    authors: [coach.id],
  })
  await app.payload.create({
    collection: 'articles',
    draft: true,
    data: {
      ...articleData('Unpublished Thoughts', clinician.id),
      categories: [therapy.id],
      _status: 'draft',
    },
  })
})

const graphql = (query: string, token?: string) => app.api.graphqlData(query, { token })

const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title)

describe('by slug over GraphQL', () => {
  it('finds a published article with its authors, in one request', async () => {
    const data = await graphql(`
      {
        articleBySlug(slug: "therapy-vs-coaching") {
          title
          authors {
            displayName
          }
          categories {
            slug
          }
        }
      }
    `)
    expect(data.articleBySlug).toEqual({
      title: 'Therapy vs. Coaching',
      authors: [{ displayName: 'Lauren Farina, MSW, LCSW' }],
      categories: [{ slug: 'therapy' }, { slug: 'coaching' }],
    })
  })

  it('answers null for an unknown slug and for a draft, even when a reader asks for drafts', async () => {
    const data = await graphql(`
      {
        unknown: articleBySlug(slug: "no-such-article") {
          title
        }
        draft: articleBySlug(slug: "unpublished-thoughts") {
          title
        }
        askedForDraft: articleBySlug(slug: "unpublished-thoughts", draft: true) {
          title
        }
      }
    `)
    expect(data).toEqual({ unknown: null, draft: null, askedForDraft: null })
  })

  it('shows the draft to a signed-in editor who asks for it', async () => {
    const data = await graphql(
      `
        {
          articleBySlug(slug: "unpublished-thoughts", draft: true) {
            title
            _status
          }
        }
      `,
      app.sessions.editor.token,
    )
    expect(data.articleBySlug).toEqual({ title: 'Unpublished Thoughts', _status: 'draft' })
  })

  it('finds authors, services and categories', async () => {
    const data = await graphql(`
      {
        authorBySlug(slug: "lauren-farina") {
          displayName
        }
        serviceBySlug(slug: "psychotherapy") {
          title
          providers {
            name
          }
        }
        categoryBySlug(slug: "coaching") {
          title
        }
      }
    `)
    expect(data).toEqual({
      authorBySlug: { displayName: 'Lauren Farina, MSW, LCSW' },
      serviceBySlug: { title: 'Psychotherapy', providers: [{ name: 'Lauren Farina' }] },
      categoryBySlug: { title: 'Coaching' },
    })
  })
})

describe('the article feed over GraphQL', () => {
  it('lists published articles newest first', async () => {
    const data = await graphql('{ articleFeed { docs { title } totalDocs } }')
    expect(titles(data.articleFeed.docs)).toEqual([
      'Goals You Can Keep',
      'Your First Session',
      'Therapy vs. Coaching',
    ])
  })

  it.each([
    ['category: "therapy"', ['Your First Session', 'Therapy vs. Coaching']],
    ['category: "coaching"', ['Goals You Can Keep', 'Therapy vs. Coaching']],
    ['author: "sam-rivera"', ['Goals You Can Keep']],
    ['service: "psychotherapy"', ['Your First Session', 'Therapy vs. Coaching']],
    [
      'category: "therapy", service: "psychotherapy", where: { title: { like: "session" } }',
      ['Your First Session'],
    ],
    ['category: "no-such-category"', []],
  ])('filters by slug in one request: articleFeed(%s)', async (args, expected) => {
    const data = await graphql(`{ articleFeed(${args}) { docs { title } totalDocs } }`)
    expect(titles(data.articleFeed.docs)).toEqual(expected)
    expect(data.articleFeed.totalDocs).toBe(expected.length)
  })

  it('pages', async () => {
    const data = await graphql(
      '{ articleFeed(category: "therapy", limit: 1, page: 2) { docs { title } page totalPages hasNextPage } }',
    )
    expect(data.articleFeed).toEqual({
      docs: [{ title: 'Therapy vs. Coaching' }],
      page: 2,
      totalPages: 2,
      hasNextPage: false,
    })
  })

  it('keeps the anonymous bounds', async () => {
    const body = await (await app.api.graphql('{ articleFeed(limit: 1000) { totalDocs } }')).json()
    expect(body.errors[0].extensions).toMatchObject({ name: 'QueryError', statusCode: 400 })
  })
})

describe('the same over REST', () => {
  it('finds by slug with where and limit=1', async () => {
    const { docs } = await (
      await app.api.request('GET', '/articles?where[slug][equals]=therapy-vs-coaching&limit=1')
    ).json()
    expect(titles(docs)).toEqual(['Therapy vs. Coaching'])
  })

  it('filters by a category slug in one request, as the GraphQL feed does', async () => {
    const rest = await (
      await app.api.request(
        'GET',
        '/articles?where[categories.slug][equals]=therapy&sort=-publishedAt',
      )
    ).json()
    const data = await graphql('{ articleFeed(category: "therapy") { docs { title } } }')
    expect(titles(rest.docs)).toEqual(titles(data.articleFeed.docs))
  })
})
