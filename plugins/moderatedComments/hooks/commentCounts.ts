/**
 * Each target document carries `approvedCommentCount`, so a front end can show "12 comments" in a list
 * without a query per article. It is recounted whenever a comment is created, changes status or goes.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

type Target =
  { relationTo: string; value: number | string | { id: number | string } } | null | undefined

async function recount(req: PayloadRequest, commentsSlug: string, target: Target) {
  if (!target?.relationTo) return
  const id = typeof target.value === 'object' ? target.value.id : target.value
  const { totalDocs } = await req.payload.count({
    collection: commentsSlug,
    where: {
      and: [
        { 'target.relationTo': { equals: target.relationTo } },
        { 'target.value': { equals: id } },
        { status: { equals: 'approved' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  // Straight to the database: a count is bookkeeping, not an edit — it must not create a version,
  // run the target's hooks or need the moderator to have edit rights on articles.
  await req.payload.db.updateOne({
    collection: target.relationTo,
    id,
    data: { approvedCommentCount: totalDocs },
    req,
  })
}

export const recountAfterChange =
  (commentsSlug: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (!previousDoc || previousDoc.status !== doc.status)
      await recount(req, commentsSlug, doc.target)
    return doc
  }

export const recountAfterDelete =
  (commentsSlug: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await recount(req, commentsSlug, doc.target)
  }
