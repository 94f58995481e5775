import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_review_request_status" AS ENUM('submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__articles_v_version_review_request_status" AS ENUM('submitted', 'returned', 'approved');
  ALTER TABLE "articles" ADD COLUMN "clinical" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "clinical_review_required" boolean;
  ALTER TABLE "articles" ADD COLUMN "publish_needs_review" boolean;
  ALTER TABLE "articles" ADD COLUMN "review_request_status" "enum_articles_review_request_status";
  ALTER TABLE "articles" ADD COLUMN "review_request_note" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_request_submitted_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "review_request_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "review_request_decided_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "review_request_decided_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "override_reason" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_override_reason" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_override_given_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "review_override_given_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "review_override_body_fingerprint" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_clinical" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_clinical_review_required" boolean;
  ALTER TABLE "_articles_v" ADD COLUMN "version_publish_needs_review" boolean;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_status" "enum__articles_v_version_review_request_status";
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_note" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_submitted_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_decided_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_override_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_override_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_override_given_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_override_given_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_override_body_fingerprint" varchar;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_review_request_submitted_by_id_users_id_fk" FOREIGN KEY ("review_request_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_review_request_decided_by_id_users_id_fk" FOREIGN KEY ("review_request_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_review_override_given_by_id_users_id_fk" FOREIGN KEY ("review_override_given_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_review_request_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_request_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_review_request_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_request_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_review_override_given_by_id_users_id_fk" FOREIGN KEY ("version_review_override_given_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_clinical_review_required_idx" ON "articles" USING btree ("clinical_review_required");
  CREATE INDEX "articles_review_request_review_request_status_idx" ON "articles" USING btree ("review_request_status");
  CREATE INDEX "articles_review_request_review_request_submitted_by_idx" ON "articles" USING btree ("review_request_submitted_by_id");
  CREATE INDEX "articles_review_request_review_request_decided_by_idx" ON "articles" USING btree ("review_request_decided_by_id");
  CREATE INDEX "articles_review_override_review_override_given_by_idx" ON "articles" USING btree ("review_override_given_by_id");
  CREATE INDEX "_articles_v_version_version_clinical_review_required_idx" ON "_articles_v" USING btree ("version_clinical_review_required");
  CREATE INDEX "_articles_v_version_review_request_version_review_reques_idx" ON "_articles_v" USING btree ("version_review_request_status");
  CREATE INDEX "_articles_v_version_review_request_version_review_requ_1_idx" ON "_articles_v" USING btree ("version_review_request_submitted_by_id");
  CREATE INDEX "_articles_v_version_review_request_version_review_requ_2_idx" ON "_articles_v" USING btree ("version_review_request_decided_by_id");
  CREATE INDEX "_articles_v_version_review_override_version_review_overr_idx" ON "_articles_v" USING btree ("version_review_override_given_by_id");`)
  // Existing articles learn whether they are clinical (about a clinical service) and whether publishing
  // them now would need a review; every later save keeps both (collections/Articles/review/gate.ts).
  await db.execute(sql`
  UPDATE "articles" a SET "clinical_review_required" = EXISTS (
    SELECT 1 FROM "articles_rels" r JOIN "services" s ON s."id" = r."services_id"
    WHERE r."parent_id" = a."id" AND r."path" = 'services' AND s."kind" = 'clinical');
  UPDATE "articles" SET "publish_needs_review" = "clinical_review_required"
    AND ("last_reviewed_at" IS NULL OR coalesce("changed_since_review", false));
  UPDATE "_articles_v" v SET "version_clinical_review_required" = EXISTS (
    SELECT 1 FROM "_articles_v_rels" r JOIN "services" s ON s."id" = r."services_id"
    WHERE r."parent_id" = v."id" AND r."path" = 'version.services' AND s."kind" = 'clinical');
  UPDATE "_articles_v" SET "version_publish_needs_review" = "version_clinical_review_required"
    AND ("version_last_reviewed_at" IS NULL OR coalesce("version_changed_since_review", false));`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_review_request_submitted_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_review_request_decided_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_review_override_given_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_review_request_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_review_request_decided_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_review_override_given_by_id_users_id_fk";
  
  DROP INDEX "articles_clinical_review_required_idx";
  DROP INDEX "articles_review_request_review_request_status_idx";
  DROP INDEX "articles_review_request_review_request_submitted_by_idx";
  DROP INDEX "articles_review_request_review_request_decided_by_idx";
  DROP INDEX "articles_review_override_review_override_given_by_idx";
  DROP INDEX "_articles_v_version_version_clinical_review_required_idx";
  DROP INDEX "_articles_v_version_review_request_version_review_reques_idx";
  DROP INDEX "_articles_v_version_review_request_version_review_requ_1_idx";
  DROP INDEX "_articles_v_version_review_request_version_review_requ_2_idx";
  DROP INDEX "_articles_v_version_review_override_version_review_overr_idx";
  ALTER TABLE "articles" DROP COLUMN "clinical";
  ALTER TABLE "articles" DROP COLUMN "clinical_review_required";
  ALTER TABLE "articles" DROP COLUMN "publish_needs_review";
  ALTER TABLE "articles" DROP COLUMN "review_request_status";
  ALTER TABLE "articles" DROP COLUMN "review_request_note";
  ALTER TABLE "articles" DROP COLUMN "review_request_submitted_by_id";
  ALTER TABLE "articles" DROP COLUMN "review_request_submitted_at";
  ALTER TABLE "articles" DROP COLUMN "review_request_decided_by_id";
  ALTER TABLE "articles" DROP COLUMN "review_request_decided_at";
  ALTER TABLE "articles" DROP COLUMN "override_reason";
  ALTER TABLE "articles" DROP COLUMN "review_override_reason";
  ALTER TABLE "articles" DROP COLUMN "review_override_given_by_id";
  ALTER TABLE "articles" DROP COLUMN "review_override_given_at";
  ALTER TABLE "articles" DROP COLUMN "review_override_body_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_clinical";
  ALTER TABLE "_articles_v" DROP COLUMN "version_clinical_review_required";
  ALTER TABLE "_articles_v" DROP COLUMN "version_publish_needs_review";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_status";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_note";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_submitted_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_submitted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_decided_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_decided_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_override_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_override_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_override_given_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_override_given_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_override_body_fingerprint";
  DROP TYPE "public"."enum_articles_review_request_status";
  DROP TYPE "public"."enum__articles_v_version_review_request_status";`)
}
