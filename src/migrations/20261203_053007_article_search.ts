import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Article search (plugins/practiceContent/search): pg_trgm, the index's two tables (generated from
 * src/articleSearchSchema.ts), then — written by hand, from `articleSearchInstallSql` of that day,
 * frozen here — the functions and triggers that keep them current, and the index of what is
 * published now. A later change to that SQL is a new migration (tests/unit/articleSearchText.test.ts
 * compares the two).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
  await db.execute(sql`
   CREATE TABLE "articles_fts" (
  	"article_id" integer PRIMARY KEY NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"document" "tsvector" NOT NULL,
  	"body_text" text NOT NULL,
  	"words" text[] NOT NULL
  );
  
  CREATE TABLE "articles_fts_words" (
  	"word" text PRIMARY KEY NOT NULL,
  	"documents" integer NOT NULL
  );
  
  ALTER TABLE "articles_fts" ADD CONSTRAINT "articles_fts_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_fts_document_idx" ON "articles_fts" USING gin ("document");
  CREATE INDEX "articles_fts_words_word_trgm_idx" ON "articles_fts_words" USING gin ("word" gin_trgm_ops);`)
  await db.execute(sql.raw(INSTALL))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(UNINSTALL))
  await db.execute(sql`
   DROP TABLE "articles_fts" CASCADE;
  DROP TABLE "articles_fts_words" CASCADE;`)
}

const INSTALL = String.raw`
ALTER TABLE "articles_fts" ALTER COLUMN document SET STORAGE MAIN;

-- The text of a Lexical rich-text value, one line per block (as collections/Articles/readingTime.ts
-- reads it): runs of text inside a paragraph join without a space, blocks are separated.
CREATE OR REPLACE FUNCTION "articles_fts_plain_text"(node jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fts$
DECLARE
  child jsonb;
  result text := '';
BEGIN
  IF node IS NULL OR jsonb_typeof(node) <> 'object' THEN RETURN ''; END IF;
  IF jsonb_typeof(node->'root') = 'object' THEN
    RETURN btrim(regexp_replace("articles_fts_plain_text"(node->'root'), '\s*\n\s*', E'\n', 'g'));
  END IF;
  IF jsonb_typeof(node->'text') = 'string' THEN RETURN node->>'text'; END IF;
  IF node->>'type' = 'linebreak' THEN RETURN E'\n'; END IF;
  IF jsonb_typeof(node->'children') <> 'array' THEN RETURN ''; END IF;
  FOR child IN SELECT value FROM jsonb_array_elements(node->'children') LOOP
    IF jsonb_typeof(child->'children') = 'array'
       AND coalesce(child->>'type', '') NOT IN ('link', 'autolink') THEN
      result := result || E'\n' || "articles_fts_plain_text"(child) || E'\n';
    ELSE
      result := result || "articles_fts_plain_text"(child);
    END IF;
  END LOOP;
  RETURN result;
END
$fts$;

-- Moves the word counts from one article's old words to its new ones. Rows are locked in word
-- order, so two saves that share words never deadlock; counts change in place, never read and
-- written back.
CREATE OR REPLACE FUNCTION "articles_fts_count_words"(old_words text[], new_words text[]) RETURNS void
LANGUAGE plpgsql AS $fts$
DECLARE
  gone text[] := ARRAY(SELECT unnest(coalesce(old_words, '{}')) EXCEPT SELECT unnest(coalesce(new_words, '{}')) ORDER BY 1);
  added text[] := ARRAY(SELECT unnest(coalesce(new_words, '{}')) EXCEPT SELECT unnest(coalesce(old_words, '{}')) ORDER BY 1);
BEGIN
  IF cardinality(gone) > 0 THEN
    PERFORM 1 FROM "articles_fts_words" WHERE word = ANY (gone) ORDER BY word FOR UPDATE;
    UPDATE "articles_fts_words" SET documents = documents - 1 WHERE word = ANY (gone);
    DELETE FROM "articles_fts_words" WHERE word = ANY (gone) AND documents <= 0;
  END IF;
  IF cardinality(added) > 0 THEN
    INSERT INTO "articles_fts_words" AS known (word, documents)
      SELECT w, 1 FROM unnest(added) AS w ORDER BY w
      ON CONFLICT (word) DO UPDATE SET documents = known.documents + 1;
  END IF;
END
$fts$;

-- Re-indexes one article: indexed while published, removed otherwise (or when it is gone).
CREATE OR REPLACE FUNCTION "articles_fts_refresh"(target integer) RETURNS void
LANGUAGE plpgsql AS $fts$
DECLARE
  article record;
  people text;
  body text;
  old_words text[];
  new_words text[];
BEGIN
  SELECT d.words INTO old_words FROM "articles_fts" d WHERE d.article_id = target FOR UPDATE;
  SELECT a.title, a.excerpt, a.body, a.published_at, a._status::text AS status INTO article
    FROM "articles" a WHERE a.id = target;
  IF FOUND AND article.status = 'published' THEN
    people := concat_ws(' ', (SELECT string_agg(p.name, ' ') FROM "articles_rels" r JOIN "authors" p ON p.id = r."authors_id" WHERE r.parent_id = target AND r.path = 'authors'), (SELECT string_agg(c.title, ' ') FROM "articles_rels" r JOIN "categories" c ON c.id = r."categories_id" WHERE r.parent_id = target AND r.path = 'categories'));
    body := "articles_fts_plain_text"(article.body);
    new_words := ARRAY(SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', concat_ws(' ', article.title, article.excerpt, people, body)))) AS w WHERE w ~ '^[[:alpha:]]{3,}$' ORDER BY w);
    INSERT INTO "articles_fts" (article_id, published_at, document, body_text, words)
      VALUES (target, article.published_at, setweight(to_tsvector('english', coalesce(article.title, '')), 'A') || setweight(to_tsvector('english', coalesce(article.excerpt, '')), 'B') || setweight(to_tsvector('english', coalesce(people, '')), 'C') || setweight(to_tsvector('english', coalesce(body, '')), 'D'), body, new_words)
      ON CONFLICT (article_id) DO UPDATE
        SET published_at = EXCLUDED.published_at, document = EXCLUDED.document,
            body_text = EXCLUDED.body_text, words = EXCLUDED.words;
  ELSE
    DELETE FROM "articles_fts" WHERE article_id = target;
    new_words := '{}';
  END IF;
  PERFORM "articles_fts_count_words"(old_words, new_words);
END
$fts$;

CREATE OR REPLACE FUNCTION "articles_fts_on_article"() RETURNS trigger
LANGUAGE plpgsql AS $fts$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Before the row goes (and the index row with it, by its foreign key): uncount its words.
    PERFORM "articles_fts_count_words"((SELECT d.words FROM "articles_fts" d WHERE d.article_id = OLD.id), '{}');
    DELETE FROM "articles_fts" WHERE article_id = OLD.id;
    RETURN OLD;
  END IF;
  PERFORM "articles_fts_refresh"(NEW.id);
  RETURN NULL;
END
$fts$;

CREATE OR REPLACE FUNCTION "articles_fts_on_relationships"() RETURNS trigger
LANGUAGE plpgsql AS $fts$
DECLARE
  target integer;
BEGIN
  FOR target IN
    SELECT DISTINCT parent_id FROM changed_rows
    WHERE path IN ('authors', 'categories') ORDER BY parent_id
  LOOP
    PERFORM "articles_fts_refresh"(target);
  END LOOP;
  RETURN NULL;
END
$fts$;

CREATE OR REPLACE FUNCTION "articles_fts_on_name"() RETURNS trigger
LANGUAGE plpgsql AS $fts$
DECLARE
  target integer;
BEGIN
  FOR target IN
    SELECT DISTINCT r.parent_id FROM "articles_rels" r
    WHERE (TG_TABLE_NAME = 'authors' AND r.path = 'authors' AND r."authors_id" = NEW.id)
       OR (TG_TABLE_NAME = 'categories' AND r.path = 'categories' AND r."categories_id" = NEW.id)
    ORDER BY r.parent_id
  LOOP
    PERFORM "articles_fts_refresh"(target);
  END LOOP;
  RETURN NULL;
END
$fts$;

-- Everything published now, in two statements (a migration's backfill, a bulk load).
CREATE OR REPLACE FUNCTION "articles_fts_rebuild"() RETURNS void
LANGUAGE plpgsql AS $fts$
BEGIN
  -- Without statistics (right after a bulk load) the planner reads every relationship row for
  -- every article: minutes instead of seconds at 100,000 articles.
  ANALYZE "articles", "articles_rels", "authors", "categories";
  DELETE FROM "articles_fts";
  DELETE FROM "articles_fts_words";
  INSERT INTO "articles_fts" (article_id, published_at, document, body_text, words)
    SELECT a.id, a.published_at, setweight(to_tsvector('english', coalesce(a.title, '')), 'A') || setweight(to_tsvector('english', coalesce(a.excerpt, '')), 'B') || setweight(to_tsvector('english', coalesce(x.people, '')), 'C') || setweight(to_tsvector('english', coalesce(x.body, '')), 'D'), x.body,
           ARRAY(SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', concat_ws(' ', a.title, a.excerpt, x.people, x.body)))) AS w WHERE w ~ '^[[:alpha:]]{3,}$' ORDER BY w)
    FROM "articles" a
    CROSS JOIN LATERAL (SELECT concat_ws(' ', (SELECT string_agg(p.name, ' ') FROM "articles_rels" r JOIN "authors" p ON p.id = r."authors_id" WHERE r.parent_id = a.id AND r.path = 'authors'), (SELECT string_agg(c.title, ' ') FROM "articles_rels" r JOIN "categories" c ON c.id = r."categories_id" WHERE r.parent_id = a.id AND r.path = 'categories')) AS people, "articles_fts_plain_text"(a.body) AS body) x
    WHERE a._status = 'published';
  INSERT INTO "articles_fts_words" (word, documents)
    SELECT w, count(*) FROM "articles_fts" d CROSS JOIN LATERAL unnest(d.words) AS w GROUP BY w;
END
$fts$;

CREATE OR REPLACE TRIGGER "articles_fts_article_created"
  AFTER INSERT ON "articles"
  FOR EACH ROW EXECUTE FUNCTION "articles_fts_on_article"();
-- Only what the index holds: a comment count moving does not re-index the article.
CREATE OR REPLACE TRIGGER "articles_fts_article_changed"
  AFTER UPDATE ON "articles"
  FOR EACH ROW WHEN (
    OLD._status IS DISTINCT FROM NEW._status OR OLD.title IS DISTINCT FROM NEW.title
    OR OLD.excerpt IS DISTINCT FROM NEW.excerpt OR OLD.body IS DISTINCT FROM NEW.body
    OR OLD.published_at IS DISTINCT FROM NEW.published_at
  ) EXECUTE FUNCTION "articles_fts_on_article"();
CREATE OR REPLACE TRIGGER "articles_fts_article_deleted"
  BEFORE DELETE ON "articles"
  FOR EACH ROW EXECUTE FUNCTION "articles_fts_on_article"();
CREATE OR REPLACE TRIGGER "articles_fts_relationships_added"
  AFTER INSERT ON "articles_rels" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "articles_fts_on_relationships"();
CREATE OR REPLACE TRIGGER "articles_fts_relationships_removed"
  AFTER DELETE ON "articles_rels" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "articles_fts_on_relationships"();
CREATE OR REPLACE TRIGGER "articles_fts_author_renamed"
  AFTER UPDATE OF name ON "authors"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION "articles_fts_on_name"();
CREATE OR REPLACE TRIGGER "articles_fts_category_renamed"
  AFTER UPDATE OF title ON "categories"
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION "articles_fts_on_name"();

SELECT "articles_fts_rebuild"();
`

const UNINSTALL = String.raw`
DROP TRIGGER IF EXISTS "articles_fts_article_created" ON "articles";
DROP TRIGGER IF EXISTS "articles_fts_article_changed" ON "articles";
DROP TRIGGER IF EXISTS "articles_fts_article_deleted" ON "articles";
DROP TRIGGER IF EXISTS "articles_fts_relationships_added" ON "articles_rels";
DROP TRIGGER IF EXISTS "articles_fts_relationships_removed" ON "articles_rels";
DROP TRIGGER IF EXISTS "articles_fts_author_renamed" ON "authors";
DROP TRIGGER IF EXISTS "articles_fts_category_renamed" ON "categories";
DROP FUNCTION IF EXISTS "articles_fts_rebuild"();
DROP FUNCTION IF EXISTS "articles_fts_on_name"();
DROP FUNCTION IF EXISTS "articles_fts_on_relationships"();
DROP FUNCTION IF EXISTS "articles_fts_on_article"();
DROP FUNCTION IF EXISTS "articles_fts_refresh"(integer);
DROP FUNCTION IF EXISTS "articles_fts_count_words"(text[], text[]);
DROP FUNCTION IF EXISTS "articles_fts_plain_text"(jsonb);
`
