/**
 * After the embedded database was left open by a process that died (a crash, SIGKILL, power loss).
 *
 * The embedded database runs without transactions (src/databaseConnection.ts), so a write cut in the
 * middle can leave its document half-written — measured by tests/server/crashConsistency.test.ts: an
 * article without its authors or without its version, an approved-comment count one short. Before
 * Payload starts, the server checks for exactly those and:
 * - repairs what can be derived: each article's approvedCommentCount is recounted;
 * - reports what cannot, by id, in the log (an error line), so an editor can open and fix or delete
 *   those documents: articles without a version or without authors, comments without their article.
 * Nothing is deleted. PostgreSQL servers do not need this: their writes are transactions.
 */
import pg from 'pg'

import { RECOUNT_APPROVED_COMMENTS_SQL } from './recountApprovedComments'

export type CrashCheckReport = {
  recountedArticles: number
  /** Articles no saved version matches (title and status): a save cut between row and version. */
  articlesWithoutVersion: number[]
  articlesWithoutAuthors: number[]
  commentsWithoutArticle: number[]
}

/** No version holds what the article's row holds (its title and status): a save cut in the middle. */
const ARTICLES_WITHOUT_VERSION = `
  SELECT id FROM "articles" AS a
  WHERE NOT EXISTS (
    SELECT 1 FROM "_articles_v" AS v
    WHERE v.parent_id = a.id
      AND v.version_title IS NOT DISTINCT FROM a.title
      AND v.version__status::text IS NOT DISTINCT FROM a._status::text
  ) ORDER BY id`

const ARTICLES_WITHOUT_AUTHORS = `
  SELECT id FROM "articles" AS a
  WHERE NOT EXISTS (
    SELECT 1 FROM "articles_rels" AS r WHERE r.parent_id = a.id AND r.path = 'authors'
  ) ORDER BY id`

const COMMENTS_WITHOUT_ARTICLE = `
  SELECT id FROM "comments" AS c
  WHERE NOT EXISTS (
    SELECT 1 FROM "comments_rels" AS r
    WHERE r.parent_id = c.id AND r.path = 'target' AND r.articles_id IS NOT NULL
  ) ORDER BY id`

/** Runs the checks on the database at `url`; undefined when it holds no CMS tables yet. */
export async function checkAfterCrash(url: string): Promise<CrashCheckReport | undefined> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ table: string | null }>(
      "SELECT to_regclass('public.comments_rels')::text AS table",
    )
    if (rows[0]?.table === null) return undefined
    const ids = async (query: string) =>
      (await client.query<{ id: number }>(query)).rows.map((row) => row.id)
    const recount = await client.query(RECOUNT_APPROVED_COMMENTS_SQL)
    return {
      recountedArticles: recount.rowCount ?? 0,
      articlesWithoutVersion: await ids(ARTICLES_WITHOUT_VERSION),
      articlesWithoutAuthors: await ids(ARTICLES_WITHOUT_AUTHORS),
      commentsWithoutArticle: await ids(COMMENTS_WITHOUT_ARTICLE),
    }
  } finally {
    await client.end()
  }
}

/** Whether the report lists documents someone must look at. */
export const needsAttention = (report: CrashCheckReport) =>
  report.articlesWithoutVersion.length +
    report.articlesWithoutAuthors.length +
    report.commentsWithoutArticle.length >
  0
