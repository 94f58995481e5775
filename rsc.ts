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
