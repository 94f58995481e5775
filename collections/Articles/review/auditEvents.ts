/**
 * The review gate's entries in the audit log (plugins/auditLog): a writer's submission, a reviewer's
 * return or approval, an editor's override — each once, with its actor, read from what the save
 * changed. A no-op in an app without the audit log plugin.
 */
import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '../../../plugins/auditLog/record.ts'
import { idOf, type RelationValue } from '../../shared/relations.ts'

type Request = { status?: string | null; note?: string | null; decidedAt?: string | null }
type Override = { reason?: string | null; givenAt?: string | null }

const ACTIONS = {
  submitted: 'review.submit',
  returned: 'review.return',
  approved: 'review.approve',
} as const

export const recordReviewEvents: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const before = (previousDoc?.reviewRequest ?? {}) as Request
  const after = (doc.reviewRequest ?? {}) as Request
  const event = { collection: collection.slug, documentId: doc.id as number | string }
  const changed =
    after.status !== before.status || (after.decidedAt ?? null) !== (before.decidedAt ?? null)
  if (changed && after.status && after.status in ACTIONS) {
    const status = after.status as keyof typeof ACTIONS
    await recordAuditEvent(req, {
      ...event,
      action: ACTIONS[status],
      details: {
        ...(status !== 'submitted' && after.note ? { note: after.note } : {}),
        ...(status === 'approved'
          ? {
              reviewer: idOf(doc.reviewedBy as RelationValue) ?? null,
              published: doc._status === 'published',
            }
          : {}),
      },
    })
  }
  const override = (doc.reviewOverride ?? {}) as Override
  const previousOverride = (previousDoc?.reviewOverride ?? {}) as Override
  if (override.givenAt && override.givenAt !== previousOverride.givenAt) {
    await recordAuditEvent(req, {
      ...event,
      action: 'review.override',
      details: { reason: override.reason ?? null },
    })
  }
  return doc
}
