/**
 * The editors' clinical-review widget: articles whose text changed after their last review, whose
 * review is older than the practice's interval, and published articles never reviewed. Each section
 * links to the articles list filtered the same way (ReviewFilters offers the same filters there).
 */
import React from 'react'

import { hasRole } from '../../../collections/shared/roles.ts'
import { documentHref } from '../../../collections/shared/admin/links.ts'
import { WidgetCard } from '../../shared/admin/WidgetCard.tsx'
import { reviewQueues } from '../../../collections/Articles/reviewQueues.ts'
import type { ContentWidgetProps } from './props.ts'

export async function ClinicalReviewWidget({
  req,
  user,
  articlesSlug,
  reviewIntervalMonths,
}: ContentWidgetProps) {
  if (!user || !hasRole(user, 'editor')) return null
  const queues = await reviewQueues(req.payload, { articlesSlug, user, reviewIntervalMonths })
  return (
    <WidgetCard
      id="clinical-review"
      title="Clinical review"
      sections={queues.map((queue) => ({
        title: queue.title,
        count: queue.count,
        href: queue.href,
        empty: queue.empty,
        items: queue.docs.map((doc) => ({
          label: doc.title,
          href: documentHref(req.payload, articlesSlug, doc.id),
          detail: doc.lastReviewedAt
            ? `reviewed ${new Date(doc.lastReviewedAt).toISOString().slice(0, 10)}`
            : undefined,
        })),
      }))}
    />
  )
}
