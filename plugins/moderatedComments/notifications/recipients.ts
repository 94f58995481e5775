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
/**
 * Who moderates changes seldom, and every pending comment asks: the answer is kept this long. A change
 * to a user clears it at once on the instance that made it (forgetModerators); others catch up within.
 */
const REMEMBER_MS = 60_000
const remembered = new WeakMap<Payload, { addresses: string[]; until: number }>()

/** Forgets who the moderators are (a user was created, changed or deleted). */
export function forgetModerators(payload: Payload): void {
  remembered.delete(payload)
}

export async function moderatorAddresses(
  payload: Payload,
  options: NotifyOptions,
): Promise<string[]> {
  if (options.recipients.length > 0) return options.recipients
  const known = remembered.get(payload)
  if (known && known.until > Date.now()) return known.addresses
  const addresses = await findModeratorAddresses(payload, options)
  remembered.set(payload, { addresses, until: Date.now() + REMEMBER_MS })
  return addresses
}

async function findModeratorAddresses(
  payload: Payload,
  { isModerator, usersSlug }: NotifyOptions,
): Promise<string[]> {
  const users = (where?: Where) =>
    payload.find({
      collection: usersSlug,
      where,
      limit: MAX_USERS_SCANNED,
      pagination: false,
      depth: 0,
      // Everything isModerator may look at, minus what a user's document carries beyond that.
      select: hasRoles ? { email: true } : undefined,
      joins: false,
      overrideAccess: true,
    })
  const hasRoles = payload.collections[usersSlug]?.config.flattenedFields.some(
    (field) => field.name === 'roles',
  )
  const emailsOf = (docs: Record<string, unknown>[]) =>
    docs.map((user) => user.email).filter((email): email is string => typeof email === 'string')
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
    select: { title: true },
    joins: false,
    overrideAccess: true,
    disableErrors: true,
  })) as { title?: string } | null
  return doc?.title ?? `${target.relationTo} ${id}`
}
