/**
 * `approvedCommentCount` under load: moderators approving (and rejecting, and deleting) comments at
 * the same time must leave the exact number, and bookkeeping must not look like an edit of the article
 * (its `updatedAt` stays). On PostgreSQL each approval runs in its own transaction, where a recount
 * could not see the others' approvals: the count is now changed atomically in the database.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { up as recountMigration } from '../../src/migrations/20261127_160000_recount_approved_comments'
import { articleData, createClinician, createComment } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { usingSqlite } from '../helpers/testDatabase'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startPayload)

let articleId: number

beforeAll(async () => {
  const author = await createClinician(app.payload)
  const article = await app.payload.create({
    collection: 'articles',
    data: { ...articleData('Busy discussion', author.id), _status: 'published' },
  })
  articleId = article.id
})

const article = () =>
  app.payload.findByID({ collection: 'articles', id: articleId, depth: 0, draft: false })

async function inBatchesOf<T>(size: number, items: T[], work: (item: T) => Promise<unknown>) {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(work))
  }
}

describe('approvedCommentCount', () => {
  it('is exact after 50 comments are approved four at a time, and the article is not edited', async () => {
    const before = await article()
    const pending = []
    for (let n = 0; n < 50; n += 1) {
      pending.push(
        await createComment(app.payload, {
          articleId,
          body: `Comment ${n}`,
          status: 'pending',
        }),
      )
    }
    expect((await article()).approvedCommentCount).toBe(0)

    await inBatchesOf(4, pending, (comment) =>
      app.payload.update({
        collection: 'comments',
        id: comment.id,
        data: { status: 'approved' },
      }),
    )
    const after = await article()
    expect(after.approvedCommentCount).toBe(50)
    expect(after.updatedAt).toBe(before.updatedAt)

    // Down again, concurrently too: ten rejected, five deleted, two approved ones edited in place.
    await inBatchesOf(4, pending.slice(0, 10), (comment) =>
      app.payload.update({
        collection: 'comments',
        id: comment.id,
        data: { status: 'rejected' },
      }),
    )
    await inBatchesOf(4, pending.slice(10, 15), (comment) =>
      app.payload.delete({ collection: 'comments', id: comment.id }),
    )
    await inBatchesOf(4, pending.slice(15, 17), (comment) =>
      app.payload.update({
        collection: 'comments',
        id: comment.id,
        data: { moderationNote: 'checked' },
      }),
    )
    const { totalDocs } = await app.payload.count({
      collection: 'comments',
      where: {
        and: [{ 'target.value': { equals: articleId } }, { status: { equals: 'approved' } }],
      },
    })
    expect(totalDocs).toBe(35)
    expect((await article()).approvedCommentCount).toBe(35)
  })

  it('leaves the article untouched when a reader submits a comment', async () => {
    const before = await article()
    await createComment(app.payload, {
      articleId,
      body: 'Waiting for a moderator',
      status: 'pending',
    })
    await createComment(app.payload, {
      articleId,
      body: 'Approved at once',
      status: 'approved',
    })
    const after = await article()
    expect(after.approvedCommentCount).toBe(before.approvedCommentCount! + 1)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('moves with a comment that an editor moves to another article', async () => {
    const author = await createClinician(app.payload, 'Dana Moss')
    const other = await app.payload.create({
      collection: 'articles',
      data: { ...articleData('Another article', author.id), _status: 'published' },
    })
    const comment = await createComment(app.payload, { articleId, body: 'Moved along' })
    const countHere = (await article()).approvedCommentCount!
    await app.payload.update({
      collection: 'comments',
      id: comment.id,
      data: { target: { relationTo: 'articles', value: other.id } },
    })
    expect((await article()).approvedCommentCount).toBe(countHere - 1)
    const moved = await app.payload.findByID({ collection: 'articles', id: other.id, depth: 0 })
    expect(moved.approvedCommentCount).toBe(1)
  })

  // The migration is PostgreSQL SQL, as every committed migration is (SQLite runs the library only).
  it.skipIf(usingSqlite())(
    'is set right on existing databases by the recount migration, without touching updatedAt',
    async () => {
      const { drizzle } = app.payload.db as unknown as {
        drizzle: Parameters<typeof recountMigration>[0]['db']
      }
      const { sql } = await import('@payloadcms/db-postgres')
      const before = await article()
      const exact = before.approvedCommentCount!
      // What the lost updates of the old read-count-write left behind.
      await drizzle.execute(
        sql`UPDATE articles SET approved_comment_count = ${exact - 2} WHERE id = ${articleId}`,
      )
      expect((await article()).approvedCommentCount).toBe(exact - 2)

      await recountMigration({ db: drizzle, payload: app.payload, req: {} as never })
      const after = await article()
      expect(after.approvedCommentCount).toBe(exact)
      expect(after.updatedAt).toBe(before.updatedAt)
      const { docs } = await app.payload.find({ collection: 'articles', depth: 0, limit: 100 })
      for (const doc of docs) {
        const { totalDocs } = await app.payload.count({
          collection: 'comments',
          where: {
            and: [{ 'target.value': { equals: doc.id } }, { status: { equals: 'approved' } }],
          },
        })
        expect(doc.approvedCommentCount, doc.title).toBe(totalDocs)
      }
    },
  )
})
