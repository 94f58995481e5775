import { notFound } from 'next/navigation'
import React from 'react'

import { cmsQuery } from '../../site/cms'
import { sitePaths } from '../../site/paths'
import { ArticleGrid } from '../../site/components/ArticleCard'
import { pageFrom, Pagination } from '../../site/components/Pagination'
import { ArticleListDocument } from '../../site/graphql/generated'

/** The blog: newest articles first, nine a page. */
export default async function BlogIndex({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const page = pageFrom((await searchParams).page)
  if (!page) notFound()
  const { articleFeed } = await cmsQuery(
    ArticleListDocument,
    { page },
    { shows: { paths: [sitePaths.home], lists: true } },
  )
  if (!articleFeed || (page > 1 && articleFeed.docs.length === 0)) notFound()
  return (
    <>
      <h1 className="visually-hidden">Articles</h1>
      <ArticleGrid articles={articleFeed.docs} priorityFirst />
      <Pagination basePath="/" page={articleFeed.page ?? 1} totalPages={articleFeed.totalPages} />
    </>
  )
}
