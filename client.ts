/**
 * invited-cms/client: the library's 'use client' admin components, referenced from configs as
 * `invited-cms/client#ModerationNavLink` (Payload's import-map convention).
 */
export { ModerationNavLink } from './plugins/moderatedComments/admin/ModerationNavLink.tsx'
export { ModerationQueue } from './plugins/moderatedComments/admin/ModerationQueue.tsx'
