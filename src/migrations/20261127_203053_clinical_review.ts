import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "changed_since_review" boolean;
  ALTER TABLE "articles" ADD COLUMN "reviewed_body_fingerprint" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_changed_since_review" boolean;
  ALTER TABLE "_articles_v" ADD COLUMN "version_reviewed_body_fingerprint" varchar;
  CREATE INDEX "articles_changed_since_review_idx" ON "articles" USING btree ("changed_since_review");
  CREATE INDEX "_articles_v_version_version_changed_since_review_idx" ON "_articles_v" USING btree ("version_changed_since_review");`)
  // Reviews recorded before fingerprints were kept attest to the text as it is now: nothing has
  // changed since them yet (the next save records the fingerprint, hooks/trackClinicalReview.ts).
  await db.execute(sql`
   UPDATE "articles" SET "changed_since_review" = false;
  UPDATE "_articles_v" SET "version_changed_since_review" = false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_changed_since_review_idx";
  DROP INDEX "_articles_v_version_version_changed_since_review_idx";
  ALTER TABLE "articles" DROP COLUMN "changed_since_review";
  ALTER TABLE "articles" DROP COLUMN "reviewed_body_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_changed_since_review";
  ALTER TABLE "_articles_v" DROP COLUMN "version_reviewed_body_fingerprint";`)
}
