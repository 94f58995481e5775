/**
 * Above the articles list, for editors: one-click filters for the articles that need a clinical
 * reviewer (changed since review, review due, published and never reviewed), each with its count.
 * The filter lands in the list's own filter controls, where it can be refined or cleared.
 */
import type { BeforeListTableServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../shared/roles.ts'
import { reviewQueues } from '../reviewQueues.ts'

export type ReviewFiltersServerProps = { reviewIntervalMonths: number }

export async function ReviewFilters({
  collectionSlug,
  payload,
  user,
  reviewIntervalMonths,
}: BeforeListTableServerProps & ReviewFiltersServerProps) {
  if (!user || !hasRole(user, 'editor')) return null
  const queues = await reviewQueues(payload, {
    articlesSlug: collectionSlug,
    user,
    reviewIntervalMonths,
    shown: 0,
  })
  return (
    <nav
      aria-label="Clinical review filters"
      className="invited-review-filters"
      style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap', marginBottom: '1rem' }}
    >
      <strong>Clinical review:</strong>
      {queues.map((queue) => (
        <a key={queue.key} href={queue.href} data-review-filter={queue.key}>
          {queue.title} ({queue.count})
        </a>
      ))}
    </nav>
  )
}
