/**
 * Moderators (and editors, and admins) work the queue and see everything; everyone else sees only
 * approved comments on published documents, and never the private fields.
 */
import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, type Role, type UserWithRoles } from '../../collections/shared/roles.ts'

export const isModeratorOf = (roles: string[]) => (user: UserWithRoles) => hasRole(user, ...(roles as Role[]))

export const PUBLIC_COMMENTS: Where = {
  and: [{ status: { equals: 'approved' } }, { targetPublished: { equals: true } }],
}

export function commentAccess(moderatorRoles: string[]) {
  const isModerator = isModeratorOf(moderatorRoles)
  const moderatorsOnly: Access = ({ req }) => isModerator(req.user)
  const moderatorsOnlyField: FieldAccess = ({ req }) => isModerator(req.user)
  const moderatorsOrPublic: Access = ({ req }) => (isModerator(req.user) ? true : PUBLIC_COMMENTS)
  return { isModerator, moderatorsOnly, moderatorsOnlyField, moderatorsOrPublic }
}
