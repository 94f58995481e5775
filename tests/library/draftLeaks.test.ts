/**
 * Anonymous readers (and moderators, who have nothing editorial) never see a draft or an unpublished
 * version — through any path: lists, single documents, `draft=true`, `where` on `_status`, counts,
 * GraphQL with `draft: true`, versions endpoints, and relationships populated from published articles.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { people: true })

const SECRET = 'Secret draft'
const REVISION = 'Unpublished revision'

let draftOnly: { id: number }
let revised: { id: number }
let withRelations: { id: number }

beforeAll(async () => {
  const authorId = (await createClinician(app.payload)).id

  draftOnly = await app.payload.create({
    collection: 'articles',
    draft: true,
    data: { ...articleData(SECRET, authorId), _status: 'draft' },
  })
  revised = await app.payload.create({
    collection: 'articles',
    data: { ...articleData('Published A', authorId), _status: 'published' },
  })
  await app.payload.update({
    collection: 'articles',
    id: revised.id,
    draft: true,
    data: { title: REVISION, _status: 'draft' },
  })
  withRelations = await app.payload.create({
    collection: 'articles',
    data: {
      ...articleData('Published B', authorId),
      _status: 'published',
      relatedArticles: [draftOnly.id, revised.id],
    },
  })
})

const readers = [
  ['anonymous', () => undefined],
  ['moderator', () => app.sessions.moderator.token],
] as const

describe.each(readers)('%s reader', (_reader, tokenOf) => {
  const get = async (path: string) => app.api.request('GET', path, { token: tokenOf() })
  const graphql = async (query: string) =>
    (await app.api.graphql(query, { token: tokenOf() })).json()
  const expectNoDraftText = (value: unknown) => {
    const text = JSON.stringify(value)
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(REVISION)
  }

  it('lists only published articles, with their published content', async () => {
    const body = await (await get('/articles?sort=title')).json()
    expect(body.docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Published A',
      'Published B',
    ])
    expectNoDraftText(body)
  })

  it('gets no draft by id', async () => {
    expect((await get(`/articles/${draftOnly.id}`)).status).toBe(404)
    expect((await get(`/articles/${draftOnly.id}?draft=true`)).status).toBe(404)
  })

  it('gets the published version, not the newer draft, even when asking for drafts', async () => {
    const body = await (await get(`/articles/${revised.id}?draft=true`)).json()
    expect(body.title).toBe('Published A')
    const list = await (await get('/articles?draft=true&sort=title')).json()
    expectNoDraftText(list)
    expect(list.docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Published A',
      'Published B',
    ])
  })

  it('finds nothing by filtering on _status', async () => {
    for (const where of [
      'where[_status][equals]=draft',
      'where[_status][not_equals]=published',
      'where[_status][in]=draft,published',
    ]) {
      const body = await (await get(`/articles?draft=true&${where}`)).json()
      expectNoDraftText(body)
      expect(body.docs.every((doc: { _status: string }) => doc._status === 'published')).toBe(true)
    }
    const count = await (await get('/articles/count?where[_status][equals]=draft')).json()
    expect(count.totalDocs).toBe(0)
  })

  it('cannot probe draft content through a where on a relationship', async () => {
    const body = await (
      await get(`/articles?where[relatedArticles.title][equals]=${encodeURIComponent(SECRET)}`)
    ).json()
    expect(body.docs).toEqual([])
  })

  it('sees no draft populated through relationships', async () => {
    const body = await (await get(`/articles/${withRelations.id}?depth=2`)).json()
    expectNoDraftText(body)
    const titles = body.relatedArticles
      .filter((item: unknown) => typeof item === 'object' && item)
      .map((item: { title: string }) => item.title)
    expect(titles).toEqual(['Published A'])
  })

  it('sees no draft through GraphQL, with or without draft: true', async () => {
    const list = await graphql(
      '{ Articles(draft: true, limit: 50) { docs { title relatedArticles { title } } } }',
    )
    expectNoDraftText(list)
    expect(list.data.Articles.docs.map((doc: { title: string }) => doc.title).sort()).toEqual([
      'Published A',
      'Published B',
    ])

    const single = await graphql(`{ Article(id: ${draftOnly.id}, draft: true) { title } }`)
    expectNoDraftText(single)
    expect(single.data?.Article ?? null).toBeNull()

    const revisedDoc = await graphql(`{ Article(id: ${revised.id}, draft: true) { title } }`)
    expect(revisedDoc.data.Article.title).toBe('Published A')

    const filtered = await graphql(
      '{ Articles(draft: true, where: { _status: { equals: draft } }) { totalDocs docs { title } } }',
    )
    expectNoDraftText(filtered)
  })

  it('cannot read versions over REST or GraphQL', async () => {
    expect((await get('/articles/versions')).status).toBe(403)
    const versions = await app.payload.findVersions({ collection: 'articles', limit: 1 })
    expect((await get(`/articles/versions/${versions.docs[0].id}`)).status).toBe(403)

    const graph = await graphql('{ versionsArticles { docs { version { title } } } }')
    expectNoDraftText(graph)
    expect(graph.errors?.[0]?.message).toMatch(/not allowed/i)
  })
})

describe('editorial users', () => {
  it('do see drafts (the admin needs them)', async () => {
    const body = await (
      await app.api.request('GET', `/articles/${draftOnly.id}?draft=true`, {
        token: app.sessions.writer.token,
      })
    ).json()
    expect(body.title).toBe(SECRET)
  })
})
