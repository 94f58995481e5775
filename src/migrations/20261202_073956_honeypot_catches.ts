import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "comments_honeypot_catches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_honeypot_catches_id" integer;
  CREATE INDEX "comments_honeypot_catches_updated_at_idx" ON "comments_honeypot_catches" USING btree ("updated_at");
  CREATE INDEX "comments_honeypot_catches_created_at_idx" ON "comments_honeypot_catches" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_honeypot_catches_fk" FOREIGN KEY ("comments_honeypot_catches_id") REFERENCES "public"."comments_honeypot_catches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_comments_honeypot_catches__idx" ON "payload_locked_documents_rels" USING btree ("comments_honeypot_catches_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments_honeypot_catches" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comments_honeypot_catches" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_honeypot_catches_fk";
  
  DROP INDEX "payload_locked_documents_rels_comments_honeypot_catches__idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_honeypot_catches_id";`)
}
