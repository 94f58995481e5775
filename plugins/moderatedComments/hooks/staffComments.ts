/**
 * Comments written in the admin are staff replies: approved at once, signed with the staff member's
 * name, attached to the parent's document. Status changes record who moderated and when.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { idOf, type RelationValue } from '../../../collections/shared/relations.ts'

export const FROM_PUBLIC_SUBMISSION = 'invitedPublicSubmission'

export const prepareStaffReply =
  (commentsSlug: string): CollectionBeforeChangeHook =>
  async ({ context, data, operation, req }) => {
    if (operation !== 'create' || context[FROM_PUBLIC_SUBMISSION] || !req.user) return data
    const user = req.user as { id: number | string; name?: string | null; email?: string }
    data.isStaffReply = true
    data.status = 'approved'
    data.authorName ||= user.name || 'The practice'
    data.authorEmail ||= user.email
    data.moderatedBy = user.id
    data.moderatedAt = new Date().toISOString()
    const parentId = idOf(data.parent as RelationValue)
    if (parentId != null) {
      const parent = (await req.payload.findByID({
        collection: commentsSlug,
        id: parentId,
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as { target: unknown; depth?: number; targetPublished?: boolean }
      data.target = parent.target
      data.depth = (parent.depth ?? 0) + 1
      data.targetPublished = parent.targetPublished
    }
    return data
  }

export const recordModeration: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && req.user && data.status && data.status !== originalDoc?.status) {
    data.moderatedBy = req.user.id
    data.moderatedAt = new Date().toISOString()
  }
  return data
}
