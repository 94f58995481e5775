/**
 * invited-cms/client: the library's 'use client' admin components (Payload's import-map convention:
 * `invited-cms/client#…`). The moderation queue's list is rendered inside its server view.
 */
export { CommenterDataTool } from './plugins/moderatedComments/admin/CommenterDataTool.tsx'
export { ModerationQueue } from './plugins/moderatedComments/admin/ModerationQueue.tsx'
export { ReviewPanel } from './collections/Articles/admin/ReviewPanel.tsx'
export { ReviewPublishButton } from './collections/Articles/admin/ReviewPublishButton.tsx'
