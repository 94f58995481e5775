/**
 * `savedBy`: who saved this version. Set from the request's user on every save (the value sent is
 * ignored), so each version snapshot carries it and the admin's versions view shows it.
 */
import type { Field, FieldHook } from 'payload'

export const SAVED_BY_FIELD = 'savedBy'

const userOfRequest =
  (usersSlug: string): FieldHook =>
  ({ req }) => {
    const user = req.user as { id?: number | string; collection?: string } | null
    return user?.id !== undefined && (user.collection ?? usersSlug) === usersSlug ? user.id : null
  }

/** `setOnSave: false` (the plugin disabled): the same field, which nothing sets. */
export function savedByField(usersSlug: string, { setOnSave = true } = {}): Field {
  return {
    name: SAVED_BY_FIELD,
    type: 'relationship',
    relationTo: usersSlug,
    // Staff bookkeeping: not in what the public reads (users are never public either).
    access: { read: ({ req }) => Boolean(req.user) },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Who saved this version (empty: the system).',
    },
    hooks: { beforeChange: setOnSave ? [userOfRequest(usersSlug)] : [] },
  }
}
