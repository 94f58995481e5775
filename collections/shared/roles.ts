/**
 * The editorial roles of the practice and the predicates every collection's access rules are built
 * from. A user may hold several roles; `admin` implies everything.
 */
import type { Access, FieldAccess } from 'payload'

export const ROLES = ['admin', 'editor', 'writer', 'moderator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  editor: 'Editor',
  writer: 'Writer',
  moderator: 'Moderator',
}

/** The shape of a user as far as access rules care: anything with an optional `roles` array. */
export type UserWithRoles = { roles?: readonly (string | null)[] | null } | null | undefined

export function hasRole(user: UserWithRoles, ...roles: Role[]): boolean {
  if (!user?.roles) return false
  return user.roles.some((role) => role === 'admin' || roles.includes(role as Role))
}

export const isAdmin = (user: UserWithRoles): boolean => hasRole(user, 'admin')

/** Collection access: only admins. */
export const adminsOnly: Access = ({ req }) => isAdmin(req.user)

/** Field access: only admins. */
export const adminsOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)
