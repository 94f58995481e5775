/**
 * `npm run bench:layers`: what each layer of ours costs an uncached read — the per-layer A/B of
 * bench/RESULTS.md. Starts the CMS with its response cache off once with every layer, then once
 * per layer with that one left out (`BENCH_SKIP_LAYERS`, src/settings/benchLayers.ts), then with
 * every layer again (the spread of the two full runs is the noise), and puts S1, S2 and S3 on each.
 * One process-level variant runs the server with Node's default flags instead of its own
 * (SERVER_NODE_FLAGS, scripts/lib/serverEntry.ts). Three request-level variants name what the
 * article answer computes, on S1 and S2: the comment thread (`joins=false`), populated
 * relationships (`depth=0`), and everything the peer's articles do not have (`select` of the
 * peer's fields, no join).
 *
 *   npm run bench:layers -- --database postgres://…/invited_bench_… [--seconds 10] [--layers a,b]
 *                           [--peer-database postgres://…/invited_bench_peer_…]
 *
 * With `--peer-database` (a peer database the main run kept and seeded from the same articles) the
 * peer is measured too, first and last, so that every row can be read against it in one run.
 *
 * The database must already be seeded (`npm run bench -- --sizes 10000 --bulk --keep` keeps one).
 * Prints a table and writes bench/results-layers.json (git-ignored).
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SKIPPABLE_LAYERS } from '../src/settings/benchLayers'
import { ensureProductionBuild } from '../scripts/build'
import { SERVER_NODE_FLAGS } from '../scripts/lib/serverEntry'
import { measure, type Request } from './load'
import { ensurePeerBuild } from './peer/build'
import { startCms, startPeer, type Running } from './processes'
import { S3_QUERY } from './scenarios'
import { scenarioRequest, someSlugs, UNCACHED_SCENARIOS } from './uncachedRequests'

const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    layers: { type: 'string', default: SKIPPABLE_LAYERS.join(',') },
    'peer-database': { type: 'string' },
  },
})

type Variant = {
  name: string
  /** The peer instead of the CMS. */
  peer?: boolean
  env: Record<string, string>
  /** Node's flags instead of the server's own (SERVER_NODE_FLAGS). */
  nodeArgs?: readonly string[]
  /** Appended to the REST scenarios' query string (request-level variants). */
  query?: string
  /** Replaces S3's GraphQL body (request-level variants of S3). */
  graphqlBody?: string
  scenarios: readonly string[]
}

/**
 * The fields the peer's articles have (bench/peer/collections.ts), and no join: what the article
 * answer costs when it carries only what the peer's does.
 */
const PEER_FIELDS = [
  'joins=false',
  ...[
    'title',
    'slug',
    'excerpt',
    'coverImage',
    'body',
    'authors',
    'categories',
    'services',
    'publishedAt',
    'readingTimeMinutes',
  ].map((field) => `select[${field}]=true`),
].join('&')

/** The request with the variant's parameters, each replacing the scenario's own of that name. */
function withQuery(request: Request, query: string | undefined): Request {
  if (!query) return request
  const at = request.path.indexOf('?')
  const params = new URLSearchParams(request.path.slice(at + 1))
  const extra = new URLSearchParams(query)
  for (const name of new Set(extra.keys())) params.delete(name)
  for (const [name, value] of extra) params.append(name, value)
  return { ...request, path: `${request.path.slice(0, at)}?${params}` }
}

async function main() {
  if (!values.database) throw new Error('--database <url of a seeded bench database> is required')
  await ensureProductionBuild()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'invited-layers-'))
  const slugs = await someSlugs(values.database)
  const all: Variant = { name: 'every layer', env: {}, scenarios: UNCACHED_SCENARIOS }
  const peer: Variant[] = values['peer-database']
    ? [{ name: 'peer', peer: true, env: {}, scenarios: UNCACHED_SCENARIOS }]
    : []
  if (values['peer-database']) await ensurePeerBuild()
  const variants: Variant[] = [
    ...peer,
    all,
    ...values
      .layers!.split(',')
      .filter(Boolean)
      .map((layer) => ({
        name: `without ${layer}`,
        env: { BENCH_SKIP_LAYERS: layer },
        scenarios: UNCACHED_SCENARIOS,
      })),
    {
      name: `Node's defaults (without ${SERVER_NODE_FLAGS.join(' ')})`,
      env: {},
      nodeArgs: [],
      scenarios: UNCACHED_SCENARIOS,
    },
    { name: 'request: joins=false', env: {}, query: 'joins=false', scenarios: ['S1', 'S2'] },
    { name: 'request: depth=0', env: {}, query: 'depth=0', scenarios: ['S1', 'S2'] },
    {
      name: "request: the peer's fields",
      env: {},
      query: PEER_FIELDS,
      scenarios: ['S1', 'S2'],
    },
    {
      // Every field of each article, as Payload reads without `select` (the default before issue 23).
      name: 'request: GraphQL select: false',
      env: {},
      graphqlBody: JSON.stringify({
        query: S3_QUERY.replace('sort: "-publishedAt")', 'sort: "-publishedAt", select: false)'),
        variables: { limit: 10, page: 37 },
      }),
      scenarios: ['S3'],
    },
    { ...all, name: 'every layer (again)' },
    ...peer.map((one) => ({ ...one, name: 'peer (again)' })),
  ]
  const rows: { variant: string; scenario: string; requestsPerSecond: number; p50: number }[] = []
  for (const variant of variants) {
    const cms: Running = variant.peer
      ? await startPeer(values['peer-database']!, dir)
      : await startCms(
          'layers',
          { DATABASE_URL: values.database },
          { RESPONSE_CACHE: 'false', ...variant.env },
          dir,
          variant.nodeArgs,
        )
    try {
      for (const scenario of variant.scenarios) {
        const base = scenarioRequest(scenario, slugs)
        const request =
          typeof base === 'function'
            ? () => withQuery(base(), variant.query)
            : scenario === 'S3'
              ? { ...base, body: variant.graphqlBody ?? base.body }
              : withQuery(base, variant.query)
        const measured = await measure(cms.url, cms.child.pid, {
          request,
          connections: Number(values.connections),
          seconds: Number(values.seconds),
          warmUpSeconds: 3,
        })
        if (measured.non2xx > 0) throw new Error(`${variant.name} ${scenario}: non-2xx answers`)
        rows.push({
          variant: variant.name,
          scenario,
          requestsPerSecond: Math.round(measured.requestsPerSecond),
          p50: measured.p50,
        })
        console.log(
          `  ${variant.name.padEnd(28)} ${scenario}: ${Math.round(measured.requestsPerSecond)} req/s, p50 ${measured.p50} ms`,
        )
      }
    } finally {
      await cms.stop()
    }
  }
  // Baselines: the mean of the two full runs (and of the two peer runs), per scenario.
  const meanOf = (scenario: string, prefix: string) => {
    const runs = rows.filter((row) => row.scenario === scenario && row.variant.startsWith(prefix))
    return runs.reduce((sum, row) => sum + row.requestsPerSecond, 0) / runs.length
  }
  const ratios = (requestsPerSecond: number, scenario: string) =>
    [meanOf(scenario, 'every layer'), ...(peer.length > 0 ? [meanOf(scenario, 'peer')] : [])]
      .map((base) => (requestsPerSecond / base).toFixed(2))
      .join(' / ')
  const header = peer.length > 0 ? '÷ every layer / ÷ peer' : '÷ every layer'
  console.log(
    '\n| variant | ' + UNCACHED_SCENARIOS.map((s) => `${s} req/s (${header})`).join(' | ') + ' |',
  )
  console.log('|---|' + UNCACHED_SCENARIOS.map(() => '---|').join(''))
  for (const variant of variants) {
    const cells = UNCACHED_SCENARIOS.map((scenario) => {
      const row = rows.find((one) => one.variant === variant.name && one.scenario === scenario)
      return row ? `${row.requestsPerSecond} (${ratios(row.requestsPerSecond, scenario)})` : '–'
    })
    console.log(`| ${variant.name} | ${cells.join(' | ')} |`)
  }
  await writeFile(
    path.resolve(import.meta.dirname, 'results-layers.json'),
    JSON.stringify({ when: new Date().toISOString(), rows }, null, 2),
  )
  console.log(`\nWritten to bench/results-layers.json; logs in ${dir}`)
}

await main()
