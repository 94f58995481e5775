/**
 * /admin/commenter-data: export or erase one commenter's personal data (privacy/personalData.ts).
 * Admins only — the page says so to anyone else, and the API refuses them too.
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isAdmin } from '../../../collections/shared/roles.ts'
import { AdminPage } from './AdminPage.tsx'
import { CommenterDataTool } from './CommenterDataTool.tsx'

export type CommenterDataServerProps = { commentsSlug: string }

export function CommenterDataView(props: AdminViewServerProps & CommenterDataServerProps) {
  return (
    <AdminPage view={props} title="Commenters’ personal data">
      {isAdmin(props.initPageResult.req.user) ? (
        <CommenterDataTool commentsSlug={props.commentsSlug} />
      ) : (
        <p>Only admins can export or erase a commenter’s personal data.</p>
      )}
    </AdminPage>
  )
}
