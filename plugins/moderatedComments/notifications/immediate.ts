/**
 * Tells moderators about a new comment waiting for them, through Payload's email adapter: one message
 * per pending comment (unless the plugin sends digests instead, digest.ts), and for crisis language
 * an URGENT one always — sent while the submission is handled, so nobody waits for a digest. Spam is
 * not announced. A failing mail server is logged and never costs the reader their comment.
 *
 * Called once the comment is stored (committed), not from a hook inside the create's transaction: a
 * read that failed there, caught here, would roll the transaction back behind Payload's back, and
 * the reader would be told their comment was received when it was not. Its reads run outside any
 * transaction for the same reason.
 */
import type { PayloadRequest } from 'payload'

import { requestOrigin } from '../../../collections/shared/requestOrigin.ts'
import { moderatorAddresses, targetTitle, type NotifyOptions } from './recipients.ts'

export type StoredComment = {
  id: number | string
  status: string
  urgent?: boolean
  flags?: string[]
  authorName: string
  body: string
  target: { relationTo: string; value: number | string | { id: number | string } }
}

/**
 * Mails the moderators about this stored comment, when it is pending. `knownTitle`: the target's
 * title when the caller has read it already (the submission has), saving a query per comment.
 */
export async function notifyModerators(
  req: PayloadRequest,
  options: NotifyOptions & { digest: boolean },
  comment: StoredComment,
  knownTitle?: string,
): Promise<void> {
  if (comment.status !== 'pending' || (options.digest && !comment.urgent)) return
  const { payload } = req
  try {
    const to = await moderatorAddresses(payload, options)
    if (to.length === 0) return
    const title = knownTitle ?? (await targetTitle(payload, comment.target))
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
