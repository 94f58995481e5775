/**
 * `npm run bench:layers`: what each layer of ours costs an uncached read — the per-layer A/B of
 * bench/RESULTS.md. Starts the CMS with its response cache off once with every layer, then once
 * per layer with that one left out (`BENCH_SKIP_LAYERS`, src/settings/benchLayers.ts), then with
 * every layer again (the spread of the two full runs is the noise), and puts S1, S2 and S3 on each.
 * Two request-level variants name what the article answer computes: the comment thread
 * (`joins=false`) and populated relationships (`depth=0`), on S1 and S2.
 *
 *   npm run bench:layers -- --database postgres://…/invited_bench_… [--seconds 10] [--layers a,b]
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
import { measure, type Request } from './load'
import { startCms } from './processes'
import { scenarioRequest, someSlugs, UNCACHED_SCENARIOS } from './uncachedRequests'

const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    layers: { type: 'string', default: SKIPPABLE_LAYERS.join(',') },
  },
})

type Variant = {
  name: string
  env: Record<string, string>
  /** Appended to the REST scenarios' query string (request-level variants). */
  query?: string
  scenarios: readonly string[]
}

const withQuery = (request: Request, query: string | undefined): Request =>
  query ? { ...request, path: `${request.path}&${query}` } : request

async function main() {
  if (!values.database) throw new Error('--database <url of a seeded bench database> is required')
  await ensureProductionBuild()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'invited-layers-'))
  const slugs = await someSlugs(values.database)
  const all: Variant = { name: 'every layer', env: {}, scenarios: UNCACHED_SCENARIOS }
  const variants: Variant[] = [
    all,
    ...values.layers!.split(',').map((layer) => ({
      name: `without ${layer}`,
      env: { BENCH_SKIP_LAYERS: layer },
      scenarios: UNCACHED_SCENARIOS,
    })),
    { name: 'request: joins=false', env: {}, query: 'joins=false', scenarios: ['S1', 'S2'] },
    { name: 'request: depth=0', env: {}, query: 'depth=0', scenarios: ['S1', 'S2'] },
    { ...all, name: 'every layer (again)' },
  ]
  const rows: { variant: string; scenario: string; requestsPerSecond: number; p50: number }[] = []
  for (const variant of variants) {
    const cms = await startCms(
      'layers',
      { DATABASE_URL: values.database },
      { RESPONSE_CACHE: 'false', ...variant.env },
      dir,
    )
    try {
      for (const scenario of variant.scenarios) {
        const base = scenarioRequest(scenario, slugs)
        const request =
          typeof base === 'function'
            ? () => withQuery(base(), variant.query)
            : withQuery(base, scenario === 'S3' ? undefined : variant.query)
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
  // The baseline: the mean of the two full runs, per scenario.
  const baseline = (scenario: string) => {
    const full = rows.filter(
      (row) => row.scenario === scenario && row.variant.startsWith('every layer'),
    )
    return full.reduce((sum, row) => sum + row.requestsPerSecond, 0) / full.length
  }
  console.log(
    '\n| variant | ' +
      UNCACHED_SCENARIOS.map((s) => `${s} req/s (÷ every layer)`).join(' | ') +
      ' |',
  )
  console.log('|---|' + UNCACHED_SCENARIOS.map(() => '---|').join(''))
  for (const variant of variants) {
    const cells = UNCACHED_SCENARIOS.map((scenario) => {
      const row = rows.find((one) => one.variant === variant.name && one.scenario === scenario)
      if (!row) return '–'
      return `${row.requestsPerSecond} (${(row.requestsPerSecond / baseline(scenario)).toFixed(2)})`
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
