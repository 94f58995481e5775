import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Authors' `practicesClinically` becomes a stored, indexed column, and services get `lapsedProviders`
// (rows of the existing `services_rels`, path 'lapsedProviders': no new table). Both are filled here
// for existing rows, as the hooks would have: an author practises clinically while they hold a
// verified license that permits clinical practice and has not expired (mayPracticeClinically); a
// clinical service's lapsed providers are its providers who do not. The start-up refresh then
// recomputes every author with the server's own clock (refreshCredentialSummaries) and, where that
// changes an author's status, their services (recheckClinicalServices).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "authors" ADD COLUMN "practices_clinically" boolean DEFAULT false;
  CREATE INDEX "authors_practices_clinically_idx" ON "authors" USING btree ("practices_clinically");
  UPDATE "authors" AS author SET "practices_clinically" = EXISTS (
    SELECT 1 FROM "authors_credentials" AS held
    WHERE held."_parent_id" = author."id"
      AND held."kind" = 'license'
      AND held."permits_clinical_practice" = true
      AND held."verified_at" IS NOT NULL
      AND (held."expires_on" IS NULL OR held."expires_on" >= date_trunc('day', now()))
  );
  INSERT INTO "services_rels" ("order", "parent_id", "path", "authors_id")
    SELECT listed."order", listed."parent_id", 'lapsedProviders', listed."authors_id"
    FROM "services_rels" AS listed
    JOIN "services" AS service ON service."id" = listed."parent_id"
    JOIN "authors" AS author ON author."id" = listed."authors_id"
    WHERE listed."path" = 'providers'
      AND service."kind" = 'clinical'
      AND author."practices_clinically" IS NOT TRUE;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "services_rels" WHERE "path" = 'lapsedProviders';
  DROP INDEX "authors_practices_clinically_idx";
  ALTER TABLE "authors" DROP COLUMN "practices_clinically";`)
}
