/**
 * Old links keep working after a writer fixes a slug: the slug readers knew is remembered when the
 * change goes public, and by-slug lookups — GraphQL and REST — find the document by it and say its
 * current slug. A draft's slug moves nothing, and only the CMS writes the list of earlier slugs.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { people: true })

let articleId: number

const articleBySlug = async (slug: string) => {
  const data = await app.api.graphqlData(
    `{ articleBySlug(slug: ${JSON.stringify(slug)}) { id slug title } }`,
  )
  return data.articleBySlug as { id: number; slug: string; title: string } | null
}

const publishedSlugs = async () =>
  (await app.payload.findByID({ collection: 'articles', id: articleId })).previousSlugs

beforeAll(async () => {
  const author = await createClinician(app.payload)
  articleId = (
    await app.payload.create({
      collection: 'articles',
      data: { ...articleData('Therapy vs coaching', author.id), _status: 'published' },
    })
  ).id
})

describe('a published article whose slug is fixed', () => {
  it('keeps its public slug while the new one is only in a draft', async () => {
    const saved = await app.api.request('PATCH', `/articles/${articleId}?draft=true`, {
      token: app.sessions.editor.token,
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
    const published = await app.api.request('PATCH', `/articles/${articleId}`, {
      token: app.sessions.editor.token,
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
    const old = await app.api.request('GET', '/articles/by-slug/therapy-vs-coaching?depth=0')
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe('/api/articles/by-slug/therapy-or-coaching?depth=0')
    expect(await old.json()).toMatchObject({ slug: 'therapy-or-coaching', id: articleId })

    const current = await app.api.request('GET', '/articles/by-slug/therapy-or-coaching?depth=0')
    expect(current.status).toBe(200)
    expect(await current.json()).toMatchObject({ id: articleId, title: 'Therapy vs coaching' })

    const unknown = await app.api.request('GET', '/articles/by-slug/never-was')
    expect(unknown.status).toBe(404)
    const { errors } = (await unknown.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toBe('There is no article with the slug "never-was".')
    expect(
      (await app.api.request('GET', '/articles/by-slug/therapy-or-coaching?depth=99')).status,
    ).toBe(400)
  })

  it('going back to the old slug makes it current again and remembers the other', async () => {
    await app.payload.update({
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
    const answer = await app.api.request('PATCH', `/articles/${articleId}`, {
      token: app.sessions.editor.token,
      body: { previousSlugs: ['invented', 'another'], _status: 'published' },
    })
    expect(answer.status).toBe(200)
    expect(await publishedSlugs()).toEqual(['therapy-or-coaching'])
  })
})

describe('an article never published', () => {
  it('moves its slug freely: nobody had its address', async () => {
    const author = await createClinician(app.payload, 'Dana Whitfield')
    const draft = await app.payload.create({
      collection: 'articles',
      data: { ...articleData('Work in progress', author.id), _status: 'draft' },
      draft: true,
    })
    const moved = await app.payload.update({
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
    const category = await app.payload.create({
      collection: 'categories',
      data: { title: 'Anxiety' },
    })
    await app.payload.update({
      collection: 'categories',
      id: category.id,
      data: { slug: 'anxiety-and-worry' },
    })
    const data = await app.api.graphqlData(`{ categoryBySlug(slug: "anxiety") { slug } }`)
    expect(data.categoryBySlug).toEqual({ slug: 'anxiety-and-worry' })
    const rest = await app.api.request('GET', '/categories/by-slug/anxiety')
    expect(rest.status).toBe(301)
    expect(rest.headers.get('location')).toBe('/api/categories/by-slug/anxiety-and-worry')

    const author = await createClinician(app.payload, 'Morgan Ellis')
    await app.payload.update({
      collection: 'authors',
      id: author.id,
      data: { slug: 'morgan-ellis-lcsw' },
    })
    const authorData = await app.api.graphqlData(`{ authorBySlug(slug: "morgan-ellis") { slug } }`)
    expect(authorData.authorBySlug).toEqual({ slug: 'morgan-ellis-lcsw' })

    const service = await app.payload.create({
      collection: 'services',
      data: { title: 'Life coaching', kind: 'non_clinical' },
    })
    await app.payload.update({
      collection: 'services',
      id: service.id,
      data: { slug: 'coaching' },
    })
    const serviceData = await app.api.graphqlData(
      `{ serviceBySlug(slug: "life-coaching") { slug } }`,
    )
    expect(serviceData.serviceBySlug).toEqual({ slug: 'coaching' })
  })

  it('an old slug taken by another document leads to that one', async () => {
    const reused = await app.payload.create({
      collection: 'categories',
      data: { title: 'Anxiety' },
    })
    expect(reused.slug).toBe('anxiety')
    const data = await app.api.graphqlData(`{ categoryBySlug(slug: "anxiety") { id slug } }`)
    expect(data.categoryBySlug).toEqual({ id: reused.id, slug: 'anxiety' })
  })
})
