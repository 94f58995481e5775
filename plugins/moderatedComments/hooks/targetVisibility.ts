/**
 * Comments are public only while their document is. When a target is published or unpublished, its
 * comments' `targetPublished` follows, and the public read rule (approved AND targetPublished) hides or
 * shows them. A new draft of a published article does not count: the published version stays live.
 */
import type { CollectionAfterChangeHook } from 'payload'

export const syncCommentVisibility =
  (commentsSlug: string): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    let published = true
    if (collection.versions?.drafts) {
      const live = await req.payload.findByID({
        collection: collection.slug,
        id: doc.id,
        draft: false,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      published = (live as { _status?: string } | null)?._status === 'published'
    }
    await req.payload.update({
      collection: commentsSlug,
      where: {
        and: [
          { 'target.relationTo': { equals: collection.slug } },
          { 'target.value': { equals: doc.id } },
          { targetPublished: { not_equals: published } },
        ],
      },
      data: { targetPublished: published },
      overrideAccess: true,
      req,
    })
    return doc
  }
