/**
 * Specific events read from a change, beside the generic save: roles granted or revoked, a
 * credential newly verified, a comment's moderation status changed. Each is configured by slug
 * (options.detectors), since other apps name their collections differently.
 */
import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '../record.ts'

const sortedStrings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string').sort()
    : []

/** `role.change` with the roles before and after, when an existing user's `roles` changed. */
export const detectRoleChange =
  (slug: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update') return doc
    const before = sortedStrings(previousDoc?.roles)
    const after = sortedStrings(doc?.roles)
    if (before.join('\n') !== after.join('\n')) {
      await recordAuditEvent(req, {
        action: 'role.change',
        collection: slug,
        documentId: doc.id,
        details: {
          before,
          after,
          granted: after.filter((role) => !before.includes(role)),
          revoked: before.filter((role) => !after.includes(role)),
        },
      })
    }
    return doc
  }

type CredentialEntry = {
  id?: string
  verified?: unknown
  credential?: unknown
  verifiedAt?: unknown
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * `credential.verify` for each entry of the `credentials` array that became verified, and — with
 * `verified: false` — for each that an editor marked unverified again (a license withdrawn matters
 * as much as one granted: it takes the author off clinical services and reviews).
 */
export const detectCredentialVerification =
  (slug: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const before = new Map(
      ((previousDoc?.credentials ?? []) as CredentialEntry[]).map((entry) => [entry.id, entry]),
    )
    for (const entry of (doc?.credentials ?? []) as CredentialEntry[]) {
      const wasVerified = entry.id !== undefined ? before.get(entry.id)?.verified === true : false
      const verified = entry.verified === true
      if (verified === wasVerified) continue
      await recordAuditEvent(req, {
        action: 'credential.verify',
        collection: slug,
        documentId: doc.id,
        details: {
          verified,
          entry: entry.id ?? null,
          credential: idOf(entry.credential) ?? null,
          verifiedAt: entry.verifiedAt ?? null,
        },
      })
    }
    return doc
  }

/**
 * `comment.moderate` when a comment's `status` changed: only the comment's id and the statuses —
 * nothing of its author.
 */
export const detectModeration =
  (slug: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update') return doc
    const from = previousDoc?.status ?? null
    const to = doc?.status ?? null
    if (from !== to) {
      await recordAuditEvent(req, {
        action: 'comment.moderate',
        collection: slug,
        documentId: doc.id,
        details: { from, to },
      })
    }
    return doc
  }
