import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Data only: every article's `approvedCommentCount` set to the approved comments it really has.
 * Before the counter moved by atomic increments (plugins/moderatedComments/hooks/commentCounts.ts),
 * concurrent approvals read, counted and wrote it back, and lost updates: 50 comments approved four at
 * a time left it at 48. Only counts that differ are written; `updated_at` is left alone (bookkeeping,
 * not an edit). Saved versions keep the count they were saved with.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    UPDATE "articles" AS article SET "approved_comment_count" = counted.approved
    FROM (
      SELECT candidate.id, count(comment.id)::numeric AS approved
      FROM "articles" AS candidate
      LEFT JOIN "comments_rels" AS link ON link.articles_id = candidate.id AND link.path = 'target'
      LEFT JOIN "comments" AS comment ON comment.id = link.parent_id AND comment.status = 'approved'
      GROUP BY candidate.id
    ) AS counted
    WHERE counted.id = article.id
      AND article."approved_comment_count" IS DISTINCT FROM counted.approved
  `)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The right counts are right before and after: nothing to undo.
}
