/**
 * The article search index's two tables (plugins/practiceContent/search/tables.ts), declared to the
 * PostgreSQL adapter's schema after Payload builds its own: so development's schema push creates
 * them (and does not drop them as strangers), and `migrate:create` writes them into a migration.
 * The functions and triggers that fill them are not drizzle's to know: the migration creates them
 * (20261203_…_article_search), and in development and tests `installArticleSearch` does, after push.
 *
 * The trigram index needs the pg_trgm extension before the push: the adapter creates it
 * (`extensions: ['pg_trgm']`), and the embedded database loads it (src/database.ts).
 */
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import {
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  type PgTableWithColumns,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import {
  articleSearchInstallSql,
  articleSearchTables,
  DEFAULT_CONTENT_SLUGS,
  type ArticleSearchTables,
} from 'invited-cms'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

export const SEARCH_TABLES: ArticleSearchTables = articleSearchTables(DEFAULT_CONTENT_SLUGS)

export const articleSearchSchema: SchemaHook = ({ schema }) => {
  const t = SEARCH_TABLES
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const articles = schema.tables[t.articles] as PgTableWithColumns<any>
  const documents = pgTable(
    t.documents,
    {
      articleId: integer('article_id')
        .primaryKey()
        .references(() => articles.id, { onDelete: 'cascade' }),
      publishedAt: timestamp('published_at', { mode: 'string', withTimezone: true, precision: 3 }),
      document: tsvector('document').notNull(),
      bodyText: text('body_text').notNull(),
      words: text('words').array().notNull(),
    },
    (table) => [index(`${t.documents}_document_idx`).using('gin', table.document)],
  )
  const words = pgTable(
    t.words,
    {
      word: text('word').primaryKey(),
      documents: integer('documents').notNull(),
    },
    (table) => [index(`${t.words}_word_trgm_idx`).using('gin', table.word.op('gin_trgm_ops'))],
  )
  return { ...schema, tables: { ...schema.tables, [t.documents]: documents, [t.words]: words } }
}

/**
 * Development and tests push the schema instead of migrating: this creates what the migration
 * would (functions, triggers) and indexes what is published. Idempotent; production never runs it.
 */
export async function installArticleSearch(payload: Payload): Promise<void> {
  const db = payload.db as unknown as {
    name?: string
    drizzle?: { execute: (query: unknown) => Promise<unknown> }
  }
  if (db.name !== 'postgres' || !db.drizzle) return
  await db.drizzle.execute(sql.raw(articleSearchInstallSql(SEARCH_TABLES)))
}
