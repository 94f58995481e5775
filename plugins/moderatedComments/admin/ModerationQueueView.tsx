/**
 * The moderators' queue as an admin view (/admin/moderation): the server part checks the rights and
 * frames the page; the client part (ModerationQueue) lists comments and acts on them.
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminPage } from './AdminPage.tsx'
import { mayModerate } from './mayModerate.ts'
import { ModerationQueue } from './ModerationQueue.tsx'

export type ModerationQueueServerProps = { commentsSlug: string }

export function ModerationQueueView(props: AdminViewServerProps & ModerationQueueServerProps) {
  const { initPageResult, commentsSlug } = props
  return (
    <AdminPage view={props} title="Moderation queue">
      {mayModerate(initPageResult.permissions, commentsSlug) ? (
        <ModerationQueue commentsSlug={commentsSlug} />
      ) : (
        <p>Only moderators can work the comment queue.</p>
      )}
    </AdminPage>
  )
}
