/**
 * Every article's `approvedCommentCount` set to the approved comments it really has — only counts
 * that differ are written, and `updated_at` is left alone (bookkeeping, not an edit). Used by the data
 * migration that repaired counts written before the counter was atomic, and after the embedded
 * database was left open by a crash (src/embeddedCrashCheck.ts).
 */
export const RECOUNT_APPROVED_COMMENTS_SQL = `
  UPDATE "articles" AS article SET "approved_comment_count" = counted.approved
  FROM (
    SELECT candidate.id, count(comment.id)::numeric AS approved
    FROM "articles" AS candidate
    LEFT JOIN "comments_rels" AS link ON link.articles_id = candidate.id AND link.path = 'target'
    LEFT JOIN "comments" AS comment ON comment.id = link.parent_id AND comment.status = 'approved'
    GROUP BY candidate.id
  ) AS counted
  WHERE counted.id = article.id
    AND article."approved_comment_count" IS DISTINCT FROM counted.approved`
