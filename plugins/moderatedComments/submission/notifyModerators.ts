/**
 * Tells moderators about a new comment waiting for them, through Payload's email adapter: one message
 * per pending comment, and for crisis language an URGENT one — sent while the submission is handled,
 * so nobody waits for a digest. Spam is not announced. A failing mail server is logged and never
 * costs the reader their comment.
 *
 * Called once the comment is stored (committed), not from a hook inside the create's transaction: a
 * read that failed there, caught here, would roll the transaction back behind Payload's back, and
 * the reader would be told their comment was received when it was not. Its reads run outside any
 * transaction for the same reason.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { requestOrigin } from '../../../collections/shared/requestOrigin.ts'
import type { IsModerator } from '../types.ts'

export type StoredComment = {
  id: number | string
  status: string
  urgent?: boolean
  flags?: string[]
  authorName: string
  body: string
  target: { relationTo: string; value: number | string | { id: number | string } }
}

export type NotifyOptions = {
  recipients: string[]
  isModerator: IsModerator
  usersSlug: string
  commentsSlug: string
}

/** A practice has a handful of staff: reading at most this many users to find moderators is cheap. */
const MAX_USERS_SCANNED = 500

async function moderatorAddresses(
  payload: Payload,
  { recipients, isModerator, usersSlug }: NotifyOptions,
) {
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
  // With roles: the moderators, not every editor; the admins when the practice has no moderator.
  const moderators = emailsOf((await users({ roles: { in: ['moderator'] } })).docs)
  return moderators.length > 0
    ? moderators
    : emailsOf((await users({ roles: { in: ['admin'] } })).docs)
}

/** Mails the moderators about this stored comment, when it is pending. */
export async function notifyModerators(
  req: PayloadRequest,
  options: NotifyOptions,
  comment: StoredComment,
): Promise<void> {
  if (comment.status !== 'pending') return
  const { payload } = req
  try {
    const to = await moderatorAddresses(payload, options)
    if (to.length === 0) return
    const targetId =
      typeof comment.target.value === 'object' ? comment.target.value.id : comment.target.value
    const target = (await payload.findByID({
      collection: comment.target.relationTo,
      id: targetId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as { title?: string } | null
    const title = target?.title ?? `${comment.target.relationTo} ${targetId}`
    // Absolute, so it works from a mail client: the configured serverURL, else the host the comment
    // came in at; below the config's own admin route.
    const link = `${requestOrigin(req)}${payload.config.routes.admin}/collections/${options.commentsSlug}/${comment.id}`
    const subject = comment.urgent
      ? `URGENT: a comment on “${title}” may show someone in crisis`
      : `New comment awaiting moderation on “${title}”`
    const text = [
      comment.urgent
        ? 'This comment contains crisis language. Please read it now and follow the practice’s crisis protocol.'
        : '',
      `From: ${comment.authorName}`,
      comment.flags?.length ? `Flags: ${comment.flags.join(', ')}` : '',
      '',
      comment.body.length > 600 ? `${comment.body.slice(0, 600)}…` : comment.body,
      '',
      `Moderate it: ${link}`,
    ]
      .filter((line, index) => line !== '' || index > 0)
      .join('\n')
    await payload.sendEmail({ to, subject, text })
  } catch (error) {
    payload.logger.error({ err: error }, `Could not notify moderators about comment ${comment.id}`)
  }
}
