/**
 * Where article search lives in a PostgreSQL database, and the SQL that keeps it current.
 *
 * Two tables beside the articles (named after the articles' table, `articles_fts…` by default):
 *
 * - `<articles>_fts`: one row per **published** article — its weighted `tsvector` (title A,
 *   excerpt B, authors' names and categories' titles C, body D; PostgreSQL's `english`
 *   configuration), its `published_at` (ranking ties go to the newer), the body as plain text (for
 *   `ts_headline` snippets) and the distinct words it uses. A GIN index on the vector answers `@@`.
 *   The vector is kept in the row (storage MAIN): ranking reads every match's vector, and fetching
 *   each from the TOAST table made a common word 3× slower at 100,000 articles.
 * - `<articles>_fts_words`: the words of published articles with the number of articles using each,
 *   under a trigram (pg_trgm) GIN index: a query word that finds nothing is corrected to the most
 *   similar of them ("coching" → "coaching").
 *
 * The database keeps both current with triggers, on every path a write takes: the articles row
 * (Payload writes only the published version there — drafts go to the versions table, so a draft
 * never reaches the index), its relationship rows (authors, categories), an author's name, a
 * category's title, and deletions. Words leave the list when no published article uses them.
 *
 * The tables themselves are declared to Payload's schema (the app's `afterSchemaInit` hook, so dev
 * push and `migrate:create` know them); `articleSearchInstallSql` creates everything else, and a
 * migration runs it once (see docs/search.md).
 */

/** Table and column names, derived from the collections' slugs as Payload's PostgreSQL adapter does. */
export type ArticleSearchTables = {
  articles: string
  rels: string
  authors: string
  categories: string
  /** The relationship table's columns for authors and categories (`authors_id` …). */
  authorsColumn: string
  categoriesColumn: string
  /** `<articles>_fts`: the index of published articles. */
  documents: string
  /** `<articles>_fts_words`: the words they use, for typo correction. */
  words: string
}

/** Slugs are a-z, 0-9, - and _ (the plugin checks): Payload's table name is the slug in snake case. */
const tableName = (slug: string) => slug.replace(/-/g, '_')

export function articleSearchTables(slugs: {
  articles: string
  authors: string
  categories: string
}): ArticleSearchTables {
  const articles = tableName(slugs.articles)
  return {
    articles,
    rels: `${articles}_rels`,
    authors: tableName(slugs.authors),
    categories: tableName(slugs.categories),
    authorsColumn: `${tableName(slugs.authors)}_id`,
    categoriesColumn: `${tableName(slugs.categories)}_id`,
    documents: `${articles}_fts`,
    words: `${articles}_fts_words`,
  }
}

/** The text search configuration of the index and of queries: stems English words. */
export const SEARCH_CONFIGURATION = 'english'

/** Double-quotes an identifier (all of ours are plain, but a slug is the user's). */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * Functions and triggers that keep the search tables current, and the statement that fills them
 * from what is published now. Idempotent: `CREATE OR REPLACE` throughout, so it can run again.
 */
export function articleSearchInstallSql(t: ArticleSearchTables): string {
  const fn = (name: string) => ident(`${t.documents}_${name}`)
  const documents = ident(t.documents)
  const words = ident(t.words)
  const articles = ident(t.articles)
  const rels = ident(t.rels)
  // The weighted vector and the word list of one article, from its columns and related names.
  const vector = (title: string, excerpt: string, people: string, body: string) =>
    `setweight(to_tsvector('${SEARCH_CONFIGURATION}', coalesce(${title}, '')), 'A') || ` +
    `setweight(to_tsvector('${SEARCH_CONFIGURATION}', coalesce(${excerpt}, '')), 'B') || ` +
    `setweight(to_tsvector('${SEARCH_CONFIGURATION}', coalesce(${people}, '')), 'C') || ` +
    `setweight(to_tsvector('${SEARCH_CONFIGURATION}', coalesce(${body}, '')), 'D')`
  const wordList = (all: string) =>
    `ARRAY(SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', ${all}))) AS w ` +
    `WHERE w ~ '^[[:alpha:]]{3,}$' ORDER BY w)`
  const peopleOf = (id: string) =>
    `concat_ws(' ', ` +
    `(SELECT string_agg(p.name, ' ') FROM ${rels} r JOIN ${ident(t.authors)} p ON p.id = r.${ident(t.authorsColumn)} WHERE r.parent_id = ${id} AND r.path = 'authors'), ` +
    `(SELECT string_agg(c.title, ' ') FROM ${rels} r JOIN ${ident(t.categories)} c ON c.id = r.${ident(t.categoriesColumn)} WHERE r.parent_id = ${id} AND r.path = 'categories'))`

  return `
ALTER TABLE ${documents} ALTER COLUMN document SET STORAGE MAIN;

-- The text of a Lexical rich-text value, one line per block (as collections/Articles/readingTime.ts
-- reads it): runs of text inside a paragraph join without a space, blocks are separated.
CREATE OR REPLACE FUNCTION ${fn('plain_text')}(node jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fts$
DECLARE
  child jsonb;
  result text := '';
BEGIN
  IF node IS NULL OR jsonb_typeof(node) <> 'object' THEN RETURN ''; END IF;
  IF jsonb_typeof(node->'root') = 'object' THEN
    RETURN btrim(regexp_replace(${fn('plain_text')}(node->'root'), '\\s*\\n\\s*', E'\\n', 'g'));
  END IF;
  IF jsonb_typeof(node->'text') = 'string' THEN RETURN node->>'text'; END IF;
  IF node->>'type' = 'linebreak' THEN RETURN E'\\n'; END IF;
  IF jsonb_typeof(node->'children') <> 'array' THEN RETURN ''; END IF;
  FOR child IN SELECT value FROM jsonb_array_elements(node->'children') LOOP
    IF jsonb_typeof(child->'children') = 'array'
       AND coalesce(child->>'type', '') NOT IN ('link', 'autolink') THEN
      result := result || E'\\n' || ${fn('plain_text')}(child) || E'\\n';
    ELSE
      result := result || ${fn('plain_text')}(child);
    END IF;
  END LOOP;
  RETURN result;
END
$fts$;

-- Moves the word counts from one article's old words to its new ones. Rows are locked in word
-- order, so two saves that share words never deadlock; counts change in place, never read and
-- written back.
CREATE OR REPLACE FUNCTION ${fn('count_words')}(old_words text[], new_words text[]) RETURNS void
LANGUAGE plpgsql AS $fts$
DECLARE
  gone text[] := ARRAY(SELECT unnest(coalesce(old_words, '{}')) EXCEPT SELECT unnest(coalesce(new_words, '{}')) ORDER BY 1);
  added text[] := ARRAY(SELECT unnest(coalesce(new_words, '{}')) EXCEPT SELECT unnest(coalesce(old_words, '{}')) ORDER BY 1);
BEGIN
  IF cardinality(gone) > 0 THEN
    PERFORM 1 FROM ${words} WHERE word = ANY (gone) ORDER BY word FOR UPDATE;
    UPDATE ${words} SET documents = documents - 1 WHERE word = ANY (gone);
    DELETE FROM ${words} WHERE word = ANY (gone) AND documents <= 0;
  END IF;
  IF cardinality(added) > 0 THEN
    INSERT INTO ${words} AS known (word, documents)
      SELECT w, 1 FROM unnest(added) AS w ORDER BY w
      ON CONFLICT (word) DO UPDATE SET documents = known.documents + 1;
  END IF;
END
$fts$;

-- Re-indexes one article: indexed while published, removed otherwise (or when it is gone).
CREATE OR REPLACE FUNCTION ${fn('refresh')}(target integer) RETURNS void
LANGUAGE plpgsql AS $fts$
DECLARE
  article record;
  people text;
  body text;
  old_words text[];
  new_words text[];
BEGIN
  SELECT d.words INTO old_words FROM ${documents} d WHERE d.article_id = target FOR UPDATE;
  SELECT a.title, a.excerpt, a.body, a.published_at, a._status::text AS status INTO article
    FROM ${articles} a WHERE a.id = target;
  IF FOUND AND article.status = 'published' THEN
    people := ${peopleOf('target')};
    body := ${fn('plain_text')}(article.body);
    new_words := ${wordList(`concat_ws(' ', article.title, article.excerpt, people, body)`)};
    INSERT INTO ${documents} (article_id, published_at, document, body_text, words)
      VALUES (target, article.published_at, ${vector('article.title', 'article.excerpt', 'people', 'body')}, body, new_words)
      ON CONFLICT (article_id) DO UPDATE
        SET published_at = EXCLUDED.published_at, document = EXCLUDED.document,
            body_text = EXCLUDED.body_text, words = EXCLUDED.words;
  ELSE
    DELETE FROM ${documents} WHERE article_id = target;
    new_words := '{}';
  END IF;
  PERFORM ${fn('count_words')}(old_words, new_words);
END
$fts$;

CREATE OR REPLACE FUNCTION ${fn('on_article')}() RETURNS trigger
LANGUAGE plpgsql AS $fts$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Before the row goes (and the index row with it, by its foreign key): uncount its words.
    PERFORM ${fn('count_words')}((SELECT d.words FROM ${documents} d WHERE d.article_id = OLD.id), '{}');
    DELETE FROM ${documents} WHERE article_id = OLD.id;
    RETURN OLD;
  END IF;
  PERFORM ${fn('refresh')}(NEW.id);
  RETURN NULL;
END
$fts$;

CREATE OR REPLACE FUNCTION ${fn('on_relationships')}() RETURNS trigger
LANGUAGE plpgsql AS $fts$
DECLARE
  target integer;
BEGIN
  FOR target IN
    SELECT DISTINCT parent_id FROM changed_rows
    WHERE path IN ('authors', 'categories') ORDER BY parent_id
  LOOP
    PERFORM ${fn('refresh')}(target);
  END LOOP;
  RETURN NULL;
END
$fts$;

CREATE OR REPLACE FUNCTION ${fn('on_name')}() RETURNS trigger
LANGUAGE plpgsql AS $fts$
DECLARE
  target integer;
BEGIN
  FOR target IN
    SELECT DISTINCT r.parent_id FROM ${rels} r
    WHERE (TG_TABLE_NAME = ${`'${t.authors}'`} AND r.path = 'authors' AND r.${ident(t.authorsColumn)} = NEW.id)
       OR (TG_TABLE_NAME = ${`'${t.categories}'`} AND r.path = 'categories' AND r.${ident(t.categoriesColumn)} = NEW.id)
    ORDER BY r.parent_id
  LOOP
    PERFORM ${fn('refresh')}(target);
  END LOOP;
  RETURN NULL;
END
$fts$;

-- Everything published now, in two statements (a migration's backfill, a bulk load).
CREATE OR REPLACE FUNCTION ${fn('rebuild')}() RETURNS void
LANGUAGE plpgsql AS $fts$
BEGIN
  -- Without statistics (right after a bulk load) the planner reads every relationship row for
  -- every article: minutes instead of seconds at 100,000 articles.
  ANALYZE ${articles}, ${rels}, ${ident(t.authors)}, ${ident(t.categories)};
  DELETE FROM ${documents};
  DELETE FROM ${words};
  INSERT INTO ${documents} (article_id, published_at, document, body_text, words)
    SELECT a.id, a.published_at, ${vector('a.title', 'a.excerpt', 'x.people', 'x.body')}, x.body,
           ${wordList(`concat_ws(' ', a.title, a.excerpt, x.people, x.body)`)}
    FROM ${articles} a
    CROSS JOIN LATERAL (SELECT ${peopleOf('a.id')} AS people, ${fn('plain_text')}(a.body) AS body) x
    WHERE a._status = 'published';
  INSERT INTO ${words} (word, documents)
    SELECT w, count(*) FROM ${documents} d CROSS JOIN LATERAL unnest(d.words) AS w GROUP BY w;
END
$fts$;

CREATE OR REPLACE TRIGGER ${ident(`${t.documents}_article_created`)}
  AFTER INSERT ON ${articles}
  FOR EACH ROW EXECUTE FUNCTION ${fn('on_article')}();
-- Only what the index holds: a comment count moving does not re-index the article.
CREATE OR REPLACE TRIGGER ${ident(`${t.documents}_article_changed`)}
  AFTER UPDATE ON ${articles}
  FOR EACH ROW WHEN (
    OLD._status IS DISTINCT FROM NEW._status OR OLD.title IS DISTINCT FROM NEW.title
    OR OLD.excerpt IS DISTINCT FROM NEW.excerpt OR OLD.body IS DISTINCT FROM NEW.body
    OR OLD.published_at IS DISTINCT FROM NEW.published_at
  ) EXECUTE FUNCTION ${fn('on_article')}();
CREATE OR REPLACE TRIGGER ${ident(`${t.documents}_article_deleted`)}
  BEFORE DELETE ON ${articles}
  FOR EACH ROW EXECUTE FUNCTION ${fn('on_article')}();
CREATE OR REPLACE TRIGGER ${ident(`${t.documents}_relationships_added`)}
  AFTER INSERT ON ${rels} REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ${fn('on_relationships')}();
CREATE OR REPLACE TRIGGER ${ident(`${t.documents}_relationships_removed`)}
  AFTER DELETE ON ${rels} REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ${fn('on_relationships')}();
CREATE OR REPLACE TRIGGER ${ident(`${t.documents}_author_renamed`)}
  AFTER UPDATE OF name ON ${ident(t.authors)}
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION ${fn('on_name')}();
CREATE OR REPLACE TRIGGER ${ident(`${t.documents}_category_renamed`)}
  AFTER UPDATE OF title ON ${ident(t.categories)}
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION ${fn('on_name')}();

SELECT ${fn('rebuild')}();
`
}

/** Removes what `articleSearchInstallSql` created (a migration's `down`); the tables stay. */
export function articleSearchUninstallSql(t: ArticleSearchTables): string {
  const fn = (name: string) => ident(`${t.documents}_${name}`)
  const triggers: [string, string][] = [
    ['article_created', t.articles],
    ['article_changed', t.articles],
    ['article_deleted', t.articles],
    ['relationships_added', t.rels],
    ['relationships_removed', t.rels],
    ['author_renamed', t.authors],
    ['category_renamed', t.categories],
  ]
  const functions = [
    ['rebuild', ''],
    ['on_name', ''],
    ['on_relationships', ''],
    ['on_article', ''],
    ['refresh', 'integer'],
    ['count_words', 'text[], text[]'],
    ['plain_text', 'jsonb'],
  ]
  return [
    ...triggers.map(
      ([name, table]) =>
        `DROP TRIGGER IF EXISTS ${ident(`${t.documents}_${name}`)} ON ${ident(table)};`,
    ),
    ...functions.map(([name, args]) => `DROP FUNCTION IF EXISTS ${fn(name)}(${args});`),
  ].join('\n')
}
