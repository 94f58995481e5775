import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { RECOUNT_APPROVED_COMMENTS_SQL } from '../recountApprovedComments'

/**
 * Data only: every article's `approvedCommentCount` set to the approved comments it really has
 * (src/recountApprovedComments.ts). Before the counter moved by atomic increments
 * (plugins/moderatedComments/hooks/commentCounts.ts), concurrent approvals read, counted and wrote it
 * back, and lost updates: 50 comments approved four at a time left it at 48. Saved versions keep the
 * count they were saved with.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(RECOUNT_APPROVED_COMMENTS_SQL))
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The right counts are right before and after: nothing to undo.
}
