/**
 * `npm run soak`: the long soak — 5 minutes of mixed load (bench/soakLoad.ts) against the production
 * build on a throwaway PostgreSQL database, then the verdict: zero 5xx, zero lost comments (every 2xx
 * submission is in the database), resident memory at the end within 10 % of after warm-up.
 *
 *   npm run soak                                  5 minutes, 1 minute warm-up, 8 workers
 *   npm run soak -- --seconds 600 --workers 16    longer, harder
 *   npm run soak -- --embedded                    on the embedded database instead
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'

import { ensureProductionBuild } from '../scripts/build'
import { lexicalFromParagraphs } from '../src/seed/lexical'
import { BENCH_ADMIN, startCms, type DatabaseEnv } from './processes'
import { runSoakLoad } from './soakLoad'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '60' },
    workers: { type: 'string', default: '8' },
    embedded: { type: 'boolean', default: false },
  },
})
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const RSS_BOUND = 0.1

await ensureProductionBuild()
const logDir = await mkdtemp(path.join(os.tmpdir(), 'invited-soak-'))
const databaseName = `invited_soak_${Date.now()}`
const admin = new pg.Client({ connectionString: ADMIN_URL })
let database: DatabaseEnv
if (values.embedded) {
  database = { PGLITE_DATA_DIR: path.join(logDir, 'pglite') }
} else {
  await admin.connect()
  await admin.query(`CREATE DATABASE ${databaseName}`)
  const url = new URL(ADMIN_URL)
  url.pathname = `/${databaseName}`
  database = { DATABASE_URL: url.toString() }
}

const cms = await startCms(
  'soak',
  database,
  { COMMENTS_FLOOD_SECONDS: '0', COMMENTS_MAX_PER_HOUR: '0', LOG_LEVEL: 'warn' },
  logDir,
)
let failed: boolean
try {
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  const post = async (collection: string, body: unknown) => {
    const response = await fetch(`${cms.url}/api/${collection}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify(body),
    })
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }
  const author = await post('authors', { name: 'Soak Author' })
  const articleIds: number[] = []
  for (let n = 1; n <= 20; n += 1) {
    articleIds.push(
      await post('articles', {
        title: `Soak article ${n}`,
        body: lexicalFromParagraphs([`Article ${n} under a long load.`]),
        authors: [author],
        _status: 'published',
      }),
    )
  }

  console.log(`Soaking ${cms.url} for ${values.seconds} s (${values.workers} workers)…`)
  const report = await runSoakLoad({
    url: cms.url,
    pid: cms.child.pid,
    token,
    articleIds,
    seconds: Number(values.seconds),
    warmupSeconds: Number(values.warmup),
    workers: Number(values.workers),
  })
  console.log(
    JSON.stringify({ ...report, serverErrors: report.serverErrors.slice(0, 10) }, null, 2),
  )
  const verdicts = {
    'no 5xx': report.serverErrors.length === 0,
    'no lost comment': report.commentsMissing.length === 0,
    [`RSS within ${RSS_BOUND * 100} % of after warm-up`]: Math.abs(report.rssGrowth) <= RSS_BOUND,
  }
  for (const [what, ok] of Object.entries(verdicts)) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`)
  failed = Object.values(verdicts).includes(false)
} finally {
  await cms.stop()
  if (!values.embedded) {
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)
    await admin.end()
  }
  await rm(logDir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
