/**
 * /admin/commenter-data: export or erase one commenter's personal data (privacy/personalData.ts).
 * Admins only — the page says so to anyone else, and the API refuses them too.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isAdmin } from '../../../collections/shared/roles.ts'
import { CommenterDataTool } from './CommenterDataTool.tsx'

export type CommenterDataServerProps = { commentsSlug: string }

export function CommenterDataView(props: AdminViewServerProps & CommenterDataServerProps) {
  const { initPageResult, params, searchParams, commentsSlug } = props
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Commenters’ personal data</h1>
        {isAdmin(req.user) ? (
          <CommenterDataTool commentsSlug={commentsSlug} />
        ) : (
          <p>Only admins can export or erase a commenter’s personal data.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
