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

/**
 * A user as far as access rules care: any object, whose `roles` array (if it has one) is read. Kept
 * this loose so that any app's user type — generated or untyped — can be passed in.
 */
export type UserWithRoles = object | null | undefined

/** The roles a user holds; none for anonymous requests or users without a `roles` field. */
export function rolesOf(user: UserWithRoles): string[] {
  if (!user || !('roles' in user) || !Array.isArray(user.roles)) return []
  return user.roles.filter((role): role is string => typeof role === 'string')
}

export function hasRole(user: UserWithRoles, ...roles: string[]): boolean {
  return rolesOf(user).some((role) => role === 'admin' || roles.includes(role))
}

export const isAdmin = (user: UserWithRoles): boolean => hasRole(user, 'admin')

/** Collection access: only admins. */
export const adminsOnly: Access = ({ req }) => isAdmin(req.user)

/** Field access: only admins. */
export const adminsOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)
