/**
 * The moderators' dashboard widget: how many comments wait, how many of them are urgent (crisis
 * language) and how long the oldest urgent one has waited, with one click into the queue; and how
 * many bots the honeypot turned away (their submissions are not stored, so this is their only trace).
 */
import type { WidgetServerProps } from 'payload'
import React from 'react'

import { adminHref, listHref } from '../../../collections/shared/admin/links.ts'
import { relativeTime } from '../../shared/admin/time.ts'
import { WidgetCard } from '../../shared/admin/WidgetCard.tsx'
import { countRecentHoneypotCatches, HONEYPOT_WINDOW_DAYS } from '../submission/honeypot.ts'
import { MODERATION_QUEUE_PATH } from '../vocabulary.ts'
import { mayModerate } from './mayModerate.ts'

export type ModerationWidgetServerProps = { commentsSlug: string }

export async function ModerationWidget({
  req,
  user,
  permissions,
  commentsSlug,
}: WidgetServerProps & ModerationWidgetServerProps) {
  if (!user || !mayModerate(permissions, commentsSlug)) return null
  const { payload } = req
  const pending = { status: { equals: 'pending' } }
  const urgent = { urgent: { equals: true } }
  const asUser = { collection: commentsSlug, overrideAccess: false, user } as const
  const [waiting, urgentWaiting, oldestUrgent, botsCaught] = await Promise.all([
    payload.count({ ...asUser, where: pending }),
    payload.count({ ...asUser, where: { and: [pending, urgent] } }),
    payload.find({
      ...asUser,
      where: { and: [pending, urgent] },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      select: { createdAt: true },
    }),
    countRecentHoneypotCatches(payload, commentsSlug),
  ])
  const oldest = oldestUrgent.docs[0]?.createdAt
  return (
    <WidgetCard
      id="moderation"
      title="Comments"
      sections={[
        {
          title: 'Urgent',
          count: urgentWaiting.totalDocs,
          href: listHref(payload, commentsSlug, [pending, urgent]),
          items: oldest
            ? [
                {
                  label: 'Open the queue (urgent first)',
                  href: adminHref(payload, MODERATION_QUEUE_PATH),
                  detail: `oldest waiting since ${relativeTime(String(oldest))}`,
                },
              ]
            : [],
          empty: 'No urgent comment waits.',
        },
        {
          title: 'Pending',
          count: waiting.totalDocs,
          href: listHref(payload, commentsSlug, [pending]),
          items: [{ label: 'Open the queue', href: adminHref(payload, MODERATION_QUEUE_PATH) }],
          empty: 'The queue is empty.',
        },
        {
          title: `Bots turned away (last ${HONEYPOT_WINDOW_DAYS} days)`,
          count: botsCaught,
          items: [],
          empty: 'None: no submission filled the hidden honeypot field.',
        },
      ]}
    />
  )
}
