/**
 * A writer's dashboard widget: what a reviewer returned to them (with the note), their drafts (with the last autosave), their scheduled articles (when
 * each goes out) and what they published lately. "Theirs" means articles they own (`createdBy`).
 */
import React from 'react'

import { isEditorialUser } from '../../../collections/shared/access.ts'
import { documentHref, listHref } from '../../../collections/shared/admin/links.ts'
import { relativeTime } from '../../shared/admin/time.ts'
import { WidgetCard } from '../../shared/admin/WidgetCard.tsx'
import type { ContentWidgetProps } from './props.ts'
import { describeChange, scheduledChanges } from './scheduledChanges.ts'

const SHOWN = 5

export async function MyArticlesWidget({ req, user, articlesSlug }: ContentWidgetProps) {
  if (!user || !isEditorialUser(user)) return null
  const { payload } = req
  const mine = { createdBy: { equals: user.id } }
  const read = { overrideAccess: false, user, depth: 0, limit: SHOWN } as const
  const returned = { 'reviewRequest.status': { equals: 'returned' } }
  const [drafts, published, scheduled, sentBack] = await Promise.all([
    payload.find({
      ...read,
      collection: articlesSlug,
      draft: true,
      where: { and: [mine, { _status: { equals: 'draft' } }] },
      sort: '-updatedAt',
      select: { title: true, updatedAt: true },
    }),
    payload.find({
      ...read,
      collection: articlesSlug,
      where: { and: [mine, { _status: { equals: 'published' } }] },
      sort: '-publishedAt',
      select: { title: true, publishedAt: true },
    }),
    scheduledChanges(payload, {
      articles: articlesSlug,
      user,
      until: new Date(Date.now() + 365 * 86_400_000),
      onlyArticles: mine,
    }),
    payload.find({
      ...read,
      collection: articlesSlug,
      draft: true,
      where: { and: [mine, returned] },
      sort: '-updatedAt',
      select: { title: true, reviewRequest: true },
    }),
  ])
  const open = (id: number | string) => documentHref(payload, articlesSlug, id)
  return (
    <WidgetCard
      id="my-articles"
      title="My articles"
      sections={[
        ...(sentBack.totalDocs > 0
          ? [
              {
                title: 'Returned by the reviewer',
                count: sentBack.totalDocs,
                href: listHref(payload, articlesSlug, [mine, returned]),
                items: sentBack.docs.map((doc) => ({
                  label: String(doc.title || 'Untitled'),
                  href: open(doc.id),
                  detail: (doc.reviewRequest as { note?: string } | undefined)?.note ?? undefined,
                })),
                empty: '',
              },
            ]
          : []),
        {
          title: 'Drafts',
          count: drafts.totalDocs,
          href: listHref(payload, articlesSlug, [mine, { _status: { equals: 'draft' } }]),
          items: drafts.docs.map((doc) => ({
            label: String(doc.title || 'Untitled'),
            href: open(doc.id),
            detail: `last saved ${relativeTime(String(doc.updatedAt))}`,
          })),
          empty: 'No drafts in progress.',
        },
        {
          title: 'Scheduled',
          count: scheduled.length,
          items: scheduled.slice(0, SHOWN).map((change) => ({
            label: change.title,
            href: open(change.articleId),
            detail: describeChange(change),
          })),
          empty: 'Nothing scheduled.',
        },
        {
          title: 'Recently published',
          count: published.totalDocs,
          href: listHref(payload, articlesSlug, [mine, { _status: { equals: 'published' } }]),
          items: published.docs.map((doc) => ({
            label: String(doc.title || 'Untitled'),
            href: open(doc.id),
            detail: doc.publishedAt
              ? `published ${relativeTime(String(doc.publishedAt))}`
              : undefined,
          })),
          empty: 'Nothing published yet.',
        },
      ]}
    />
  )
}
