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

/** S7: the blog's search, as the search page asks it (ten a page). */
export const searchPath = (query: string, page = 1) =>
  `/api/articles/search?q=${encodeURIComponent(query)}&limit=10&page=${page}`

/** Words of the demo articles' bodies: each bench article is a copy of one, so each finds about a third. */
export const COMMON_SEARCHES = [
  'coaching',
  'therapy',
  'goals',
  'session',
  'licensed clinician',
  '"first session"',
  'coaching -therapy',
  'coching',
]

/** One word of each bench article's title: what a reader might search a practice's blog for. */
export const TOPICS = [
  'mindfulness',
  'resilience',
  'burnout',
  'boundaries',
  'grief',
  'parenting',
  'loneliness',
  'confidence',
  'procrastination',
  'perfectionism',
  'insomnia',
  'motivation',
  'forgiveness',
  'friendship',
  'marriage',
  'divorce',
  'retirement',
  'careers',
  'leadership',
  'panic',
  'phobias',
  'trauma',
  'journaling',
  'breathing',
  'meditation',
  'exercise',
  'nutrition',
  'gratitude',
  'kindness',
  'loss',
  'anger',
  'jealousy',
  'shame',
  'guilt',
  'habits',
  'routines',
  'focus',
  'stress',
  'worry',
  'sleep',
  'dreams',
  'memory',
  'aging',
  'adolescence',
  'siblings',
  'caregiving',
  'pregnancy',
  'fatherhood',
  'motherhood',
  'identity',
  'belonging',
  'purpose',
  'values',
  'change',
  'transitions',
  'relocation',
  'money',
  'workload',
  'teamwork',
  'conflict',
  'apologies',
  'trust',
  'intimacy',
  'dating',
  'rejection',
  'criticism',
  'feedback',
  'negotiation',
  'assertiveness',
  'patience',
  'hope',
  'optimism',
  'pessimism',
  'rumination',
  'overthinking',
  'decisions',
  'creativity',
  'play',
  'humor',
  'nature',
  'gardening',
  'pets',
  'music',
  'reading',
  'travel',
  'holidays',
  'weekends',
  'mornings',
  'evenings',
  'screens',
  'social',
  'community',
  'volunteering',
  'spirituality',
  'compassion',
  'acceptance',
  'curiosity',
  'courage',
  'rest',
  'recovery',
]

/** The title of bench article `number`, a copy of `templateTitle`. */
export const benchTitle = (templateTitle: string, number: number) =>
  `${templateTitle} — ${TOPICS[number % TOPICS.length]} (${number})`
