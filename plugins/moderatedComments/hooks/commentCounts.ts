/**
 * Each target document carries `approvedCommentCount`, so a front end can show "12 comments" in a list
 * without a query per article. A comment entering `approved` adds one, leaving it (or being deleted
 * while approved) takes one.
 *
 * The change is made in the database itself (Payload's atomic `$inc`: count = count + 1), never read,
 * counted and written back: concurrent approvals, each in its own transaction on PostgreSQL, would
 * otherwise overwrite each other's counts. It goes straight to the database because it is bookkeeping,
 * not an edit: no version, none of the target's hooks, no edit rights needed, `updatedAt` unchanged.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf, type RelationValue } from '../../../collections/shared/relations.ts'

type Target = { relationTo: string; value: RelationValue } | null | undefined
type CountedComment = { status?: unknown; target?: Target } | null | undefined

const approved = (comment: CountedComment) => comment?.status === 'approved'

/** How a change moves its target's count: +1, -1 or 0. */
export const approvedCountDelta = (before: CountedComment, after: CountedComment): number =>
  Number(approved(after)) - Number(approved(before))

async function adjustCount(req: PayloadRequest, target: Target, delta: number) {
  const id = idOf(target?.value)
  if (delta === 0 || !target?.relationTo || id == null) return
  await req.payload.db.updateOne({
    collection: target.relationTo,
    id,
    // `updatedAt: null` tells every adapter to leave it alone (Payload's own session writes do so).
    data: { approvedCommentCount: { $inc: delta }, updatedAt: null },
    returning: false,
    req,
  })
}

const sameTarget = (a: Target, b: Target) =>
  a?.relationTo === b?.relationTo && String(idOf(a?.value)) === String(idOf(b?.value))

export const countAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before: CountedComment = operation === 'create' ? null : previousDoc
  if (before && !sameTarget(before.target, doc.target)) {
    // Moved to another document in the admin: it leaves one count and joins the other.
    await adjustCount(req, before.target, approvedCountDelta(before, null))
    await adjustCount(req, doc.target, approvedCountDelta(null, doc))
  } else {
    await adjustCount(req, doc.target, approvedCountDelta(before, doc))
  }
  return doc
}

export const countAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await adjustCount(req, doc.target, approvedCountDelta(doc, null))
}
