/**
 * The moderators' queue as an admin view (/admin/moderation): the server part checks the rights and
 * frames the page; the client part (ModerationQueue) lists comments and acts on them.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { mayModerate } from './mayModerate.ts'
import { ModerationQueue } from './ModerationQueue.tsx'

export type ModerationQueueServerProps = { commentsSlug: string }

export function ModerationQueueView(props: AdminViewServerProps & ModerationQueueServerProps) {
  const { initPageResult, params, searchParams, commentsSlug } = props
  const { req, permissions, locale, visibleEntities } = initPageResult
  const allowed = mayModerate(permissions, commentsSlug)
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
        <h1>Moderation queue</h1>
        {allowed ? (
          <ModerationQueue commentsSlug={commentsSlug} />
        ) : (
          <p>Only moderators can work the comment queue.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
