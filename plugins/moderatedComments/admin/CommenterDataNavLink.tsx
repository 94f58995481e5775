/**
 * The navigation link to /admin/commenter-data, for admins only (decided on the server).
 */
import Link from 'next/link'
import type { Payload } from 'payload'
import React from 'react'

import { isAdmin, type UserWithRoles } from '../../../collections/shared/roles.ts'
import { COMMENTER_DATA_PATH } from '../vocabulary.ts'

export type CommenterDataNavLinkServerProps = { payload: Payload; user?: UserWithRoles }

export function CommenterDataNavLink({ payload, user }: CommenterDataNavLinkServerProps) {
  if (!isAdmin(user ?? null)) return null
  return (
    <Link
      href={`${payload.config.routes.admin}${COMMENTER_DATA_PATH}`}
      className="nav__link"
      id="nav-commenter-data"
    >
      <span className="nav__link-label">Commenters’ data</span>
    </Link>
  )
}
