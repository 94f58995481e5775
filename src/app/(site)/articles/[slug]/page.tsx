import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { cmsQuery } from '../../../../site/cms'
import { ArticleView } from '../../../../site/components/ArticleView'
import { JsonLd } from '../../../../site/components/JsonLd'
import { goToCurrentSlug } from '../../../../site/currentSlug'
import { ArticlePageDocument } from '../../../../site/graphql/generated'
import { sitePaths } from '../../../../site/paths'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Once per request: the metadata and the page share the answer. */
const load = cache(async (slug: string) =>
  cmsQuery(ArticlePageDocument, { slug }, { shows: { paths: [sitePaths.article(slug)] } }),
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { articleBySlug: article } = await load((await params).slug)
  if (!article) return { title: 'Not found' }
  // The CMS stores the effective SEO values: no fallbacks to compute here.
  return {
    title: article.meta?.title ?? article.title ?? undefined,
    description: article.meta?.description ?? undefined,
    robots: article.meta?.noIndex ? { index: false } : undefined,
    openGraph: {
      type: 'article',
      title: article.meta?.title ?? undefined,
      description: article.meta?.description ?? undefined,
      images: article.meta?.image?.url ? [article.meta.image.url] : undefined,
      publishedTime: article.publishedAt ?? undefined,
    },
  }
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params
  const { replyTo } = await searchParams
  const { articleBySlug: article, articleStructuredData } = await load(slug)
  if (!article) notFound()
  goToCurrentSlug(sitePaths.article, slug, article.slug, replyTo ? `?replyTo=${replyTo}` : '')
  return (
    <>
      <JsonLd data={articleStructuredData} />
      <ArticleView
        article={article}
        replyTo={typeof replyTo === 'string' && /^\d+$/.test(replyTo) ? Number(replyTo) : undefined}
      />
    </>
  )
}
