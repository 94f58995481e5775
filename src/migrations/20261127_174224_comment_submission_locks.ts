import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "comments_submission_locks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_submission_locks_id" integer;
  CREATE UNIQUE INDEX "comments_submission_locks_client_idx" ON "comments_submission_locks" USING btree ("client");
  CREATE UNIQUE INDEX "comments_submission_locks_email_idx" ON "comments_submission_locks" USING btree ("email");
  CREATE INDEX "comments_submission_locks_updated_at_idx" ON "comments_submission_locks" USING btree ("updated_at");
  CREATE INDEX "comments_submission_locks_created_at_idx" ON "comments_submission_locks" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_submission_locks_fk" FOREIGN KEY ("comments_submission_locks_id") REFERENCES "public"."comments_submission_locks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_comments_submission_locks__idx" ON "payload_locked_documents_rels" USING btree ("comments_submission_locks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments_submission_locks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comments_submission_locks" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_submission_locks_fk";
  
  DROP INDEX "payload_locked_documents_rels_comments_submission_locks__idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_submission_locks_id";`)
}
