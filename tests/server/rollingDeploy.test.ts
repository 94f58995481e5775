/**
 * A rolling deploy, as an operator runs one: the previous release (tests/helpers/previousRelease.ts,
 * built from its commit) serves readers, writers and commenters on a PostgreSQL database; two
 * instances of this release start at the same moment against it and apply this release's migrations
 * while the old one keeps serving; then all three serve side by side behind a balancer, and the old
 * one is stopped. Nothing fails on the way: no 5xx from any instance, no error in any log, every
 * acknowledged comment stored, each migration applied once, and a change saved through one version
 * is served fresh by the other (the change feed is understood across versions).
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { createHttpClient } from '../helpers/httpClient'
import { startLoadBalancer } from '../helpers/loadBalancer'
import { preparePreviousRelease } from '../helpers/previousRelease'
import { startReaderLoad } from '../helpers/readerLoad'
import { createServerDatabase, type ServerDatabase } from '../helpers/serverDatabase'
import { usingPostgresServer } from '../helpers/testDatabase'

const ADMIN = { email: 'admin@example.com', password: 'rolling-deploy-password' }
const FRESH_WITHIN_MS = 2000
/** Comment limits off: all the load comes from one address (the balancer's). */
const SHARED = {
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  COMMENTS_FLOOD_SECONDS: '0',
  COMMENTS_MAX_PER_HOUR: '0',
}

type Doc = { id: number; slug: string; title: string }

/** Readers (REST and GraphQL) and a commenter against `url` until stopped (tests/helpers/readerLoad.ts). */
const startLoad = (url: string, target: number) =>
  startReaderLoad(url, {
    readers: [
      '/api/articles?limit=5&depth=1',
      '/api/graphql?query=' + encodeURIComponent('{ Articles(limit: 3) { docs { title } } }'),
    ],
    commenters: 1,
    target,
    during: 'during a deploy',
  })

const errorLines = (cms: CmsProcess) =>
  cms.logLines().filter((line) => line.level === 'error' || line.level === 'fatal')

describe.runIf(usingPostgresServer())('a rolling deploy: the previous release and this one', () => {
  let database: ServerDatabase
  let old: CmsProcess
  let fresh: CmsProcess[] = []
  let db: pg.Client

  beforeAll(async () => {
    const previousRoot = await preparePreviousRelease()
    database = await createServerDatabase()
    old = await startCmsProcess(
      { ...database.env, ...SHARED, SEED_DEMO_CONTENT: 'true' },
      { root: previousRoot },
    )
    db = new pg.Client({ connectionString: database.env.DATABASE_URL })
    await db.connect()
  }, 600_000)

  afterAll(async () => {
    await db?.end()
    for (const instance of fresh) await instance.stop()
    await old?.stop()
    await database?.drop()
  })

  const firstArticle = async (url: string) => {
    const response = await fetch(`${url}/api/articles?limit=1&sort=id&depth=0`)
    return ((await response.json()) as { docs: Doc[] }).docs[0]
  }

  it('starts two instances of this release at once while the old one serves, and migrates once', async () => {
    const migrationsBefore = (await db.query('SELECT name FROM payload_migrations')).rows.length
    const target = (await firstArticle(old.url)).id
    const load = startLoad(old.url, target)
    fresh = await Promise.all([
      startCmsProcess({ ...database.env, ...SHARED }),
      startCmsProcess({ ...database.env, ...SHARED }),
    ])
    await load.stop()

    const { rows } = await db.query(
      'SELECT name, count(*)::int AS times FROM payload_migrations GROUP BY name',
    )
    expect(rows.length).toBeGreaterThan(migrationsBefore)
    expect(rows.filter((row) => row.times !== 1)).toEqual([])
    expect(load.statuses.filter((status) => status >= 500)).toEqual([])
    expect(load.acknowledged.length).toBeGreaterThan(0)
    const stored = await db.query('SELECT count(*)::int AS n FROM comments WHERE id = ANY($1)', [
      load.acknowledged,
    ])
    expect(stored.rows[0].n).toBe(load.acknowledged.length)
  })

  it('serves readers, writers and commenters from both versions side by side', async () => {
    const instances = [old, ...fresh]
    const balancer = await startLoadBalancer(instances.map((instance) => instance.url))
    const article = await firstArticle(old.url)
    const load = startLoad(balancer.url, article.id)
    try {
      // Writers on either version; readers of the other see the change at once.
      for (const [round, [writer, reader]] of [
        [old, fresh[0]],
        [fresh[1], old],
        [fresh[0], fresh[1]],
      ].entries()) {
        const http = createHttpClient(writer.url)
        const token = await http.token(ADMIN.email, ADMIN.password)
        const title = `Saved during the deploy, round ${round + 1}`
        const saved = await http.request('PATCH', `/api/articles/${article.id}`, {
          token,
          body: { title },
        })
        expect(saved.status).toBe(200)
        const started = performance.now()
        for (;;) {
          const seen = await fetch(`${reader.url}/api/articles/${article.id}?depth=1`)
          if ((await seen.text()).includes(title)) break
          expect(performance.now() - started, `stale on ${reader.url}`).toBeLessThan(
            FRESH_WITHIN_MS,
          )
        }
        // The media list reads the columns this release added on both versions.
        for (const instance of instances) {
          expect((await fetch(`${instance.url}/api/media?limit=5`)).status).toBe(200)
        }
      }
    } finally {
      await load.stop()
      await balancer.close()
    }
    expect(load.statuses.length).toBeGreaterThan(50)
    expect(load.statuses.filter((status) => status >= 500)).toEqual([])
    const stored = await db.query('SELECT count(*)::int AS n FROM comments WHERE id = ANY($1)', [
      load.acknowledged,
    ])
    expect(stored.rows[0].n).toBe(load.acknowledged.length)
  })

  it('keeps serving once the old release is stopped, and no instance logged an error', async () => {
    expect(await old.stop()).toBe(0)
    for (const instance of fresh) {
      expect((await fetch(`${instance.url}/readyz`)).status).toBe(200)
    }
    for (const instance of [old, ...fresh]) expect(errorLines(instance)).toEqual([])
  })
})
