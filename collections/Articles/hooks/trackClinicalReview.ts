/**
 * Keeps `reviewedBodyFingerprint` (what the last review attested to) and `changedSinceReview` (the
 * body no longer matches it) on every save — drafts and autosaves included, so editors see the flag
 * before the change is published. A review is recorded when an editor names a (new) reviewer or
 * changes the review date; its fingerprint is the body saved with it.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, type RelationValue } from '../../shared/relations.ts'
import { reviewFingerprint } from '../clinicalReview.ts'

const instant = (value: unknown) => (value ? new Date(value as string).getTime() : null)

export const trackClinicalReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const pick = (name: string) => (data[name] !== undefined ? data[name] : originalDoc?.[name])
  const body = pick('body')
  const reviewedAt = pick('lastReviewedAt')
  if (!reviewedAt) {
    data.reviewedBodyFingerprint = null
    data.changedSinceReview = false
    return data
  }
  const reviewRecorded =
    instant(reviewedAt) !== instant(originalDoc?.lastReviewedAt) ||
    String(idOf(pick('reviewedBy') as RelationValue)) !==
      String(idOf(originalDoc?.reviewedBy as RelationValue))
  const current = reviewFingerprint(body)
  // A restored version brings its own review and what that review attested to: restoring is not reviewing.
  if (req.context?.isRestoringVersion && typeof data.reviewedBodyFingerprint === 'string') {
    data.changedSinceReview = current !== data.reviewedBodyFingerprint
    return data
  }
  // Articles reviewed before fingerprints were kept attest to the body they had when first saved since.
  const attested = reviewRecorded
    ? current
    : (originalDoc?.reviewedBodyFingerprint ?? reviewFingerprint(originalDoc?.body ?? body))
  data.reviewedBodyFingerprint = attested
  data.changedSinceReview = current !== attested
  return data
}
