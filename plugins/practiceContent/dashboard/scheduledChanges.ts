/**
 * Articles waiting for a scheduled publish or unpublish: the jobs the admin's schedule drawer queues
 * (Payload's `schedulePublish` task), joined with the articles the user may read.
 */
import type { Payload, TypedUser, Where } from 'payload'

import { waitingSchedules } from '../../../collections/Articles/review/schedule.ts'
import { absoluteTime, relativeTime } from '../../shared/admin/time.ts'

export type ScheduledChange = {
  articleId: number | string
  title: string
  action: 'publish' | 'unpublish'
  at: string
}

export async function scheduledChanges(
  payload: Payload,
  {
    articles,
    user,
    until,
    onlyArticles,
  }: {
    articles: string
    user: TypedUser
    until: Date
    /** Narrows the articles further (a writer's own). */
    onlyArticles?: Where
  },
): Promise<ScheduledChange[]> {
  const waiting = await waitingSchedules(payload, { articlesSlug: articles, until })
  if (waiting.length === 0) return []
  // Only what this user may read (and, for a writer's widget, their own).
  const readable = await payload.find({
    collection: articles,
    where: {
      and: [{ id: { in: waiting.map(({ id }) => id) } }, ...(onlyArticles ? [onlyArticles] : [])],
    },
    draft: true,
    depth: 0,
    pagination: false,
    select: { title: true },
    overrideAccess: false,
    user,
  })
  const titles = new Map(readable.docs.map((doc) => [String(doc.id), String(doc.title ?? '')]))
  return waiting.flatMap(({ id, action, at }) =>
    titles.has(String(id))
      ? [{ articleId: id, title: titles.get(String(id)) || 'Untitled', action, at }]
      : [],
  )
}

/** "publishes in 2 days (Dec 1, 2026, 3:00 PM UTC)" */
export const describeChange = ({ action, at }: ScheduledChange) =>
  `${action === 'publish' ? 'publishes' : 'unpublishes'} ${relativeTime(at)} (${absoluteTime(at)})`
