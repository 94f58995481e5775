/**
 * invited-cms/rsc: the library's React server components for the admin, referenced from configs as
 * `invited-cms/rsc#ModerationQueueView` (Payload's import-map convention).
 */
export {
  ModerationQueueView,
  type ModerationQueueServerProps,
} from './plugins/moderatedComments/admin/ModerationQueueView.tsx'
