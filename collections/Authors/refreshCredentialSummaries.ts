/**
 * Brings every author's stored `displayName`, `practicesClinically` and `expiringLicenses` up to date
 * with the calendar: a license that expired since the last save leaves the display name (and, if it
 * was the author's clinical license, takes them off the clinical services readers see — see
 * hooks/recheckClinicalServices.ts), one that comes within the warning window appears in the
 * editors' alert. Runs daily as a scheduled job and once at start (practiceContent), and only
 * writes the authors whose values actually changed.
 */
import type { Payload, PayloadRequest } from 'payload'

import { credentialSummary, type HeldCredential } from './credentials.ts'
import { CREDENTIALS_AS_OF } from './hooks/summarizeCredentials.ts'

type StoredAuthor = {
  id: number | string
  name?: string | null
  displayName?: string | null
  expiringLicenses?: string | null
  practicesClinically?: boolean | null
  credentials?: HeldCredential[] | null
}

const PAGE_SIZE = 100

export async function refreshCredentialSummaries(
  payload: Payload,
  authorsSlug: string,
  { req, today = new Date() }: { req?: PayloadRequest; today?: Date } = {},
): Promise<number> {
  let updated = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: authorsSlug,
      select: {
        name: true,
        displayName: true,
        expiringLicenses: true,
        practicesClinically: true,
        credentials: true,
      },
      depth: 0,
      limit: PAGE_SIZE,
      page,
      sort: 'id',
      overrideAccess: true,
      req,
    })
    for (const author of docs as unknown as StoredAuthor[]) {
      const summary = credentialSummary(author.name, author.credentials ?? [], today)
      if (
        summary.displayName === author.displayName &&
        summary.expiringLicenses === (author.expiringLicenses ?? null) &&
        // Strictly: a row stored before the column existed (null) is written once.
        summary.practicesClinically === author.practicesClinically
      )
        continue
      // Through the Local API, so everything that follows a change of a public profile (hooks,
      // versions, caches) sees this one too; summarizeCredentials recomputes as of `today`.
      await payload.update({
        collection: authorsSlug,
        id: author.id,
        data: {},
        depth: 0,
        overrideAccess: true,
        context: { [CREDENTIALS_AS_OF]: today.toISOString() },
        req,
      })
      updated++
    }
    if (!hasNextPage) return updated
  }
}
