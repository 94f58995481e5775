/**
 * Facts an article carries that nobody types: who created it, its reading time, when it was first
 * published, and when it was last clinically reviewed.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { computeReadingTime } from '../readingTime.ts'
import { idOf, type RelationValue } from '../../shared/relations.ts'

export const recordCreator: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !data.createdBy) data.createdBy = req.user.id
  return data
}

export const setReadingTime: CollectionBeforeChangeHook = ({ data }) => {
  if (data.body !== undefined) data.readingTimeMinutes = computeReadingTime(data.body)
  return data
}

/** `publishedAt` is set once, on first publish; a scheduled publish or an editor's chosen date wins. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}

/** Naming a (new) reviewer dates the review, unless the editor entered the date. */
export const dateReview: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const reviewer = idOf(data.reviewedBy as RelationValue)
  const reviewerChanged =
    reviewer != null && String(reviewer) !== String(idOf(originalDoc?.reviewedBy))
  if (reviewerChanged && !data.lastReviewedAt) data.lastReviewedAt = new Date().toISOString()
  return data
}
