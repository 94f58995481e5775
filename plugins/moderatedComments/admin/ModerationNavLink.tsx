'use client'
/**
 * A link to the moderation queue in the admin's navigation, for those who may moderate: whoever may
 * update comments (the comments collection's access, i.e. the plugin's `isModerator`).
 */
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'

import { MODERATION_QUEUE_PATH } from '../vocabulary.ts'

export function ModerationNavLink({ commentsSlug }: { commentsSlug: string }) {
  const { config } = useConfig()
  const { permissions } = useAuth()
  if (!permissions?.collections?.[commentsSlug]?.update) return null
  return (
    <Link
      href={`${config.routes.admin}${MODERATION_QUEUE_PATH}`}
      className="nav__link"
      id="nav-moderation-queue"
    >
      <span className="nav__link-label">Moderation queue</span>
    </Link>
  )
}
