/**
 * Old links keep working after a writer fixes a slug: the slug readers knew is remembered when the
 * change goes public, and by-slug lookups — GraphQL and REST — find the document by it and say its
 * current slug. A draft's slug moves nothing, and only the CMS writes the list of earlier slugs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  articleData,
  createClinician,
  createPeople,
  type Sessions,
} from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import type { TestApp } from '../helpers/testApp'
import { createRouteClient, type RouteClient } from '../helpers/routeClient'

let harness: TestApp
let api: RouteClient
let people: Sessions
let articleId: number

const articleBySlug = async (slug: string) => {
  const data = await api.graphqlData(
    `{ articleBySlug(slug: ${JSON.stringify(slug)}) { id slug title } }`,
  )
  return data.articleBySlug as { id: number; slug: string; title: string } | null
}

const publishedSlugs = async () =>
  (await harness.payload.findByID({ collection: 'articles', id: articleId })).previousSlugs

beforeAll(async () => {
  harness = await startConsumerApp()
  api = createRouteClient(harness.config)
  people = await createPeople(harness.payload, api)
  const author = await createClinician(harness.payload)
  articleId = (
    await harness.payload.create({
      collection: 'articles',
      data: { ...articleData('Therapy vs coaching', author.id), _status: 'published' },
    })
  ).id
})

afterAll(async () => {
  await harness?.close()
})

describe('a published article whose slug is fixed', () => {
  it('keeps its public slug while the new one is only in a draft', async () => {
    const saved = await api.request('PATCH', `/articles/${articleId}?draft=true`, {
      token: people.editor.token,
      body: { slug: 'therapy-or-coaching' },
    })
    expect(saved.status).toBe(200)
    expect(await articleBySlug('therapy-vs-coaching')).toMatchObject({
      slug: 'therapy-vs-coaching',
    })
    expect(await articleBySlug('therapy-or-coaching')).toBeNull()
    expect(await publishedSlugs()).toEqual([])
  })

  it('once published, is found by its old slug, which says the current one', async () => {
    const published = await api.request('PATCH', `/articles/${articleId}`, {
      token: people.editor.token,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(await publishedSlugs()).toEqual(['therapy-vs-coaching'])
    expect(await articleBySlug('therapy-vs-coaching')).toMatchObject({
      id: articleId,
      slug: 'therapy-or-coaching',
    })
    expect(await articleBySlug('therapy-or-coaching')).toMatchObject({ id: articleId })
  })

  it('answers the old slug over REST with a permanent redirect to the current one', async () => {
    const old = await api.request('GET', '/articles/by-slug/therapy-vs-coaching?depth=0')
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe('/api/articles/by-slug/therapy-or-coaching?depth=0')
    expect(await old.json()).toMatchObject({ slug: 'therapy-or-coaching', id: articleId })

    const current = await api.request('GET', '/articles/by-slug/therapy-or-coaching?depth=0')
    expect(current.status).toBe(200)
    expect(await current.json()).toMatchObject({ id: articleId, title: 'Therapy vs coaching' })

    const unknown = await api.request('GET', '/articles/by-slug/never-was')
    expect(unknown.status).toBe(404)
    const { errors } = (await unknown.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toBe('There is no article with the slug "never-was".')
    expect(
      (await api.request('GET', '/articles/by-slug/therapy-or-coaching?depth=99')).status,
    ).toBe(400)
  })

  it('going back to the old slug makes it current again and remembers the other', async () => {
    await harness.payload.update({
      collection: 'articles',
      id: articleId,
      data: { slug: 'therapy-vs-coaching', _status: 'published' },
    })
    expect(await publishedSlugs()).toEqual(['therapy-or-coaching'])
    expect(await articleBySlug('therapy-or-coaching')).toMatchObject({
      slug: 'therapy-vs-coaching',
    })
  })

  it('cannot be given earlier slugs by an API client', async () => {
    const answer = await api.request('PATCH', `/articles/${articleId}`, {
      token: people.editor.token,
      body: { previousSlugs: ['invented', 'another'], _status: 'published' },
    })
    expect(answer.status).toBe(200)
    expect(await publishedSlugs()).toEqual(['therapy-or-coaching'])
  })
})

describe('an article never published', () => {
  it('moves its slug freely: nobody had its address', async () => {
    const author = await createClinician(harness.payload, 'Dana Whitfield')
    const draft = await harness.payload.create({
      collection: 'articles',
      data: { ...articleData('Work in progress', author.id), _status: 'draft' },
      draft: true,
    })
    const moved = await harness.payload.update({
      collection: 'articles',
      id: draft.id,
      data: { slug: 'work-in-progress-renamed' },
      draft: true,
    })
    expect(moved.previousSlugs ?? []).toEqual([])
    expect(await articleBySlug('work-in-progress')).toBeNull()
  })
})

describe('collections without drafts', () => {
  it('remember the slug as soon as it changes: an author, a category, a service', async () => {
    const category = await harness.payload.create({
      collection: 'categories',
      data: { title: 'Anxiety' },
    })
    await harness.payload.update({
      collection: 'categories',
      id: category.id,
      data: { slug: 'anxiety-and-worry' },
    })
    const data = await api.graphqlData(`{ categoryBySlug(slug: "anxiety") { slug } }`)
    expect(data.categoryBySlug).toEqual({ slug: 'anxiety-and-worry' })
    const rest = await api.request('GET', '/categories/by-slug/anxiety')
    expect(rest.status).toBe(301)
    expect(rest.headers.get('location')).toBe('/api/categories/by-slug/anxiety-and-worry')

    const author = await createClinician(harness.payload, 'Morgan Ellis')
    await harness.payload.update({
      collection: 'authors',
      id: author.id,
      data: { slug: 'morgan-ellis-lcsw' },
    })
    const authorData = await api.graphqlData(`{ authorBySlug(slug: "morgan-ellis") { slug } }`)
    expect(authorData.authorBySlug).toEqual({ slug: 'morgan-ellis-lcsw' })

    const service = await harness.payload.create({
      collection: 'services',
      data: { title: 'Life coaching', kind: 'non_clinical' },
    })
    await harness.payload.update({
      collection: 'services',
      id: service.id,
      data: { slug: 'coaching' },
    })
    const serviceData = await api.graphqlData(`{ serviceBySlug(slug: "life-coaching") { slug } }`)
    expect(serviceData.serviceBySlug).toEqual({ slug: 'coaching' })
  })

  it('an old slug taken by another document leads to that one', async () => {
    const reused = await harness.payload.create({
      collection: 'categories',
      data: { title: 'Anxiety' },
    })
    expect(reused.slug).toBe('anxiety')
    const data = await api.graphqlData(`{ categoryBySlug(slug: "anxiety") { id slug } }`)
    expect(data.categoryBySlug).toEqual({ id: reused.id, slug: 'anxiety' })
  })
})
