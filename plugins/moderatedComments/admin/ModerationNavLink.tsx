/**
 * A link to the moderation queue in the admin's navigation, for those who may moderate: whoever may
 * update comments (the comments collection's access, i.e. the plugin's `isModerator`). A server
 * component, so the decision is made with the request's own permissions before the page is sent.
 */
import Link from 'next/link'
import type { Payload, SanitizedPermissions } from 'payload'
import React from 'react'

import { MODERATION_QUEUE_PATH } from '../vocabulary.ts'
import { mayModerate } from './mayModerate.ts'

export type ModerationNavLinkServerProps = {
  commentsSlug: string
  payload: Payload
  permissions?: SanitizedPermissions
}

export function ModerationNavLink({
  commentsSlug,
  payload,
  permissions,
}: ModerationNavLinkServerProps) {
  if (!mayModerate(permissions, commentsSlug)) return null
  return (
    <Link
      href={`${payload.config.routes.admin}${MODERATION_QUEUE_PATH}`}
      className="nav__link"
      id="nav-moderation-queue"
    >
      <span className="nav__link-label">Moderation queue</span>
    </Link>
  )
}
