import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "practice" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar DEFAULT 'Our practice' NOT NULL,
  	"tagline" varchar,
  	"about" varchar,
  	"logo_id" integer,
  	"email" varchar,
  	"telephone" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "practice" ADD CONSTRAINT "practice_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "practice_logo_idx" ON "practice" USING btree ("logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "practice" CASCADE;`)
}
