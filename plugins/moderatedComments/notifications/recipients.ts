/**
 * Who is told about comments waiting for moderation: the `notify` addresses when given; otherwise
 * the moderators, or the admins when the practice has no moderator; in an app whose users have no
 * `roles`, every user `isModerator` accepts.
 */
import type { Payload, Where } from 'payload'

import type { IsModerator } from '../types.ts'

export type NotifyOptions = {
  recipients: string[]
  isModerator: IsModerator
  usersSlug: string
  commentsSlug: string
}

/** A practice has a handful of staff: reading at most this many users to find moderators is cheap. */
const MAX_USERS_SCANNED = 500

export async function moderatorAddresses(
  payload: Payload,
  { recipients, isModerator, usersSlug }: NotifyOptions,
): Promise<string[]> {
  if (recipients.length > 0) return recipients
  const users = (where?: Where) =>
    payload.find({
      collection: usersSlug,
      where,
      limit: MAX_USERS_SCANNED,
      depth: 0,
      overrideAccess: true,
    })
  const emailsOf = (docs: Record<string, unknown>[]) =>
    docs.map((user) => user.email).filter((email): email is string => typeof email === 'string')
  const hasRoles = payload.collections[usersSlug]?.config.flattenedFields.some(
    (field) => field.name === 'roles',
  )
  if (!hasRoles) return emailsOf((await users()).docs.filter((user) => isModerator(user)))
  const moderators = emailsOf((await users({ roles: { in: ['moderator'] } })).docs)
  return moderators.length > 0
    ? moderators
    : emailsOf((await users({ roles: { in: ['admin'] } })).docs)
}

/** An article's title for a mail, or "articles 12" when it has none (or is gone). */
export async function targetTitle(
  payload: Payload,
  target: { relationTo: string; value: number | string | { id: number | string } },
): Promise<string> {
  const id = typeof target.value === 'object' ? target.value.id : target.value
  const doc = (await payload.findByID({
    collection: target.relationTo,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as { title?: string } | null
  return doc?.title ?? `${target.relationTo} ${id}`
}
