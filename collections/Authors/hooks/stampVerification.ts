/**
 * Verification is a fact about who checked a license and when: when an editor ticks "verified", the
 * entry records them and the time; unticking clears both. Nobody types those values by hand.
 */
import type { CollectionBeforeChangeHook } from 'payload'

type Entry = {
  id?: string
  verified?: boolean | null
  verifiedAt?: string | null
  verifiedBy?: unknown
} & Record<string, unknown>

export const stampVerification: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const previous = new Map(
    ((originalDoc?.credentials ?? []) as Entry[]).map((entry) => [entry.id, entry]),
  )
  for (const entry of (data.credentials ?? []) as Entry[]) {
    const before = entry.id ? previous.get(entry.id) : undefined
    // An entry sent without the flag keeps its earlier verification rather than silently losing it.
    entry.verified = entry.verified ?? before?.verified ?? false
    if (!entry.verified) {
      entry.verifiedAt = null
      entry.verifiedBy = null
    } else if (!before?.verified) {
      entry.verifiedAt = new Date().toISOString()
      entry.verifiedBy = req.user?.id ?? null
    } else {
      entry.verifiedAt = before.verifiedAt
      entry.verifiedBy = before.verifiedBy
    }
  }
  return data
}
