/**
 * The four lists of articles that need a clinical reviewer, counted and with their first few, read
 * with the user's own rights. Shared by the editors' widget and the filters above the articles list.
 */
import type { Payload, TypedUser, Where } from 'payload'

import { reviewDueBefore } from './clinicalReview.ts'
import { listHref } from '../shared/admin/links.ts'

export type ReviewQueue = {
  key: 'waiting' | 'changed' | 'due' | 'never'
  title: string
  empty: string
  /** All must hold (kept as a list: the list view's filter controls show each one). */
  conditions: Where[]
  href: string
  count: number
  docs: { id: number | string; title: string; lastReviewedAt?: string | null }[]
}

export function reviewConditions(reviewIntervalMonths: number, now = new Date()) {
  return [
    {
      key: 'waiting',
      title: 'Waiting for review',
      empty: 'No article is waiting for a clinician.',
      conditions: [{ 'reviewRequest.status': { equals: 'submitted' } }],
    },
    {
      key: 'changed',
      title: 'Changed since review',
      empty: 'Every reviewed article reads as it did when it was reviewed.',
      conditions: [{ changedSinceReview: { equals: true } }],
    },
    {
      key: 'due',
      title: `Review due (older than ${reviewIntervalMonths} months)`,
      empty: 'No review is older than the interval.',
      conditions: [
        { lastReviewedAt: { less_than: reviewDueBefore(now, reviewIntervalMonths).toISOString() } },
      ],
    },
    {
      key: 'never',
      title: 'Published, never reviewed',
      empty: 'Every published article has been reviewed.',
      conditions: [{ _status: { equals: 'published' } }, { lastReviewedAt: { exists: false } }],
    },
  ] as const satisfies Omit<ReviewQueue, 'href' | 'count' | 'docs'>[]
}

export async function reviewQueues(
  payload: Payload,
  {
    articlesSlug,
    user,
    reviewIntervalMonths,
    shown = 5,
  }: { articlesSlug: string; user: TypedUser; reviewIntervalMonths: number; shown?: number },
): Promise<ReviewQueue[]> {
  return Promise.all(
    reviewConditions(reviewIntervalMonths).map(async (queue) => {
      const found = await payload.find({
        collection: articlesSlug,
        // The latest version: a draft that changed the reviewed text shows before it is published.
        draft: true,
        where: { and: queue.conditions },
        sort: 'lastReviewedAt',
        limit: Math.max(shown, 1),
        depth: 0,
        select: { title: true, lastReviewedAt: true },
        overrideAccess: false,
        user,
      })
      return {
        ...queue,
        href: listHref(payload, articlesSlug, queue.conditions),
        count: found.totalDocs,
        docs: found.docs.slice(0, shown).map((doc) => ({
          id: doc.id,
          title: String(doc.title || 'Untitled'),
          lastReviewedAt: doc.lastReviewedAt as string | null | undefined,
        })),
      }
    }),
  )
}
