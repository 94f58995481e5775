/**
 * What the benchmark asks, shared by the runner (bench/run.ts) and the raw-SQL bound
 * (bench/rawServer.ts), which must answer the read scenarios with the very same bytes.
 */

/** S1 and S6: a page of the blog, full documents one level deep, newest first. */
export const listPath = (page: number, limit = 10) =>
  `/api/articles?limit=${limit}&page=${page}&depth=1&sort=-publishedAt`

/** S2: one article by its slug, as the article page reads it. */
export const bySlugPath = (slug: string) =>
  `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&depth=1`

/** S3: the same page over GraphQL, card fields only. */
export const S3_QUERY = `query BenchCards($limit: Int, $page: Int) {
  Articles(limit: $limit, page: $page, sort: "-publishedAt") {
    docs { title slug excerpt publishedAt readingTimeMinutes coverImage { url alt } authors { displayName } }
    totalDocs
  }
}`

export const cardsBody = (page: number, limit = 10) =>
  JSON.stringify({ query: S3_QUERY, variables: { limit, page } })

/** S4: an article's approved comments, oldest first. */
export const commentsPath = (articleId: number) =>
  `/api/comments?where[target.value][equals]=${articleId}&limit=50&depth=0&sort=createdAt`

/** Payload's envelope of a paginated REST answer, key for key. */
export function restListEnvelope(docs: string[], total: number, limit: number, page: number) {
  const totalPages = Math.ceil(total / limit)
  const hasNextPage = page < totalPages
  const hasPrevPage = page > 1
  return (
    `{"docs":[${docs.join(',')}],"hasNextPage":${hasNextPage},"hasPrevPage":${hasPrevPage},` +
    `"limit":${limit},"nextPage":${hasNextPage ? page + 1 : null},"page":${page},` +
    `"pagingCounter":${(page - 1) * limit + 1},"prevPage":${hasPrevPage ? page - 1 : null},` +
    `"totalDocs":${total},"totalPages":${totalPages}}`
  )
}

export const graphqlListPage = (docs: string[], total: number) =>
  `{"data":{"Articles":{"docs":[${docs.join(',')}],"totalDocs":${total}}}}`
