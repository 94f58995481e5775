import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { cmsQuery } from '../../../../site/cms'
import { ArticleGrid } from '../../../../site/components/ArticleCard'
import { pageFrom, Pagination } from '../../../../site/components/Pagination'
import { categoryFeedLink, feedAlternates, siteFeedLink } from '../../../../site/feeds/links'
import { practiceName } from '../../../../site/frame'
import { goToCurrentSlug } from '../../../../site/currentSlug'
import { CategoryPageDocument } from '../../../../site/graphql/generated'
import { sitePaths } from '../../../../site/paths'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Once per request: the metadata and the page share the answer. */
const load = cache(async (slug: string, page: number) =>
  cmsQuery(
    CategoryPageDocument,
    { slug, page },
    { shows: { paths: [sitePaths.category(slug)], lists: true } },
  ),
)

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { categoryBySlug } = await load(
    (await params).slug,
    pageFrom((await searchParams).page) ?? 1,
  )
  if (!categoryBySlug?.slug) return { title: 'Not found' }
  const practice = await practiceName()
  return {
    title: categoryBySlug.title,
    description: categoryBySlug.description ?? undefined,
    // A page's alternates replace the layout's: the site's feeds again, then this category's.
    alternates: {
      types: feedAlternates([
        siteFeedLink(practice),
        categoryFeedLink(categoryBySlug.slug, categoryBySlug.title, practice),
      ]),
    },
  }
}

/** The articles of one category, newest first. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const { slug } = await params
  const page = pageFrom((await searchParams).page)
  if (!page) notFound()
  const { categoryBySlug, articleFeed } = await load(slug, page)
  if (!categoryBySlug) notFound()
  goToCurrentSlug(sitePaths.category, slug, categoryBySlug.slug, page > 1 ? `?page=${page}` : '')
  if (!articleFeed || (page > 1 && articleFeed.docs.length === 0)) notFound()
  return (
    <>
      <h1>{categoryBySlug.title}</h1>
      {categoryBySlug.description && <p className="lead">{categoryBySlug.description}</p>}
      <ArticleGrid articles={articleFeed.docs} priorityFirst />
      <Pagination
        basePath={`/categories/${slug}`}
        page={articleFeed.page ?? 1}
        totalPages={articleFeed.totalPages}
      />
    </>
  )
}
