/**
 * Fills a benchmark database through the Local API, as writers would have: the demo content, then
 * copies of the demo articles (same bodies, covers, authors, categories) under new titles until there
 * are `--articles` published articles, then approved comments until there are `--comments`, with
 * `COMMENTS_ON_BUSY_ARTICLE` of them on the newest article (scenario S4). Adds only what is missing, so
 * a database can be grown from one size to the next.
 *
 *   DATABASE_URL=postgres://… tsx bench/seed.ts --articles 10000 --comments 2000
 *   PGLITE_DATA_DIR=.data/bench tsx bench/seed.ts --articles 300   (embedded database, one at a time)
 */
import { getPayload, type Payload } from 'payload'
import { parseArgs } from 'node:util'

import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database'
import { EMBEDDED_DATABASE_URL_VARIABLE } from '../src/databaseConnection'
import { closePayload, poolOf } from '../upstream/poolErrors'
import { seedDemoContent } from '../src/seed'

export const COMMENTS_ON_BUSY_ARTICLE = 50

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    comments: { type: 'string', default: '2000' },
    concurrency: { type: 'string' },
  },
})
const targetArticles = Number(values.articles)
const targetComments = Number(values.comments)

Object.assign(process.env, { NODE_ENV: 'production', SEED_DEMO_CONTENT: 'false' })
let embedded: EmbeddedDatabase | undefined
if (!process.env.DATABASE_URL) {
  embedded = await startEmbeddedDatabase({ dataDir: process.env.PGLITE_DATA_DIR ?? '.data/bench' })
  process.env[EMBEDDED_DATABASE_URL_VARIABLE] = embedded.url
}
// The embedded database has one session: writes go one at a time there.
const concurrency = Number(values.concurrency ?? (embedded ? 1 : 8))

/** Runs `work(i)` for i in [0, count) with at most `concurrency` at once. */
async function inParallel(count: number, work: (index: number) => Promise<unknown>) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await work(next++)
    }),
  )
}

async function countOf(payload: Payload, collection: 'articles' | 'comments') {
  return (await payload.count({ collection, overrideAccess: true })).totalDocs
}

async function addArticles(payload: Payload) {
  const existing = await countOf(payload, 'articles')
  const { docs: templates } = await payload.find({
    collection: 'articles',
    where: { slug: { not_like: 'bench-' } },
    depth: 0,
    limit: 10,
    overrideAccess: true,
  })
  const missing = targetArticles - existing
  const started = Date.now()
  await inParallel(Math.max(0, missing), async (offset) => {
    const number = existing + offset + 1
    const template = templates[number % templates.length]
    // Spread over the last years, newest last, so sorting by publishedAt pages through all of them.
    const publishedAt = new Date(Date.UTC(2020, 0, 1) + number * 3_600_000).toISOString()
    await payload.create({
      collection: 'articles',
      data: {
        title: `${template.title} (${number})`,
        slug: `bench-${number}`,
        excerpt: template.excerpt,
        body: template.body,
        coverImage: template.coverImage,
        authors: template.authors,
        reviewedBy: template.reviewedBy,
        lastReviewedAt: template.lastReviewedAt,
        publishedAt,
        categories: template.categories,
        services: template.services,
        comments: 'open',
        _status: 'published',
      },
      overrideAccess: true,
    })
    if ((offset + 1) % 1000 === 0) {
      const perSecond = ((offset + 1) / ((Date.now() - started) / 1000)).toFixed(0)
      console.log(`  ${offset + 1} / ${missing} articles (${perSecond}/s)`)
    }
  })
}

async function addComments(payload: Payload) {
  const existing = await countOf(payload, 'comments')
  const missing = targetComments - existing
  if (missing <= 0) return
  const { docs: newest } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    depth: 0,
    limit: 200,
    overrideAccess: true,
  })
  await inParallel(missing, async (index) => {
    const number = existing + index + 1
    // The newest article gets the first COMMENTS_ON_BUSY_ARTICLE; the rest spread over 200 others.
    const target = index < COMMENTS_ON_BUSY_ARTICLE ? newest[0] : newest[number % newest.length]
    await payload.create({
      collection: 'comments',
      data: {
        target: { relationTo: 'articles', value: target.id },
        depth: 0,
        authorName: `Reader ${number}`,
        authorEmail: `reader-${number}@bench.example`,
        body: `Thank you for this article: it helped me think about my own situation (${number}).`,
        status: 'approved',
        targetPublished: true,
      },
      overrideAccess: true,
    })
  })
}

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
try {
  const started = Date.now()
  await seedDemoContent(payload)
  await addArticles(payload)
  await addComments(payload)
  // What autovacuum does a minute after a bulk load. Without statistics the planner guesses a few
  // rows per table and picks nested loops that make every read hundreds of times slower; without the
  // visibility map a list's count(*) cannot be answered from the `_status` index and reads every row
  // (170 ms instead of 9 ms at 100,000 articles).
  await poolOf(payload)?.query('VACUUM ANALYZE')
  const articles = await countOf(payload, 'articles')
  const comments = await countOf(payload, 'comments')
  console.log(
    `Seeded: ${articles} articles, ${comments} comments in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  )
} finally {
  await closePayload(payload)
  await embedded?.close()
}
process.exit(0)
