/**
 * Deep list pages (upstream/deepListPages.ts reads their ids first, then the documents): what a reader
 * gets on page 7 is exactly the 7th slice of the list — right order, right pagination, drafts left
 * out, each article with its own comment thread — over REST, GraphQL and the Local API.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician, createComment } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startPayload)

const PUBLISHED = 75
/** Titles newest first, as `sort=-publishedAt` lists them. */
let newestFirst: string[]
let commentedTitle: string

beforeAll(async () => {
  const author = await createClinician(app.payload)
  const titles: string[] = []
  for (let n = 1; n <= PUBLISHED; n++) {
    const title = `Deep page article ${String(n).padStart(3, '0')}`
    titles.push(title)
    const article = await app.payload.create({
      collection: 'articles',
      data: {
        ...articleData(title, author.id),
        publishedAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
        _status: 'published',
      },
    })
    // Article 12 lands on page 7 of 10 newest first (positions 61–70): it gets a discussion.
    if (n === 12) {
      commentedTitle = title
      await createComment(app.payload, {
        articleId: article.id,
        body: 'Approved on page seven',
      })
      await createComment(app.payload, {
        articleId: article.id,
        body: 'Still waiting',
        status: 'pending',
      })
    }
    // Drafts in between must not shift the pages.
    if (n % 10 === 0) {
      await app.payload.create({
        collection: 'articles',
        draft: true,
        data: { ...articleData(`Draft between ${n}`, author.id), _status: 'draft' },
      })
    }
  }
  newestFirst = titles.reverse()
}, 120_000)

type ArticlePage = {
  docs: { title: string; commentThread?: { docs: { body?: string }[] } }[]
  page: number
  totalDocs: number
  totalPages: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

describe('a deep page of articles', () => {
  it('over REST is the right slice, in order, with each article’s own approved comments', async () => {
    const response = await app.api.request(
      'GET',
      '/articles?limit=10&page=7&sort=-publishedAt&depth=1',
    )
    const page = (await response.json()) as ArticlePage
    expect(response.status).toBe(200)
    expect(page.docs.map((doc) => doc.title)).toEqual(newestFirst.slice(60, 70))
    expect(page).toMatchObject({ page: 7, totalDocs: PUBLISHED, totalPages: 8 })
    expect(page.hasNextPage && page.hasPrevPage).toBe(true)
    const commented = page.docs.find((doc) => doc.title === commentedTitle)
    expect(commented?.commentThread?.docs.map((comment) => comment.body)).toEqual([
      'Approved on page seven',
    ])
    const others = page.docs.filter((doc) => doc.title !== commentedTitle)
    expect(others.every((doc) => doc.commentThread?.docs.length === 0)).toBe(true)
  })

  it('keeps the order it was asked for, and `select`', async () => {
    const response = await app.api.request(
      'GET',
      '/articles?limit=10&page=6&sort=title&select[title]=true',
    )
    const page = (await response.json()) as ArticlePage
    const byTitle = [...newestFirst].sort()
    expect(page.docs.map((doc) => doc.title)).toEqual(byTitle.slice(50, 60))
    expect(Object.keys(page.docs[0]).sort()).toEqual(['id', 'title'])
  })

  it('ends with a short last page, and an empty page past the end', async () => {
    const last = (await (
      await app.api.request('GET', '/articles?limit=10&page=8&sort=-publishedAt&depth=0')
    ).json()) as ArticlePage
    expect(last.docs.map((doc) => doc.title)).toEqual(newestFirst.slice(70))
    expect(last.hasNextPage).toBe(false)
    const beyond = (await (
      await app.api.request('GET', '/articles?limit=10&page=9&sort=-publishedAt&depth=0')
    ).json()) as ArticlePage
    expect(beyond.docs).toEqual([])
  })

  it('is the same over GraphQL and the Local API', async () => {
    const data = await app.api.graphqlData(
      '{ Articles(limit: 10, page: 7, sort: "-publishedAt") { docs { title } totalDocs } }',
    )
    expect(data.Articles.docs.map((doc: { title: string }) => doc.title)).toEqual(
      newestFirst.slice(60, 70),
    )
    const local = await app.payload.find({
      collection: 'articles',
      limit: 10,
      page: 7,
      sort: '-publishedAt',
      where: { _status: { equals: 'published' } },
    })
    expect(local.docs.map((doc) => doc.title)).toEqual(newestFirst.slice(60, 70))
    expect(
      local.docs.find((doc) => doc.title === commentedTitle)?.commentThread?.docs,
    ).toHaveLength(1)
  })
})
