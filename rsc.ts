/**
 * invited-cms/rsc: the library's React server components for the admin, referenced from configs as
 * `invited-cms/rsc#ModerationQueueView` and `invited-cms/rsc#ModerationNavLink` (Payload's
 * import-map convention).
 */
export {
  ModerationNavLink,
  type ModerationNavLinkServerProps,
} from './plugins/moderatedComments/admin/ModerationNavLink.tsx'
export {
  ModerationQueueView,
  type ModerationQueueServerProps,
} from './plugins/moderatedComments/admin/ModerationQueueView.tsx'
