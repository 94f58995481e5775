import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Data only: articles (and their saved versions) that have no SEO title, description or image get
 * the values the articles' hook now stores (collections/Articles/hooks/fillSeoMeta.ts): the title,
 * the excerpt or the start of the body, the cover image. The shortening rule is copied here so this
 * migration keeps doing what it did when it was written.
 */
const truncateAtWord = (text: string, max: number): string => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  // The last word boundary that leaves room for the ellipsis; a hard cut when that loses too much.
  const boundary = clean.lastIndexOf(' ', max - 1)
  const cut = clean.slice(0, boundary >= max / 2 ? boundary : max - 1)
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`
}

type Row = { id: number; title: string | null; excerpt: string | null; body_text: string | null }

async function fill(db: MigrateUpArgs['db'], table: 'articles' | '_articles_v', prefix: '' | 'version_') {
  const column = (name: string) => sql.raw(`"${prefix}${name}"`)
  const tableName = sql.raw(`"${table}"`)
  const { rows } = (await db.execute(sql`
    SELECT id, ${column('title')} AS title, ${column('excerpt')} AS excerpt,
      (SELECT string_agg(text #>> '{}', ' ') FROM jsonb_path_query(${column('body')}, 'lax $.**.text') AS text) AS body_text
    FROM ${tableName}
    WHERE ${column('meta_title')} IS NULL OR ${column('meta_title')} = '' OR ${column('meta_description')} IS NULL OR ${column('meta_description')} = ''
  `)) as unknown as { rows: Row[] }
  for (const row of rows) {
    const title = row.title?.trim() ? truncateAtWord(row.title, 70) : null
    const source = row.excerpt?.trim() ? row.excerpt : (row.body_text ?? '')
    const description = source.trim() ? truncateAtWord(source, 160) : null
    await db.execute(sql`
      UPDATE ${tableName} SET
        ${column('meta_title')} = COALESCE(NULLIF(${column('meta_title')}, ''), ${title}),
        ${column('meta_description')} = COALESCE(NULLIF(${column('meta_description')}, ''), ${description})
      WHERE id = ${row.id}
    `)
  }
  await db.execute(sql`UPDATE ${tableName} SET ${column('meta_image_id')} = ${column('cover_image_id')} WHERE ${column('meta_image_id')} IS NULL`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await fill(db, 'articles', '')
  await fill(db, '_articles_v', 'version_')
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The filled values are valid values an editor could have typed: nothing to undo.
}
