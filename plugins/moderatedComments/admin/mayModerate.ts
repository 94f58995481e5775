import type { SanitizedPermissions } from 'payload'

/**
 * Whether the signed-in user may moderate: may update comments, which the comments collection's
 * access grants to whoever the plugin's `isModerator` accepts. The queue and its nav link both ask.
 */
export const mayModerate = (permissions: SanitizedPermissions | undefined, commentsSlug: string) =>
  Boolean(permissions?.collections?.[commentsSlug]?.update)
