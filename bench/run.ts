/**
 * `npm run bench`: the CMS under load beside the raw-SQL bound and a vanilla Payload app (the peer,
 * bench/peer), on throwaway databases.
 * See bench/README.md for what each scenario means and how to read the table.
 *
 *   npm run bench                      full run on PostgreSQL: 1,000 / 10,000 / 100,000 articles
 *   npm run bench -- --quick           a smoke run (one small size, short runs): CI runs it
 *   npm run bench -- --embedded        on the embedded database (no raw bound: it has no second client)
 *   npm run bench -- --sizes 1000,10000 --seconds 10 --rounds 2 --connections 16 --keep
 *   npm run bench -- --database postgres://…/invited_bench_… --sizes 100000   (an existing database)
 *   npm run bench -- --instances 1,2,3 --sizes 10000   (several instances on one database)
 *   npm run bench -- --skip-peer       without the peer (no peer build, no peer database)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { ensureProductionBuild } from '../scripts/build'
import { ensurePeerBuild } from './peer/build'
import { measure, type LoadPlan, type Measurement, type Request } from './load'
import {
  BENCH_ADMIN,
  createBenchDatabase,
  rssMiB,
  seed,
  seedPeer,
  startCms,
  startPeer,
  startRawServer,
  type Running,
} from './processes'
import { renderForRawBound } from './rendered'
import { printReport, type AnswerBytes, type Result, type Variant } from './report'
import {
  bySlugPath,
  cardsBody,
  commentsPath,
  COMMON_SEARCHES,
  listPath,
  searchPath,
  TOPICS,
} from './scenarios'
import { measureCrisisRule } from './crisisRule'
import { benchInstances } from './instances'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    embedded: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    seconds: { type: 'string' },
    rounds: { type: 'string' },
    connections: { type: 'string', default: '16' },
    keep: { type: 'boolean', default: false },
    scenarios: { type: 'string' },
    database: { type: 'string' },
    instances: { type: 'string' },
    bulk: { type: 'boolean', default: false },
    'skip-peer': { type: 'boolean', default: false },
  },
})
/** --scenarios S1,S5: run only these (ids as in the table; "S5" includes "S5 one client"). */
const only = values.scenarios?.split(',').map((id) => id.trim())
const selected = (id: string) =>
  !only || only.some((wanted) => id === wanted || id.startsWith(`${wanted} `))

const plan = {
  sizes: values.sizes
    ? values.sizes.split(',').map(Number)
    : values.quick
      ? [200]
      : [1000, 10_000, 100_000],
  seconds: Number(values.seconds ?? (values.quick ? 3 : 15)),
  warmUpSeconds: values.quick ? 1 : 5,
  rounds: Number(values.rounds ?? (values.quick ? 1 : 3)),
  connections: Number(values.connections),
  /** S5 from one client address, flood control off: long enough to see a slowdown. */
  oneClientSeconds: values.quick ? 3 : 60,
  comments: values.quick ? 200 : 2000,
  embedded: values.embedded,
}
const primarySize = plan.sizes.includes(10_000) ? 10_000 : Math.max(...plan.sizes)
const ADMIN_POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

type Scenario = {
  id: string
  title: string
  variants: Variant[]
  load: (
    context: Context,
  ) => Omit<LoadPlan, 'seconds' | 'warmUpSeconds' | 'connections'> & Partial<LoadPlan>
}
type Context = { slugs: string[]; articleIds: number[]; busyArticleId: number; tag: string }

const READ_VARIANTS: Variant[] = ['cache on', 'cache off', 'raw']
/** The scenarios the peer answers too: it has the same articles, not our comments or search. */
const PEER_VARIANTS: Variant[] = [...READ_VARIANTS, 'peer']
/** The peer runs on PostgreSQL (its own database, a copy of the CMS's content), unless skipped. */
const peerWanted =
  !plan.embedded && !values['skip-peer'] && ['S1', 'S2', 'S3'].some((id) => selected(id))

function rotating<T>(
  items: T[],
  make: (item: T, n: number) => Request,
  counter = { n: 0 },
): () => Request {
  return () => {
    counter.n++
    return make(items[counter.n % items.length], counter.n)
  }
}

/** Numbers every submission of a run, across rounds: each comes from a new client and email. */
const submissions = { n: 0 }

const submission = (context: Context, sameClient: boolean) =>
  rotating(
    context.articleIds,
    (targetId, n) => ({
      method: 'POST',
      path: '/api/comments/submit',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': sameClient
          ? '10.99.99.99'
          : `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      },
      body: JSON.stringify({
        targetId,
        authorName: `Load ${n}`,
        authorEmail: `load-${context.tag}-${n}@bench.example`,
        body: `A considered comment, number ${n}, about what this article says.`,
      }),
    }),
    submissions,
  )

/** Page 37 of the blog, or the last page of a smaller one. */
const middlePage = (size: number) => Math.min(37, Math.ceil(size / 10))

function readScenarios(size: number): Scenario[] {
  const deepPage = Math.floor(size / 10)
  const scenarios: Scenario[] = [
    {
      id: 'S1',
      title: `REST list, page ${middlePage(size)}, depth 1`,
      variants: PEER_VARIANTS,
      load: () => ({ request: { path: listPath(middlePage(size)) } }),
    },
    {
      id: 'S2',
      title: 'REST article by slug (200 rotating)',
      variants: PEER_VARIANTS,
      load: ({ slugs }) => ({ request: rotating(slugs, (slug) => ({ path: bySlugPath(slug) })) }),
    },
    {
      id: 'S6 page 1',
      title: 'REST list, page 1',
      variants: READ_VARIANTS,
      load: () => ({ request: { path: listPath(1) } }),
    },
  ]
  if (deepPage >= 500) {
    scenarios.push({
      id: 'S6 page 500',
      title: 'REST list, page 500',
      variants: READ_VARIANTS,
      load: () => ({ request: { path: listPath(500) } }),
    })
  }
  // Search latency, one request at a time (connections 1): what one reader waits for, uncached.
  scenarios.push(
    {
      id: 'S7 topic',
      title: 'search a topic word (1 in 100 articles), 100 rotating, -c 1',
      variants: ['cache off'],
      load: () => ({
        request: rotating(TOPICS, (topic) => ({ path: searchPath(topic) })),
        connections: 1,
      }),
    },
    {
      id: 'S7 common',
      title: 'search words of the demo bodies (1 in 3 articles), phrases, -word, a typo, -c 1',
      variants: ['cache off'],
      load: () => ({
        request: rotating(COMMON_SEARCHES, (query) => ({ path: searchPath(query) })),
        connections: 1,
      }),
    },
    {
      id: 'S7 load',
      title: 'search a topic word, 100 rotating, -c 16',
      variants: ['cache on', 'cache off'],
      load: () => ({ request: rotating(TOPICS, (topic) => ({ path: searchPath(topic) })) }),
    },
  )
  if (size !== primarySize) return scenarios
  return [
    ...scenarios,
    {
      id: 'S3',
      title: `GraphQL list, page ${middlePage(size)}, card fields`,
      variants: PEER_VARIANTS,
      load: () => ({
        request: {
          method: 'POST',
          path: '/api/graphql',
          headers: { 'content-type': 'application/json' },
          body: cardsBody(middlePage(size)),
        },
      }),
    },
    {
      id: 'S4',
      title: '50 approved comments of one article',
      variants: ['cache on', 'cache off'],
      load: ({ busyArticleId }) => ({ request: { path: commentsPath(busyArticleId) } }),
    },
  ]
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return (await response.json()) as T
}

/** What the scenarios need from the content: 200 newest slugs and ids, the article with comments. */
async function readContext(cmsUrl: string, tag: string): Promise<Context> {
  const newest: { id: number; slug: string }[] = []
  for (const page of [1, 2]) {
    const answer = await json<{ docs: { id: number; slug: string }[] }>(
      `${cmsUrl}/api/articles?limit=100&page=${page}&depth=0&sort=-publishedAt&select[slug]=true`,
    )
    newest.push(...answer.docs)
  }
  const busy = await json<{ docs: { id: number }[] }>(
    `${cmsUrl}/api/articles?where[approvedCommentCount][greater_than_equal]=50&limit=1&depth=0&select[slug]=true`,
  )
  return {
    slugs: newest.map((doc) => doc.slug),
    articleIds: newest.map((doc) => doc.id),
    busyArticleId: busy.docs[0]?.id ?? newest[0].id,
    tag,
  }
}

/**
 * The requests of S1, S2 and S3, as the scenarios send them: S2's every slug (the newest are the demo
 * articles, which carry more than the bench copies: one alone would misstate the rotation's size).
 */
const sampleRequests = (context: Context, size: number): [string, Request[]][] => [
  ['S1', [{ path: listPath(middlePage(size)) }]],
  ['S2', context.slugs.map((slug) => ({ path: bySlugPath(slug) }))],
  [
    'S3',
    [
      {
        method: 'POST',
        path: '/api/graphql',
        headers: { 'content-type': 'application/json' },
        body: cardsBody(middlePage(size)),
      },
    ],
  ],
]

/** The raw bound must send the CMS's bytes: compare one answer of each read scenario. */
async function compareAnswers(cmsUrl: string, rawUrl: string, context: Context, size: number) {
  const requests: Request[] = [
    { path: listPath(middlePage(size)) },
    { path: bySlugPath(context.slugs[0]) },
    {
      method: 'POST',
      path: '/api/graphql',
      headers: { 'content-type': 'application/json' },
      body: cardsBody(1),
    },
  ]
  const different: string[] = []
  for (const request of requests) {
    const init = { method: request.method, headers: request.headers, body: request.body }
    const [cms, raw] = await Promise.all([
      fetch(`${cmsUrl}${request.path}`, init).then((response) => response.text()),
      fetch(`${rawUrl}${request.path}`, init).then((response) => response.text()),
    ])
    if (cms !== raw) different.push(request.path)
  }
  return different
}

type ListAnswer = {
  docs?: { slug?: string }[]
  totalDocs?: number
  data?: { Articles?: { docs: { slug?: string }[]; totalDocs: number } }
  errors?: unknown[]
}

/**
 * The size of the answers of S1, S2 (mean over its slugs) and S3 from each server (the issue: the
 * peer's answers are not byte-identical, so their sizes are shown side by side), and a check that the
 * peer lists the same articles in the same order as the CMS — its answers differ in shape, never in
 * the articles chosen.
 */
async function measureAnswers(
  servers: Partial<Record<Variant, Running>>,
  context: Context,
  size: number,
  answerBytes: AnswerBytes,
) {
  for (const [scenario, requests] of sampleRequests(context, size)) {
    const bytes: Partial<Record<Variant, number>> = {}
    for (const request of requests) {
      const init = { method: request.method, headers: request.headers, body: request.body }
      const listed: Partial<Record<Variant, string>> = {}
      for (const [variant, server] of Object.entries(servers) as [Variant, Running][]) {
        const response = await fetch(`${server.url}${request.path}`, init)
        const text = await response.text()
        bytes[variant] = (bytes[variant] ?? 0) + Buffer.byteLength(text) / requests.length
        const answer = JSON.parse(text) as ListAnswer
        const list = answer.data?.Articles ?? answer
        if (!response.ok || answer.errors || !list.docs) {
          throw new Error(
            `${variant} answered ${scenario} with ${response.status}: ${text.slice(0, 300)}`,
          )
        }
        listed[variant] = `${list.totalDocs}: ${list.docs.map((doc) => doc.slug).join(' ')}`
      }
      if (listed.peer !== undefined && listed.peer !== listed['cache off']) {
        throw new Error(
          `The peer lists other articles than the CMS for ${scenario}: ${listed.peer} instead of ${listed['cache off']}`,
        )
      }
    }
    for (const variant of Object.keys(bytes) as Variant[]) {
      bytes[variant] = Math.round(bytes[variant] ?? 0)
    }
    answerBytes[`${size}|${scenario}`] = bytes
  }
}

async function countStored(cmsUrl: string, tag: string): Promise<number> {
  const login = await json<{ token: string }>(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  })
  const answer = await json<{ totalDocs: number }>(
    `${cmsUrl}/api/comments?where[authorEmail][like]=load-${tag}-&limit=1&depth=0`,
    { headers: { Authorization: `JWT ${login.token}` } },
  )
  return answer.totalDocs
}

async function main() {
  await ensureProductionBuild()
  if (peerWanted && !values.instances) await ensurePeerBuild()
  if (values.instances) {
    // One, two, three instances on one database (bench/instances.ts).
    await benchInstances({
      instances: values.instances.split(',').map(Number),
      size: plan.sizes[0],
      seconds: plan.seconds,
      warmUpSeconds: plan.warmUpSeconds,
      rounds: plan.rounds,
      connections: plan.connections,
      adminPostgresUrl: ADMIN_POSTGRES_URL,
      keep: values.keep,
    })
    return
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'invited-bench-'))
  const database = plan.embedded
    ? { env: { PGLITE_DATA_DIR: path.join(workDir, 'pglite') }, drop: async () => {} }
    : values.database
      ? // Someone else's database (an earlier --keep run, grown further by bench/seed.ts): never dropped.
        { env: { DATABASE_URL: values.database }, drop: async () => {} }
      : await createBenchDatabase(ADMIN_POSTGRES_URL)
  // The peer's own throwaway database, filled from the CMS's at each size (bench/peer/seed.ts).
  const peerDatabase = peerWanted
    ? await createBenchDatabase(ADMIN_POSTGRES_URL, 'invited_bench_peer')
    : undefined
  console.log(
    `Benchmark on ${plan.embedded ? 'the embedded database' : 'PostgreSQL'}; logs in ${workDir}`,
  )
  const answerBytes: AnswerBytes = {}

  const results: Result[] = []
  const servers: Partial<Record<Variant, Running>> = {}
  const stopAll = async () => {
    for (const variant of Object.keys(servers) as Variant[]) {
      await servers[variant]?.stop()
      delete servers[variant]
    }
  }
  const serverFor = async (variant: Variant): Promise<Running> => {
    const running = servers[variant]
    if (running) return running
    // The embedded database has one owner: stop the other CMS before starting this one.
    if (plan.embedded) await stopAll()
    const started =
      variant === 'raw'
        ? await startRawServer(database.env.DATABASE_URL as string, workDir)
        : variant === 'peer'
          ? await startPeer(peerDatabase?.env.DATABASE_URL as string, workDir)
          : await startCms(
              variant === 'cache on' ? 'cms-cache-on' : 'cms-cache-off',
              database.env,
              {
                RESPONSE_CACHE: variant === 'cache on' ? 'true' : 'false',
                // Comment submissions come from many addresses behind this loopback "proxy".
                TRUST_PROXY: 'loopback',
                // The cache-off server also serves S5 from one address with flood control off.
                ...(variant === 'cache off'
                  ? { COMMENTS_FLOOD_SECONDS: '0', COMMENTS_MAX_PER_HOUR: '0' }
                  : {}),
              },
              workDir,
            )
    servers[variant] = started
    return started
  }

  const extras: Record<string, unknown> = {}
  extras.crisisRule = measureCrisisRule()
  console.log(
    `Crisis rule: ${JSON.stringify(extras.crisisRule)} (µs per comment: corpus, 5,000 characters)`,
  )
  try {
    for (const size of plan.sizes) {
      console.log(`\n— ${size} articles —`)
      await stopAll()
      await seed(database.env, size, plan.comments, workDir, { bulk: values.bulk })
      if (peerDatabase) {
        await seedPeer(database.env.DATABASE_URL as string, peerDatabase.env.DATABASE_URL as string)
      }

      const on = await serverFor('cache on')
      await fetch(`${on.url}${listPath(1)}`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      extras[`${size}`] = {
        startToReadyMs: on.startMs,
        idleRssMiB: Math.round(rssMiB(on.child.pid)),
      }
      const context = await readContext(on.url, `${size}-${Date.now()}`)
      // The raw bound is needed only by the scenarios it answers (it renders every article first).
      const needsRaw = readScenarios(size).some(
        (scenario) => scenario.variants.includes('raw') && selected(scenario.id),
      )
      const needsPeer =
        peerDatabase !== undefined &&
        readScenarios(size).some(
          (scenario) => scenario.variants.includes('peer') && selected(scenario.id),
        )
      const variants: Variant[] = [
        'cache on',
        'cache off',
        ...(plan.embedded || !needsRaw ? [] : (['raw'] as const)),
        ...(needsPeer ? (['peer'] as const) : []),
      ]
      if (!plan.embedded && needsRaw) {
        const off = await serverFor('cache off')
        await renderForRawBound(off.url, database.env.DATABASE_URL as string)
        const raw = await serverFor('raw')
        const different = await compareAnswers(off.url, raw.url, context, size)
        if (different.length > 0) {
          throw new Error(
            `The raw bound's answers differ from the CMS's for: ${different.join(', ')}`,
          )
        }
      }
      if (needsPeer) {
        const peer = await serverFor('peer')
        await fetch(`${peer.url}${listPath(1)}`)
        await new Promise((resolve) => setTimeout(resolve, 1000))
        Object.assign(extras[`${size}`] as object, {
          peerStartToReadyMs: peer.startMs,
          peerIdleRssMiB: Math.round(rssMiB(peer.child.pid)),
        })
      }
      if (!plan.embedded) {
        await serverFor('cache off')
        await measureAnswers(servers, context, size, answerBytes)
      }

      for (let round = 1; round <= plan.rounds; round++) {
        for (const variant of variants) {
          const server = await serverFor(variant)
          for (const scenario of readScenarios(size)) {
            if (!scenario.variants.includes(variant) || !selected(scenario.id)) continue
            const measurement = await measure(server.url, server.child.pid, {
              seconds: plan.seconds,
              warmUpSeconds: plan.warmUpSeconds,
              connections: plan.connections,
              ...scenario.load(context),
            })
            results.push({
              size,
              scenario: scenario.id,
              title: scenario.title,
              variant,
              round,
              ...measurement,
            })
            console.log(
              `  ${scenario.id.padEnd(12)} ${variant.padEnd(9)} round ${round}: ${measurement.requestsPerSecond.toFixed(0)} req/s, p50 ${measurement.p50} ms, p99 ${measurement.p99} ms`,
            )
          }
        }
      }

      if (size === primarySize && selected('S5')) {
        const writes = await measureWrites(await serverFor('cache on'), context)
        results.push(...writes.results.map((result) => ({ ...result, size })))
        const oneClient = await measureOneClient(await serverFor('cache off'), context)
        results.push({ ...oneClient, size })
        const stored = await countStored((await serverFor('cache off')).url, context.tag)
        const accepted = writes.accepted + oneClient.ok
        extras.commentsAccepted = accepted
        extras.commentsStored = stored
        console.log(`  S5: ${accepted} submissions accepted (2xx), ${stored} stored`)
      }
    }
  } finally {
    await stopAll()
    if (!values.keep) await database.drop()
    if (!values.keep) await peerDatabase?.drop()
    else if (peerDatabase)
      console.log(`The peer's database is kept: ${peerDatabase.env.DATABASE_URL}`)
    if (!values.keep) await rm(workDir, { recursive: true, force: true })
  }

  const report = printReport(results, extras, { ...plan, primarySize }, answerBytes)
  await writeFile(
    path.resolve(import.meta.dirname, 'results.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  )
  console.log('\nWritten to bench/results.json')
}

async function measureWrites(server: Running, context: Context) {
  const results: Omit<Result, 'size'>[] = []
  // Warmed up like the reads (a cold process compiles as it goes), but in a measurement of its own:
  // every accepted submission, warm-up included, must be counted in the database afterwards.
  const warmUp = await measure(server.url, server.child.pid, {
    request: submission(context, false),
    seconds: plan.warmUpSeconds,
    warmUpSeconds: 0,
    connections: 8,
  })
  let accepted = warmUp.ok
  for (let round = 1; round <= plan.rounds; round++) {
    const measured = await measure(server.url, server.child.pid, {
      request: submission(context, false),
      seconds: plan.seconds,
      warmUpSeconds: 0, // every accepted submission must be counted in the database afterwards
      connections: 8,
    })
    // Throughput of a write scenario is what was accepted (2xx), not what was answered.
    const measurement = { ...measured, requestsPerSecond: measured.ok / plan.seconds }
    accepted += measurement.ok
    results.push({
      scenario: 'S5',
      title: 'comment submissions, distinct clients, -c 8',
      variant: 'cache on',
      round,
      ...measurement,
    })
    console.log(
      `  S5 round ${round}: ${measurement.requestsPerSecond.toFixed(0)} accepted/s, ${measurement.non2xx} refused`,
    )
  }
  return { results, accepted }
}

async function measureOneClient(server: Running, context: Context): Promise<Omit<Result, 'size'>> {
  const measured: Measurement = await measure(server.url, server.child.pid, {
    request: submission(context, true),
    seconds: plan.oneClientSeconds,
    warmUpSeconds: 0,
    connections: 8,
  })
  const measurement = { ...measured, requestsPerSecond: measured.ok / plan.oneClientSeconds }
  console.log(
    `  S5 one client: ${measurement.requestsPerSecond.toFixed(0)}/s; first 10 s ${measurement.perSecond.slice(0, 10).join(' ')}; last 10 s ${measurement.perSecond.slice(-10).join(' ')}`,
  )
  return {
    scenario: 'S5 one client',
    title: 'one client address, flood control off',
    variant: 'cache off',
    round: 1,
    ...measurement,
  }
}

await main()
process.exit(0)
