/**
 * Fills a benchmark database through the Local API, as writers would have: the demo content, then
 * copies of the demo articles (same bodies, covers, authors, categories) under new titles until there
 * are `--articles` published articles, then approved comments until there are `--comments`, with
 * `COMMENTS_ON_BUSY_ARTICLE` of them on the newest article (scenario S4). Adds only what is missing, so
 * a database can be grown from one size to the next.
 *
 *   DATABASE_URL=postgres://… tsx bench/seed.ts --articles 10000 --comments 2000
 *   PGLITE_DATA_DIR=.data/bench tsx bench/seed.ts --articles 300   (embedded database, one at a time)
 *   DATABASE_URL=postgres://… tsx bench/seed.ts --articles 100000 --bulk
 *
 * Each copy's title gains one topic word (TOPICS, in turn), so a search for a topic finds about one
 * article in a hundred and a word of the demo bodies about one in three.
 *
 * `--bulk` (PostgreSQL) copies the articles in SQL, 10,000 a statement, instead of through the Local
 * API (~66 articles/s, half an hour for 100,000): the same rows and relationships Payload writes for
 * a published article, without their saved versions (no read of a published article uses them),
 * with the search index's triggers off during the copy and the index rebuilt once at the end.
 */
import { getPayload, type Payload } from 'payload'
import { parseArgs } from 'node:util'

import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database'
import { EMBEDDED_DATABASE_URL_VARIABLE } from '../src/databaseConnection'
import { closePayload, poolOf } from '../upstream/poolErrors'
import { seedDemoContent } from '../src/seed'
import { benchTitle, TOPICS } from './scenarios'

export const COMMENTS_ON_BUSY_ARTICLE = 50

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    comments: { type: 'string', default: '2000' },
    concurrency: { type: 'string' },
    bulk: { type: 'boolean', default: false },
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
        title: benchTitle(template.title, number),
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

type Pool = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/** `--bulk`: the missing articles as copies of the demo articles, in SQL (see the header). */
async function addArticlesInBulk(payload: Payload) {
  const pool = poolOf(payload) as unknown as Pool
  const existing = await countOf(payload, 'articles')
  if (existing >= targetArticles) return
  const started = Date.now()
  const BATCH = 10_000
  // Copied columns: everything of the template but what makes an article itself.
  const copied = [
    'excerpt',
    'cover_image_id',
    'body',
    'reviewed_by_id',
    'last_reviewed_at',
    'changed_since_review',
    'reviewed_body_fingerprint',
    'reading_time_minutes',
    'meta_title',
    'meta_description',
    'meta_image_id',
    'meta_no_index',
    'created_by_id',
    'comments',
  ]
  await pool.query('ALTER TABLE articles DISABLE TRIGGER USER')
  await pool.query('ALTER TABLE articles_rels DISABLE TRIGGER USER')
  try {
    for (let from = existing + 1; from <= targetArticles; from += BATCH) {
      const to = Math.min(targetArticles, from + BATCH - 1)
      await pool.query(
        `WITH templates AS (
           SELECT row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total, *
           FROM articles WHERE slug NOT LIKE 'bench-%'
         ),
         inserted AS (
           INSERT INTO articles (title, slug, published_at, approved_comment_count, _status, ${copied.join(', ')})
           SELECT t.title || ' — ' || ($3::text[])[1 + n % cardinality($3::text[])] || ' (' || n || ')',
                  'bench-' || n, timestamptz '2020-01-01 00:00:00+00' + n * interval '1 hour', 0, 'published',
                  ${copied.map((column) => `t.${column}`).join(', ')}
           FROM generate_series($1::int, $2::int) AS n
           JOIN templates t ON t.k = n % t.total
           RETURNING id, slug
         )
         INSERT INTO articles_rels ("order", parent_id, path, authors_id, services_id, categories_id)
         SELECT r."order", i.id, r.path, r.authors_id, r.services_id, r.categories_id
         FROM inserted i
         JOIN templates t ON t.k = substring(i.slug FROM 7)::int % t.total
         JOIN articles_rels r ON r.parent_id = t.id AND r.path IN ('authors', 'services', 'categories')`,
        [from, to, TOPICS],
      )
      const perSecond = ((to - existing) / ((Date.now() - started) / 1000)).toFixed(0)
      console.log(
        `  ${to - existing} / ${targetArticles - existing} articles in SQL (${perSecond}/s)`,
      )
    }
  } finally {
    await pool.query('ALTER TABLE articles ENABLE TRIGGER USER')
    await pool.query('ALTER TABLE articles_rels ENABLE TRIGGER USER')
  }
  const indexing = Date.now()
  await pool.query('SELECT articles_fts_rebuild()')
  console.log(`  search index rebuilt in ${((Date.now() - indexing) / 1000).toFixed(0)} s`)
}

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
try {
  const started = Date.now()
  await seedDemoContent(payload)
  if (values.bulk) await addArticlesInBulk(payload)
  else await addArticles(payload)
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
