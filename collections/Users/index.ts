/**
 * `users`: the people who sign in to the admin — admins, editors, writers and moderators.
 */
import type { CollectionConfig } from 'payload'

import {
  adminsOnly,
  adminsOnlyField,
  isAdmin,
  ROLE_LABELS,
  ROLES,
  type UserWithRoles,
} from '../shared/roles.ts'
import { canReadUsers, canUpdateUsers } from './access.ts'
import { keepLastAdminAccount, keepLastAdminRole } from './hooks/lastAdmin.ts'
import { DEFAULT_MIN_PASSWORD_LENGTH, enforcePasswordPolicy } from './hooks/passwordPolicy.ts'

export type UsersCollectionOptions = {
  /** Collection slug; defaults to `users`. */
  slug?: string
  /** Shortest password accepted on creation, change and reset; defaults to 12. */
  minPasswordLength?: number
  /**
   * Send the session cookie only over HTTPS (`Secure`). Defaults to false, as Payload does: turn it on
   * wherever the admin is served over TLS. The cookie is always `HttpOnly` and `SameSite=Lax`.
   */
  secureCookies?: boolean
}

export function createUsersCollection({
  slug = 'users',
  minPasswordLength = DEFAULT_MIN_PASSWORD_LENGTH,
  secureCookies = false,
}: UsersCollectionOptions = {}): CollectionConfig {
  return {
    slug,
    labels: { singular: 'User', plural: 'Users' },
    auth: {
      // Five wrong passwords lock an account for ten minutes: admin accounts guard clinical content.
      maxLoginAttempts: 5,
      lockTime: 10 * 60 * 1000,
      // Sessions: signing out (or a password reset) ends the token at once, not when it expires.
      useSessions: true,
      tokenExpiration: 2 * 60 * 60,
      cookies: { secure: secureCookies, sameSite: 'Lax' },
    },
    admin: {
      useAsTitle: 'email',
      defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
      group: 'Admin',
      // Only admins manage accounts; everyone else edits their own under /admin/account.
      hidden: ({ user }) => !isAdmin(user as UserWithRoles),
    },
    access: {
      // Everyone signed in may reach the admin UI; what they see there is decided per collection.
      admin: ({ req }) => Boolean(req.user),
      create: adminsOnly,
      read: canReadUsers,
      update: canUpdateUsers,
      delete: adminsOnly,
      unlock: adminsOnly,
    },
    hooks: {
      beforeOperation: [enforcePasswordPolicy(minPasswordLength)],
      beforeChange: [keepLastAdminRole],
      beforeDelete: [keepLastAdminAccount],
    },
    fields: [
      {
        name: 'name',
        type: 'text',
        maxLength: 120,
      },
      {
        name: 'roles',
        type: 'select',
        hasMany: true,
        required: true,
        defaultValue: ['writer'],
        options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
        // Roles travel in the session token so access checks need no extra query.
        saveToJWT: true,
        access: {
          // Only admins grant or revoke roles; users cannot promote themselves.
          create: adminsOnlyField,
          update: adminsOnlyField,
        },
        admin: {
          description:
            'Admins manage users; editors run all content; writers their own articles; moderators the comments.',
        },
      },
    ],
    timestamps: true,
  }
}
