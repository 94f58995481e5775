/**
 * The demo content: created on the first run (here forced with SEED_DEMO_CONTENT=true), complete
 * enough to publish the reference article, and idempotent — seeding again creates and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent } from '../../src/seed'
import { startPayload, type PayloadHarness } from '../helpers/payloadHarness'
import { createRouteClient, type RouteClient } from '../helpers/routeClient'

let harness: PayloadHarness
let api: RouteClient

beforeAll(async () => {
  process.env.SEED_DEMO_CONTENT = 'true'
  harness = await startPayload()
  api = createRouteClient(harness.config)
})

afterAll(async () => {
  await harness?.close()
})

const counts = async () => {
  const result: Record<string, number> = {}
  for (const collection of ['categories', 'authors', 'services', 'articles'] as const) {
    result[collection] = (await harness.payload.count({ collection })).totalDocs
  }
  return result
}

describe('demo content', () => {
  it('is created on the first run', async () => {
    expect(await counts()).toEqual({ categories: 3, authors: 2, services: 2, articles: 3 })
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
    const { data, errors } = await (await api.graphql(query)).json()
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
    expect(article.categories.map((category: { title: string }) => category.title)).toEqual(['Therapy', 'Coaching'])
  })

  it('creates nothing and changes nothing when run again', async () => {
    const service = (await harness.payload.find({ collection: 'services', where: { slug: { equals: 'coaching' } } })).docs[0]
    await harness.payload.update({ collection: 'services', id: service.id, data: { summary: 'Edited by an editor.' } })

    expect(await seedDemoContent(harness.payload)).toEqual({ categories: 0, authors: 0, services: 0, articles: 0 })
    expect(await counts()).toEqual({ categories: 3, authors: 2, services: 2, articles: 3 })
    const after = await harness.payload.findByID({ collection: 'services', id: service.id })
    expect(after.summary).toBe('Edited by an editor.')
  })
})
