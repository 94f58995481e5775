/**
 * A draft as its article page will show it, for writers: the admin's live preview frames this page
 * and refreshes it on every save, and the preview link opens it in a tab. It reads the draft with the
 * signed-in writer's own session (the admin's cookie, sent to the API as `Authorization: JWT`), so
 * nobody without an editorial account ever sees a draft here — there is no public preview URL.
 */
import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import { cmsQuery } from '../../../../../site/cms'
import { ArticleView } from '../../../../../site/components/ArticleView'
import { LivePreviewListener } from '../../../../../site/components/LivePreviewListener'
import { ArticlePreviewDocument } from '../../../../../site/graphql/generated'

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } }

/** Payload's session cookie (`<cookiePrefix>-token`; the prefix is `payload` unless configured). */
const SESSION_COOKIE = 'payload-token'

export default async function ArticlePreview({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!/^\d{1,9}$/.test(id)) notFound()
  const token = (await cookies()).get(SESSION_COOKIE)?.value
  if (!token) return <SignInToPreview id={id} />

  const { meUser, Articles } = await cmsQuery(ArticlePreviewDocument, { id: Number(id) }, { token })
  if (!meUser?.user) return <SignInToPreview id={id} /> // the session has expired
  const article = Articles?.docs[0]
  if (!article) notFound()
  return (
    <>
      <LivePreviewListener />
      <p className="preview-banner" role="status">
        {previewNotice(article._status, article.publishedAt)}
      </p>
      <ArticleView article={article} preview />
    </>
  )
}

/** What the writer is looking at, compared with what readers see. */
function previewNotice(status: string | null, publishedAt: string | null) {
  if (status === 'published') return 'This is the published version: readers see the same.'
  if (publishedAt)
    return 'Preview of unpublished changes: readers see the published version until you publish them.'
  return 'Preview of a draft: readers cannot see it until it is published.'
}

function SignInToPreview({ id }: { id: string }) {
  return (
    <section>
      <h1>Sign in to preview</h1>
      <p>
        Drafts are shown only to the editorial team.{' '}
        <Link href={`/admin/login?redirect=${encodeURIComponent(`/preview/articles/${id}`)}`}>
          Sign in
        </Link>{' '}
        and open the preview again.
      </p>
    </section>
  )
}
