/**
 * Reading the comments of one article, as a front end builds a comment section: the documented
 * GraphQL filter on `target` (which Payload refused with "The following path cannot be queried"),
 * and the article's `commentThread` join — approved comments, threaded through `replies`, oldest
 * first, paginated — over GraphQL and REST, with the same answer as the REST filter.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician, createComment } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { people: true })

let articleId: number

beforeAll(async () => {
  const author = await createClinician(app.payload)
  const publish = (title: string) =>
    app.payload.create({
      collection: 'articles',
      data: { ...articleData(title, author.id), _status: 'published' },
    })
  articleId = (await publish('Therapy vs. Coaching')).id
  const otherId = (await publish('Another article')).id

  const comment = (
    body: string,
    status: 'approved' | 'pending' | 'rejected',
    parent?: number,
    target = articleId,
  ) =>
    createComment(app.payload, {
      articleId: target,
      body,
      status,
      parent,
      authorName: `${body} author`,
    })
  // Created one after another, so creation order is the reading order.
  const first = await comment('First', 'approved')
  await comment('Second', 'approved')
  await comment('Pending top-level', 'pending')
  const reply = await comment('Reply to first', 'approved', first.id)
  await comment('Pending reply', 'pending', first.id)
  await comment('Reply to the reply', 'approved', reply.id)
  await comment('Rejected top-level', 'rejected')
  await comment('Elsewhere', 'approved', undefined, otherId)
})

const graphql = (query: string, token?: string) => app.api.graphqlData(query, { token })

const bodies = (docs: { body: string }[]) => docs.map((doc) => doc.body)

describe('filtering comments by their target over GraphQL', () => {
  it('answers the documented filter with what REST answers', async () => {
    const rest = await (
      await app.api.request(
        'GET',
        `/comments?where[target.value][equals]=${articleId}&sort=createdAt&limit=100`,
      )
    ).json()
    const data = await graphql(
      `{ Comments(where: { target: { value: { equals: ${articleId} } } }, sort: "createdAt", limit: 100) { docs { body } totalDocs } }`,
    )
    expect(bodies(data.Comments.docs)).toEqual([
      'First',
      'Second',
      'Reply to first',
      'Reply to the reply',
    ])
    expect(bodies(data.Comments.docs)).toEqual(bodies(rest.docs))
    expect(data.Comments.totalDocs).toBe(rest.totalDocs)
  })

  it('takes the relationTo form and a bare value too', async () => {
    const data = await graphql(
      `{ Comments(where: { target: { relationTo: articles, value: ${articleId} } }, limit: 100) { totalDocs } }`,
    )
    expect(data.Comments.totalDocs).toBe(4)
  })

  it('works for moderators, who also see what waits for them', async () => {
    const data = await graphql(
      `{ Comments(where: { target: { value: { equals: ${articleId} } } }, limit: 100) { totalDocs } }`,
      app.sessions.moderator.token,
    )
    expect(data.Comments.totalDocs).toBe(7)
  })
})

describe('the article’s comment thread', () => {
  const THREAD = `
    commentThread(limit: 10, count: true) {
      totalDocs hasNextPage
      docs { body authorName authorEmail createdAt replies(limit: 10) { docs { body replies(limit: 10) { docs { body } } } } }
    }`

  it('shows approved comments oldest first, each with its approved replies, over GraphQL', async () => {
    const data = await graphql(`{ Article(id: ${articleId}) { ${THREAD} } }`)
    const thread = data.Article.commentThread
    expect(thread.totalDocs).toBe(2)
    expect(thread.hasNextPage).toBe(false)
    expect(bodies(thread.docs)).toEqual(['First', 'Second'])
    expect(thread.docs[0].authorEmail).toBeNull()
    expect(bodies(thread.docs[0].replies.docs)).toEqual(['Reply to first'])
    expect(bodies(thread.docs[0].replies.docs[0].replies.docs)).toEqual(['Reply to the reply'])
    expect(thread.docs[1].replies.docs).toEqual([])
  })

  it('is the same for a moderator: the thread is what readers see', async () => {
    const data = await graphql(
      `{ Article(id: ${articleId}) { ${THREAD} } }`,
      app.sessions.moderator.token,
    )
    expect(bodies(data.Article.commentThread.docs)).toEqual(['First', 'Second'])
    expect(bodies(data.Article.commentThread.docs[0].replies.docs)).toEqual(['Reply to first'])
  })

  it('applies the join’s own default limit when a query gives none, as REST does', async () => {
    const data = await graphql(`{ Article(id: ${articleId}) { commentThread { docs { body } } } }`)
    expect(bodies(data.Article.commentThread.docs)).toEqual(['First', 'Second'])
  })

  it('pages through the thread', async () => {
    const page = async (n: number) =>
      (
        await graphql(
          `{ Article(id: ${articleId}) { commentThread(limit: 1, page: ${n}) { hasNextPage docs { body } } } }`,
        )
      ).Article.commentThread
    expect(await page(1)).toEqual({ hasNextPage: true, docs: [{ body: 'First' }] })
    expect(await page(2)).toEqual({ hasNextPage: false, docs: [{ body: 'Second' }] })
  })

  it('is on the article over REST too, without private fields', async () => {
    const article = await (
      await app.api.request('GET', `/articles/${articleId}?joins[commentThread][limit]=10`)
    ).json()
    const thread = article.commentThread
    expect(bodies(thread.docs)).toEqual(['First', 'Second'])
    expect(thread.hasNextPage).toBe(false)
    expect(thread.docs[0].authorEmail).toBeUndefined()
    expect(thread.docs[0].ipHash).toBeUndefined()
    // At depth 2 the replies are listed by id (approved only); REST readers fetch the whole thread
    // as one flat list by target (above) and nest it by `parent`.
    const deeper = await (await app.api.request('GET', `/articles/${articleId}?depth=2`)).json()
    const [reply] = deeper.commentThread.docs[0].replies.docs
    expect((await (await app.api.request('GET', `/comments/${reply}`)).json()).body).toBe(
      'Reply to first',
    )
    expect(deeper.commentThread.docs[0].replies.docs).toHaveLength(1)
  })

  it('pages over REST', async () => {
    const article = await (
      await app.api.request(
        'GET',
        `/articles/${articleId}?joins[commentThread][limit]=1&joins[commentThread][page]=2`,
      )
    ).json()
    expect(bodies(article.commentThread.docs)).toEqual(['Second'])
  })
})
