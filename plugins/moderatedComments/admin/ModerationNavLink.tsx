'use client'
/** A link to the moderation queue in the admin's navigation. */
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'

export function ModerationNavLink() {
  const { config } = useConfig()
  return (
    <Link href={`${config.routes.admin}/moderation`} className="nav__link" id="nav-moderation-queue">
      <span className="nav__link-label">Moderation queue</span>
    </Link>
  )
}
