/**
 * Seeds the peer's database with the CMS's articles: the same rows, ids and relationships, copied in
 * SQL from the CMS's (already seeded) benchmark database.
 *
 *   SOURCE_DATABASE_URL=postgres://…/invited_bench_… DATABASE_URL=postgres://…/peer_… \
 *     tsx bench/peer/seed.ts
 *
 * 1. Payload creates the peer's schema: the Local API starts once outside production, where
 *    db-postgres pushes the schema of bench/peer/payload.config.ts (as a new app in development does).
 * 2. For media, categories, authors, services, articles and the articles' relationship rows (authors,
 *    categories, services), the columns both databases have — the peer's fields carry the CMS's names —
 *    are copied 1,000 rows a statement (`json_agg` out of the CMS, `json_populate_recordset` into the
 *    peer, which converts enums, jsonb and dates), ids kept so relationships need no mapping. The peer's
 *    tables are emptied first, so a run that grows the CMS's database can copy it again.
 * 3. Sequences are moved past the copied ids, and `VACUUM ANALYZE` (see bench/seed.ts for why).
 *
 * Not copied: saved versions (no read of a published article uses them), users, and whatever the CMS
 * has that the peer does not (SEO fields, review fields, comments, search index).
 * Through the Local API the copy would run at the CMS's own 50–95 articles/s; in SQL 10,000 articles
 * take a few seconds.
 */
import pg from 'pg'
import { getPayload } from 'payload'

/** Tables in the order their foreign keys need, with the rows worth copying. */
const TABLES: { table: string; where?: string }[] = [
  { table: 'media' },
  { table: 'categories' },
  { table: 'authors' },
  { table: 'services' },
  { table: 'articles' },
  { table: 'articles_rels', where: `path IN ('authors', 'categories', 'services')` },
]
const BATCH = 1000

const sourceUrl = process.env.SOURCE_DATABASE_URL
const targetUrl = process.env.DATABASE_URL
if (!sourceUrl || !targetUrl) {
  throw new Error('Set SOURCE_DATABASE_URL (the CMS) and DATABASE_URL (the peer).')
}

async function createSchema() {
  // Outside production db-postgres pushes the config's schema when Payload starts.
  Object.assign(process.env, { NODE_ENV: 'development', DISABLE_PAYLOAD_HMR: 'true' })
  const { default: config } = await import('./payload.config')
  const payload = await getPayload({ config })
  await payload.destroy()
}

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  )
  return rows.map((row) => row.column_name)
}

async function copy(source: pg.Client, target: pg.Client) {
  const started = Date.now()
  await target.query(
    `TRUNCATE ${TABLES.map(({ table }) => `"${table}"`).join(', ')} RESTART IDENTITY CASCADE`,
  )
  for (const { table, where } of TABLES) {
    const targetColumns = new Set(await columnsOf(target, table))
    const columns = (await columnsOf(source, table)).filter((column) => targetColumns.has(column))
    const list = columns.map((column) => `"${column}"`).join(', ')
    let copied = 0
    for (let lastId = 0; ;) {
      const { rows } = await source.query<{ batch: unknown[] | null; last: number | null }>(
        `SELECT json_agg(t) AS batch, max(t.id) AS last FROM (
           SELECT ${list} FROM "${table}" WHERE id > $1 ${where ? `AND ${where}` : ''}
           ORDER BY id LIMIT ${BATCH}) t`,
        [lastId],
      )
      const { batch, last } = rows[0]
      if (!batch || last === null) break
      await target.query(
        `INSERT INTO "${table}" (${list})
         SELECT ${list} FROM json_populate_recordset(null::"${table}", $1::json)`,
        [JSON.stringify(batch)],
      )
      copied += batch.length
      lastId = Number(last)
    }
    await target.query(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce(max(id), 0) + 1, false)
       FROM "${table}"`,
    )
    console.log(`  peer: ${copied} ${table} rows`)
  }
  await target.query('VACUUM ANALYZE')
  console.log(`  peer seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

await createSchema()
const source = new pg.Client({ connectionString: sourceUrl })
const target = new pg.Client({ connectionString: targetUrl })
await source.connect()
await target.connect()
try {
  await copy(source, target)
} finally {
  await source.end()
  await target.end()
}
process.exit(0)
