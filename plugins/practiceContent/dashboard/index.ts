/**
 * The content plugin's dashboard: what each editorial role finds when they open the admin.
 * Reviewers (users linked to an author profile): clinical articles waiting for them.
 * Writers: their own articles. Editors (and admins): clinical review, licenses (expiring, and
 * clinical services with a lapsed provider), the week's schedule.
 */
import type { Config, WidgetInstance } from 'payload'

import { withDashboardWidgets } from '../../shared/dashboard.ts'
import { isEditorialUser } from '../../../collections/shared/access.ts'
import { hasRole } from '../../../collections/shared/roles.ts'
import type { ContentSlugs } from '../../../collections/shared/collectionSlugs.ts'

export function withContentDashboard(
  config: Config,
  slugs: ContentSlugs,
  reviewIntervalMonths: number,
): Config {
  const serverProps = {
    articlesSlug: slugs.articles,
    authorsSlug: slugs.authors,
    servicesSlug: slugs.services,
    reviewIntervalMonths,
  }
  const widget = (slug: string, exportName: string, label: string) => ({
    slug,
    label,
    Component: { path: `invited-cms/rsc#${exportName}`, serverProps },
    minWidth: 'small' as const,
    maxWidth: 'full' as const,
  })
  return withDashboardWidgets(config, {
    widgets: [
      widget('my-articles', 'MyArticlesWidget', 'My articles'),
      widget('clinical-review', 'ClinicalReviewWidget', 'Clinical review'),
      widget('awaiting-review', 'AwaitingReviewWidget', 'Waiting for your review'),
      widget('expiring-licenses', 'ExpiringLicensesWidget', 'Licenses'),
      widget('upcoming-schedule', 'UpcomingScheduleWidget', 'Scheduled'),
    ],
    layoutFor: ({ user }) => {
      const layout: WidgetInstance[] = []
      const add = (widgetSlug: string) =>
        layout.push({ widgetSlug, width: 'medium' } as WidgetInstance)
      // Clinicians linked to their author profile review what others wrote.
      if (isEditorialUser(user) && user && 'authorProfile' in user && user.authorProfile != null) {
        add('awaiting-review')
      }
      if (hasRole(user, 'writer')) add('my-articles')
      if (hasRole(user, 'editor')) {
        add('clinical-review')
        add('upcoming-schedule')
        add('expiring-licenses')
      }
      return layout
    },
  })
}
