/**
 * Two instances of the production server as deployed behind a load balancer: on one PostgreSQL
 * primary with a streaming replica the test makes itself (anonymous reads go to the replica), and
 * one S3-compatible bucket. A change saved through one is never served stale by the other's
 * response cache (the change feed over LISTEN/NOTIFY) nor read from a replica that has not replayed
 * it, an image uploaded through one is served by the other in every size, and an instance that stops
 * hearing the feed stops caching until it hears it again. On the embedded database a second instance
 * is refused, pointing to DATABASE_URL.
 *
 * The time from one instance's answer to the other's fresh answer is printed; the benchmark measures
 * it under load (bench/RESULTS.md). Here it only has to beat the cache's TTL by far.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { startLoadBalancer } from '../helpers/loadBalancer'
import { startReaderLoad } from '../helpers/readerLoad'
import { runCmsUntilExit, startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { uploadPng } from '../helpers/uploadOverHttp'
import { createHttpClient } from '../helpers/httpClient'
import { startReplicatedPostgres, type ReplicatedPostgres } from '../helpers/replicatedPostgres'
import { startS3Server, type S3Server } from '../helpers/s3Server'
import { usingPostgresServer } from '../helpers/testDatabase'

const ADMIN = { email: 'admin@example.com', password: 'multi-instance-password' }
/** Far below the cache's 60 s TTL: what a reader could notice. */
const FRESH_WITHIN_MS = 2000

type Doc = Record<string, unknown> & { id: number; slug: string; title: string }

describe.runIf(usingPostgresServer())('two instances on one PostgreSQL database', () => {
  let postgres: ReplicatedPostgres
  let a: CmsProcess
  let b: CmsProcess
  let s3: S3Server
  let token: string

  beforeAll(async () => {
    ;[postgres, s3] = await Promise.all([startReplicatedPostgres(), startS3Server()])
    // Both run the jobs queue, every second: a scheduled job must still run once.
    // Comment limits off: the load below comes from one address (the balancer's).
    // Each has a media folder of its own (cmsProcess.ts): files are shared through the bucket only.
    const shared = {
      JOBS_AUTORUN_CRON: '* * * * * *',
      COMMENTS_FLOOD_SECONDS: '0',
      COMMENTS_MAX_PER_HOUR: '0',
      ...s3.env,
      DATABASE_URL: postgres.primaryUrl,
      DATABASE_REPLICA_URLS: postgres.replicaUrl,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    }
    a = await startCmsProcess({ SEED_DEMO_CONTENT: 'true', ...shared })
    b = await startCmsProcess({ SEED_DEMO_CONTENT: 'false', ...shared })
    token = await createHttpClient(a.url).token(ADMIN.email, ADMIN.password)
  })

  afterAll(async () => {
    await b?.stop()
    await a?.stop()
    await s3?.close()
    await postgres?.close()
  })

  async function onA(method: string, path: string, body?: unknown): Promise<Doc> {
    const response = await createHttpClient(a.url).request(method, path, { token, body })
    const answer = (await response.json()) as { doc?: Doc } & Doc
    expect(response.status, JSON.stringify(answer).slice(0, 300)).toBeLessThan(300)
    return answer.doc ?? answer
  }

  async function readB(path: string) {
    const response = await fetch(`${b.url}${path}`)
    return {
      status: response.status,
      text: await response.text(),
      cache: response.headers.get('x-cache'),
    }
  }

  const graphqlOnB = async (query: string) => {
    const response = await fetch(`${b.url}/api/graphql?query=${encodeURIComponent(query)}`)
    return { text: await response.text(), cache: response.headers.get('x-cache') }
  }

  /** Reads B until `fresh` holds; returns the milliseconds it took. */
  async function freshOnB(read: () => Promise<{ text: string }>, fresh: (text: string) => boolean) {
    const started = performance.now()
    for (;;) {
      const { text } = await read()
      const elapsed = performance.now() - started
      if (fresh(text)) return elapsed
      if (elapsed > FRESH_WITHIN_MS) {
        throw new Error(
          `still stale on the other instance after ${Math.round(elapsed)} ms: ${text.slice(0, 200)}`,
        )
      }
    }
  }

  async function cachedOnB(read: () => Promise<{ cache: string | null }>) {
    await read()
    expect((await read()).cache).toBe('HIT')
  }

  it('serves an edit, an unpublish and a publish made on the other instance at once', async () => {
    const article = (await onA('GET', '/api/articles?limit=1&sort=id&depth=0')) as unknown as {
      docs: Doc[]
    }
    const { id, slug } = article.docs[0]
    const bySlug = `/api/articles?where[slug][equals]=${slug}&depth=0`
    const byId = `/api/articles/${id}?depth=1`
    const overGraphQL = `{ Articles(where: { slug: { equals: "${slug}" } }) { docs { title } } }`
    const latencies: number[] = []

    for (let round = 1; round <= 10; round++) {
      await cachedOnB(() => readB(bySlug))
      await cachedOnB(() => readB(byId))
      await cachedOnB(() => graphqlOnB(overGraphQL))
      const title = `Edited on instance A, round ${round}`
      await onA('PATCH', `/api/articles/${id}`, { title })
      latencies.push(
        await freshOnB(
          () => readB(bySlug),
          (text) => text.includes(title),
        ),
      )
      await freshOnB(
        () => readB(byId),
        (text) => text.includes(title),
      )
      await freshOnB(
        () => graphqlOnB(overGraphQL),
        (text) => text.includes(title),
      )
    }

    await cachedOnB(() => readB(byId))
    await onA('PATCH', `/api/articles/${id}`, { _status: 'draft' })
    latencies.push(
      await freshOnB(
        () => readB(byId),
        (text) => text.includes('Not Found'),
      ),
    )
    expect((await readB(byId)).status).toBe(404)
    await freshOnB(
      () => readB(bySlug),
      (text) => JSON.parse(text).docs.length === 0,
    )

    await onA('PATCH', `/api/articles/${id}`, { _status: 'published' })
    latencies.push(
      await freshOnB(
        () => readB(bySlug),
        (text) => JSON.parse(text).docs.length === 1,
      ),
    )

    // Anonymous reads go to the replica again once it has replayed the changes (until then, and
    // for 2 s after each, to the primary). Each read below asks a new question: not from the cache.
    const articleReadsOnReplica = () => postgres.statementsOnReplica('articles')
    const before = await articleReadsOnReplica()
    let question = 0
    await expect
      .poll(
        async () => {
          question += 1
          expect((await readB(`${bySlug}&limit=${question}`)).status).toBe(200)
          return articleReadsOnReplica()
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBeGreaterThan(before)

    latencies.sort((x, y) => x - y)
    console.log(
      `fresh on the other instance after A answered: median ${latencies[latencies.length >> 1].toFixed(1)} ms, ` +
        `worst ${latencies.at(-1)!.toFixed(1)} ms (${latencies.length} changes)`,
    )
  })

  it('serves an image uploaded through one instance from the other, in every size', async () => {
    const upload = await uploadPng(a.url, token, {
      fileName: 'garden-path.png',
      alt: 'A garden path in the morning',
      width: 1800,
      height: 1200,
      background: '#5b7f95',
    })
    const uploaded = (await upload.json()) as {
      doc: { id: number; url: string; sizes: Record<string, { url: string | null; width: number }> }
    }
    expect(upload.status, JSON.stringify(uploaded).slice(0, 300)).toBe(201)
    const { id, sizes } = uploaded.doc
    const urls = [uploaded.doc.url, ...Object.values(sizes).map((size) => size.url)]
    expect(urls.every((url) => url?.startsWith('/api/media/file/'))).toBe(true)
    expect(Object.keys(sizes).sort()).toEqual(['card', 'hero', 'thumbnail'])

    // The original and each size are objects in the bucket, and B serves each as an image.
    const names = urls.map((url) => decodeURIComponent(url!.split('/').pop()!))
    for (const name of names) expect(await s3.holds(name), name).toBe(true)
    for (const url of urls) {
      const response = await fetch(`${b.url}${url}`)
      expect(response.status, url!).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^image\//)
      const { width } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      const size = Object.values(sizes).find((candidate) => candidate.url === url)
      expect(width).toBe(size ? size.width : 1800)
    }

    // The reader site on B shows it as an article's cover.
    const article = (
      (await onA('GET', '/api/articles?limit=1&sort=-id&depth=0')) as unknown as { docs: Doc[] }
    ).docs[0]
    await onA('PATCH', `/api/articles/${article.id}`, { coverImage: id })
    const page = await fetch(`${b.url}/articles/${article.slug}`)
    const html = await page.text()
    expect(page.status).toBe(200)
    // The cover's original and every srcset candidate (its hero size among them), all from B.
    const cover = html.match(/<img class="hero"[^>]*>/)?.[0] ?? ''
    const src = cover.match(/ src="([^"]+)"/)?.[1]
    const candidates = (cover.match(/ srcSet="([^"]+)"/i)?.[1] ?? '')
      .replaceAll('&amp;', '&')
      .split(', ')
      .map((candidate) => candidate.split(' ')[0])
    expect(src).toBe(uploaded.doc.url)
    expect(candidates).toContain(sizes.hero.url)
    for (const url of [src, ...candidates]) {
      expect((await fetch(`${b.url}${url}`)).status, url).toBe(200)
    }

    // Deleted through B: gone from the bucket, and A no longer serves it.
    await onA('PATCH', `/api/articles/${article.id}`, { coverImage: null })
    const removed = await fetch(`${b.url}/api/media/${id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}` },
    })
    expect(removed.status).toBe(200)
    for (const name of names) expect(await s3.holds(name), name).toBe(false)
    expect((await fetch(`${a.url}${uploaded.doc.url}`)).status).toBe(404)
  })

  it('runs each scheduled publish once, though both instances run the jobs queue', async () => {
    const author = (
      (await onA('GET', '/api/authors?limit=1&depth=0')) as unknown as { docs: Doc[] }
    ).docs[0]
    const drafts: Doc[] = []
    for (let i = 1; i <= 12; i++) {
      drafts.push(
        await onA('POST', '/api/articles?draft=true', {
          title: `Scheduled on two instances ${i}`,
          excerpt: 'Published by whichever instance runs the job first.',
          body: lexicalFromParagraphs(['Published once, by one of the two instances.']),
          authors: [author.id],
          _status: 'draft',
        }),
      )
    }
    const db = new pg.Client({ connectionString: postgres.primaryUrl })
    await db.connect()
    try {
      // What the admin's schedule drawer queues (Payload's schedulePublish task), due together.
      const jobIds: number[] = []
      for (const draft of drafts) {
        const input = { type: 'publish', doc: { relationTo: 'articles', value: String(draft.id) } }
        const { rows } = await db.query(
          `INSERT INTO payload_jobs (input, task_slug, queue, wait_until)
           VALUES ($1, 'schedulePublish', 'default', now() + interval '1500 milliseconds') RETURNING id`,
          [JSON.stringify(input)],
        )
        jobIds.push(rows[0].id)
      }
      const unfinished = async () =>
        (
          await db.query(
            'SELECT count(*)::int AS n FROM payload_jobs WHERE id = ANY($1) AND completed_at IS NULL AND NOT has_error',
            [jobIds],
          )
        ).rows[0].n
      await expect.poll(unfinished, { timeout: 30_000, interval: 250 }).toBe(0)
      const failed = await db.query(
        'SELECT id, error FROM payload_jobs WHERE id = ANY($1) AND has_error',
        [jobIds],
      )
      expect(failed.rows).toEqual([])
      // Each run of the task saves the article once more: one run, one published version.
      const { rows } = await db.query(
        `SELECT parent_id, count(*)::int AS runs FROM _articles_v
         WHERE parent_id = ANY($1) AND version__status = 'published' GROUP BY parent_id`,
        [drafts.map((draft) => draft.id)],
      )
      expect(rows.map((row) => row.runs)).toEqual(drafts.map(() => 1))
    } finally {
      await db.end()
    }
  })

  it('stops caching while it does not hear the feed, and forgets what it had', async () => {
    const path = '/api/categories?limit=10&depth=0'
    await cachedOnB(() => readB(path))
    const linesBefore = b.logLines().length
    const db = new pg.Client({ connectionString: postgres.primaryUrl })
    await db.connect()
    try {
      const killed = await db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`,
        [`invited-cms feed listener ${b.child.pid}`],
      )
      expect(killed.rowCount).toBe(1)
    } finally {
      await db.end()
    }
    const logged = (msg: string) =>
      b
        .logLines()
        .slice(linesBefore)
        .some((line) => line.msg === msg)
    await expect.poll(() => logged('change feed lost: not caching until it is back')).toBe(true)
    await expect.poll(() => logged('change feed listening'), { timeout: 10_000 }).toBe(true)
    // What it stored before may have missed a change: computed afresh, then cached again.
    expect((await readB(path)).cache).toBe('MISS')
    expect((await readB(path)).cache).toBe('HIT')
  })

  // Last: it kills instance B.
  it('loses no acknowledged comment and answers every read when an instance dies under load', async () => {
    const balancer = await startLoadBalancer([a.url, b.url])
    const articles = (await onA('GET', '/api/articles?limit=3&depth=0')) as unknown as {
      docs: Doc[]
    }
    const target = articles.docs[0].id
    const load = startReaderLoad(balancer.url, {
      readers: ['/api/articles?limit=5&depth=1', '/api/articles?limit=5&depth=1'],
      commenters: 2,
      target,
      during: 'while an instance dies',
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    b.child.kill('SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 2000))
    await load.stop()
    await balancer.close()

    // Only the balancer may answer 5xx, for a POST cut mid-way by the kill (it cannot know if it
    // was stored); every instance answer was a success, every acknowledged comment is stored.
    const fromInstances =
      load.statuses.filter((status) => status >= 500).length - balancer.stats.failed
    expect(fromInstances).toBe(0)
    expect(load.acknowledged.length).toBeGreaterThan(10)
    const db = new pg.Client({ connectionString: postgres.primaryUrl })
    await db.connect()
    try {
      const { rows } = await db.query('SELECT id FROM comments WHERE id = ANY($1)', [
        load.acknowledged,
      ])
      expect(rows.length).toBe(load.acknowledged.length)
    } finally {
      await db.end()
    }
    console.log(
      `instance killed under load: ${load.statuses.length} answers, ${load.acknowledged.length} comments acknowledged and stored, ` +
        `${balancer.stats.retried} resent by the balancer, ${balancer.stats.failed} cut (502)`,
    )
  })
})

describe.runIf(!usingPostgresServer())('a second instance on the embedded database', () => {
  let first: CmsProcess | undefined
  let folder: string

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'invited-cms-two-instances-'))
    first = await startCmsProcess({ DATABASE_URL: undefined, PGLITE_DATA_DIR: folder })
  })

  afterAll(async () => {
    await first?.stop()
    await rm(folder, { recursive: true, force: true })
  })

  it('is refused with a message that points to DATABASE_URL', async () => {
    const second = await runCmsUntilExit({ DATABASE_URL: undefined, PGLITE_DATA_DIR: folder })
    expect(second.code).toBe(1)
    expect(second.output).toMatch(/in use by process \d+/)
    expect(second.output).toMatch(/several instances .* PostgreSQL server in DATABASE_URL/)
    // The first one is unharmed.
    expect((await fetch(`${first!.url}/healthz`)).status).toBe(200)
  })
})
