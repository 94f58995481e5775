/**
 * `npm run bench -- --instances 1,2,3`: the CMS as 1, 2 and 3 instances on one PostgreSQL database,
 * as behind a load balancer. The load is spread over the instances by the load generator itself (an
 * even share of the connections each), so no balancer's own cost is measured. For each count:
 * article reads by slug with the response cache on (S2) and off (S2 uncached), and comment
 * submissions from distinct clients (S5). With two instances it also measures how long a change
 * saved on one takes to disappear from the other's cache: from the saving instance's answer to the
 * first fresh answer of the other.
 *
 * Every instance, the database and the load generator share this machine's cores: the figures show
 * what an added instance costs and what it brings when the CPU is already shared, not what it brings
 * on a machine with a core per instance.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { measure, type LoadPlan, type Measurement, type Request } from './load'
import {
  BENCH_ADMIN,
  createBenchDatabase,
  seed,
  startCms,
  type DatabaseEnv,
  type Running,
} from './processes'
import { bySlugPath } from './scenarios'

export type InstancesPlan = {
  instances: number[]
  size: number
  seconds: number
  warmUpSeconds: number
  rounds: number
  connections: number
  adminPostgresUrl: string
  keep: boolean
}

type Row = {
  instances: number
  scenario: string
  requestsPerSecond: number
  p50: number
  p99: number
  non2xx: number
  status5xx: number
  errors: number
  /** The largest instance's peak resident memory. */
  peakRssMiB: number
}

/** The same load on every instance at once, the connections shared out; the sums and the worst. */
async function measureAcross(servers: Running[], plan: LoadPlan): Promise<Measurement> {
  const share = Math.max(1, Math.round(plan.connections / servers.length))
  const each = await Promise.all(
    servers.map((server) => measure(server.url, server.child.pid, { ...plan, connections: share })),
  )
  const sum = (pick: (m: Measurement) => number) => each.reduce((total, m) => total + pick(m), 0)
  const sortedP50 = each.map((m) => m.p50).sort((a, b) => a - b)
  return {
    requestsPerSecond: sum((m) => m.requestsPerSecond),
    p50: sortedP50[sortedP50.length >> 1],
    p99: Math.max(...each.map((m) => m.p99)),
    errors: sum((m) => m.errors),
    ok: sum((m) => m.ok),
    non2xx: sum((m) => m.non2xx),
    status5xx: sum((m) => m.status5xx),
    peakRssMiB: Math.max(...each.map((m) => m.peakRssMiB)),
    perSecond: [],
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return (await response.json()) as T
}

/** Milliseconds from A's answer to a save until B answers fresh, for `changes` saves. */
async function invalidationLatency(a: Running, b: Running, slugs: string[], changes: number) {
  const { token } = await json<{ token: string }>(`${a.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  })
  const latencies: number[] = []
  for (let i = 0; i < changes; i++) {
    const slug = slugs[i % slugs.length]
    const path = bySlugPath(slug)
    const read = async () => (await fetch(`${b.url}${path}`)).text()
    await read()
    await read() // cached on B now
    const { docs } = await json<{ docs: { id: number }[] }>(`${a.url}${path}`)
    const title = `Changed on another instance ${Date.now()}-${i}`
    const saved = await fetch(`${a.url}/api/articles/${docs[0].id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title }),
    })
    if (!saved.ok) throw new Error(`saving on A answered ${saved.status}`)
    await saved.arrayBuffer()
    const answered = performance.now()
    for (;;) {
      if ((await read()).includes(title)) break
      if (performance.now() - answered > 10_000) throw new Error('B still stale after 10 s')
    }
    latencies.push(performance.now() - answered)
  }
  latencies.sort((x, y) => x - y)
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]
  return { changes, p50: at(0.5), p99: at(0.99), max: latencies.at(-1)! }
}

let submissionCount = 0
const submission = (articleIds: number[], tag: string) => (): Request => {
  submissionCount += 1
  const n = submissionCount
  return {
    method: 'POST',
    path: '/api/comments/submit',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    },
    body: JSON.stringify({
      targetId: articleIds[n % articleIds.length],
      authorName: `Load ${n}`,
      authorEmail: `load-${tag}-${n}@bench.example`,
      body: `A considered comment, number ${n}, about what this article says.`,
    }),
  }
}

export async function benchInstances(plan: InstancesPlan): Promise<void> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'invited-bench-instances-'))
  const database = await createBenchDatabase(plan.adminPostgresUrl)
  console.log(`Instances benchmark on PostgreSQL, ${plan.size} articles; logs in ${workDir}`)
  const rows: Row[] = []
  let latency: Awaited<ReturnType<typeof invalidationLatency>> | undefined
  const running: Running[] = []
  const stopAll = async () => {
    while (running.length > 0) await running.pop()!.stop()
  }
  const start = async (count: number, cache: boolean, env: DatabaseEnv) => {
    for (let i = 1; i <= count; i++) {
      running.push(
        await startCms(
          `instance-${i}-cache-${cache ? 'on' : 'off'}`,
          env,
          { RESPONSE_CACHE: String(cache), TRUST_PROXY: 'loopback' },
          workDir,
        ),
      )
    }
    return [...running]
  }
  const record = (instances: number, scenario: string, m: Measurement) => {
    rows.push({ instances, scenario, ...m })
    console.log(
      `  ${instances} × ${scenario.padEnd(13)} ${m.requestsPerSecond.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, 5xx ${m.status5xx}, peak ${m.peakRssMiB} MiB`,
    )
  }

  try {
    await seed(database.env, plan.size, 0, workDir)
    for (const count of plan.instances) {
      console.log(`\n— ${count} instance(s) —`)
      const cached = await start(count, true, database.env)
      const newest = await json<{ docs: { id: number; slug: string }[] }>(
        `${cached[0].url}/api/articles?limit=100&depth=0&sort=-publishedAt&select[slug]=true`,
      )
      const slugs = newest.docs.map((doc) => doc.slug)
      let n = 0
      const bySlug = () => ({ path: bySlugPath(slugs[n++ % slugs.length]) })
      const load = {
        seconds: plan.seconds,
        warmUpSeconds: plan.warmUpSeconds,
        connections: plan.connections,
      }
      for (let round = 1; round <= plan.rounds; round++) {
        record(count, 'S2 cached', await measureAcross(cached, { ...load, request: bySlug }))
      }
      const tag = `${count}-${Date.now()}`
      const ids = newest.docs.map((doc) => doc.id)
      for (let round = 1; round <= plan.rounds; round++) {
        const m = await measureAcross(cached, {
          ...load,
          connections: 8,
          request: submission(ids, tag),
        })
        record(count, 'S5 comments', { ...m, requestsPerSecond: m.ok / plan.seconds })
      }
      if (count === 2) latency = await invalidationLatency(cached[0], cached[1], slugs, 50)
      await stopAll()

      const uncached = await start(count, false, database.env)
      for (let round = 1; round <= plan.rounds; round++) {
        record(count, 'S2 uncached', await measureAcross(uncached, { ...load, request: bySlug }))
      }
      await stopAll()
    }
  } finally {
    await stopAll()
    if (!plan.keep) {
      await database.drop()
      await rm(workDir, { recursive: true, force: true })
    }
  }

  console.log(
    '\n| instances | scenario | req/s (median) | p50 ms | p99 ms | 5xx | peak MiB per instance |',
  )
  console.log('|---|---|---|---|---|---|---|')
  const summary: Row[] = []
  for (const count of plan.instances) {
    for (const scenario of ['S2 cached', 'S2 uncached', 'S5 comments']) {
      const mine = rows.filter((row) => row.instances === count && row.scenario === scenario)
      if (mine.length === 0) continue
      const row: Row = {
        instances: count,
        scenario,
        requestsPerSecond: Math.round(median(mine.map((r) => r.requestsPerSecond))),
        p50: median(mine.map((r) => r.p50)),
        p99: median(mine.map((r) => r.p99)),
        non2xx: mine.reduce((total, r) => total + r.non2xx, 0),
        status5xx: mine.reduce((total, r) => total + r.status5xx, 0),
        errors: mine.reduce((total, r) => total + r.errors, 0),
        peakRssMiB: Math.max(...mine.map((r) => r.peakRssMiB)),
      }
      summary.push(row)
      console.log(
        `| ${count} | ${scenario} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.status5xx} | ${row.peakRssMiB} |`,
      )
    }
  }
  if (latency) {
    console.log(
      `\nA change saved on one instance, gone from the other's cache: p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms, max ${latency.max.toFixed(1)} ms (${latency.changes} changes, measured from the saving instance's answer)`,
    )
  }
  await writeFile(
    path.resolve(import.meta.dirname, 'results-instances.json'),
    `${JSON.stringify({ plan: { ...plan, adminPostgresUrl: undefined }, summary, latency }, null, 2)}\n`,
  )
  console.log('\nWritten to bench/results-instances.json')
}
