/**
 * invited-cms/rsc: the library's React server components for the admin, referenced from configs as
 * `invited-cms/rsc#ModerationQueueView`, `#ModerationNavLink`, `#CommenterDataView` and
 * `#CommenterDataNavLink` (Payload's import-map convention).
 */
export {
  CommenterDataNavLink,
  type CommenterDataNavLinkServerProps,
} from './plugins/moderatedComments/admin/CommenterDataNavLink.tsx'
export {
  CommenterDataView,
  type CommenterDataServerProps,
} from './plugins/moderatedComments/admin/CommenterDataView.tsx'
export {
  ModerationNavLink,
  type ModerationNavLinkServerProps,
} from './plugins/moderatedComments/admin/ModerationNavLink.tsx'
export {
  ModerationQueueView,
  type ModerationQueueServerProps,
} from './plugins/moderatedComments/admin/ModerationQueueView.tsx'
export {
  ReviewFilters,
  type ReviewFiltersServerProps,
} from './collections/Articles/admin/ReviewFilters.tsx'
export { AwaitingReviewWidget } from './plugins/practiceContent/dashboard/AwaitingReviewWidget.tsx'
export { ClinicalReviewWidget } from './plugins/practiceContent/dashboard/ClinicalReviewWidget.tsx'
export { ExpiringLicensesWidget } from './plugins/practiceContent/dashboard/ExpiringLicensesWidget.tsx'
export { MyArticlesWidget } from './plugins/practiceContent/dashboard/MyArticlesWidget.tsx'
export { UpcomingScheduleWidget } from './plugins/practiceContent/dashboard/UpcomingScheduleWidget.tsx'
export type { ContentWidgetProps } from './plugins/practiceContent/dashboard/props.ts'
export {
  ModerationWidget,
  type ModerationWidgetServerProps,
} from './plugins/moderatedComments/admin/ModerationWidget.tsx'
export {
  AuditLogExportLink,
  type AuditLogExportLinkServerProps,
} from './plugins/auditLog/admin/AuditLogExportLink.tsx'
