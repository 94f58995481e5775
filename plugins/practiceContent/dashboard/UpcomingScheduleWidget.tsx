/** The editors' schedule widget: every article due to be published or unpublished in the next 7 days. */
import React from 'react'

import { hasRole } from '../../../collections/shared/roles.ts'
import { documentHref } from '../../../collections/shared/admin/links.ts'
import { WidgetCard } from '../../shared/admin/WidgetCard.tsx'
import type { ContentWidgetProps } from './props.ts'
import { describeChange, scheduledChanges } from './scheduledChanges.ts'

const WEEK_MS = 7 * 86_400_000

export async function UpcomingScheduleWidget({ req, user, articlesSlug }: ContentWidgetProps) {
  if (!user || !hasRole(user, 'editor')) return null
  const changes = await scheduledChanges(req.payload, {
    articles: articlesSlug,
    user,
    until: new Date(Date.now() + WEEK_MS),
  })
  return (
    <WidgetCard
      id="upcoming-schedule"
      title="Scheduled"
      sections={[
        {
          title: 'Next 7 days',
          count: changes.length,
          items: changes.map((change) => ({
            label: change.title,
            href: documentHref(req.payload, articlesSlug, change.articleId),
            detail: describeChange(change),
          })),
          empty: 'Nothing scheduled this week.',
        },
      ]}
    />
  )
}
