/**
 * A reviewer's dashboard widget: clinical articles waiting for review that someone else wrote. Shown
 * to users linked to an author profile; whether that profile may review (an active, verified
 * clinical license) is said here too, since the decision endpoint will ask.
 */
import type { Where } from 'payload'
import React from 'react'

import {
  mayPracticeClinically,
  type HeldCredential,
} from '../../../collections/Authors/credentials.ts'
import { documentHref, listHref } from '../../../collections/shared/admin/links.ts'
import { idOf, type RelationValue } from '../../../collections/shared/relations.ts'
import { relativeTime } from '../../shared/admin/time.ts'
import { WidgetCard } from '../../shared/admin/WidgetCard.tsx'
import type { ContentWidgetProps } from './props.ts'

export async function AwaitingReviewWidget({
  req,
  user,
  articlesSlug,
  authorsSlug,
}: ContentWidgetProps) {
  const profileId = idOf((user as { authorProfile?: RelationValue } | null)?.authorProfile)
  if (!user || profileId == null) return null
  const { payload } = req
  const profile = await payload.findByID({
    collection: authorsSlug,
    id: profileId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
  const licensed = mayPracticeClinically((profile?.credentials ?? []) as HeldCredential[])
  const waiting: Where[] = [
    { 'reviewRequest.status': { equals: 'submitted' } },
    { createdBy: { not_equals: user.id } },
  ]
  const found = await payload.find({
    collection: articlesSlug,
    draft: true,
    where: { and: waiting },
    sort: 'reviewRequest.submittedAt',
    limit: 5,
    depth: 0,
    select: { title: true, reviewRequest: true },
    overrideAccess: false,
    user,
  })
  return (
    <WidgetCard
      id="awaiting-review"
      title="Waiting for your review"
      sections={[
        {
          title: licensed
            ? 'Clinical articles to review'
            : 'Your author profile holds no active, verified clinical license, so you cannot approve these yet',
          count: found.totalDocs,
          href: listHref(payload, articlesSlug, waiting),
          items: found.docs.map((doc) => {
            const submittedAt = (doc.reviewRequest as { submittedAt?: string } | undefined)
              ?.submittedAt
            return {
              label: String(doc.title || 'Untitled'),
              href: documentHref(payload, articlesSlug, doc.id),
              detail: submittedAt ? `submitted ${relativeTime(submittedAt)}` : undefined,
            }
          }),
          empty: 'Nothing is waiting for review.',
        },
      ]}
    />
  )
}
