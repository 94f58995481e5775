/**
 * `npm run bench:profile`: where the CMS's uncached time goes. Starts the CMS with its response cache
 * off under `node --cpu-prof`, puts one scenario's load on it, stops it (the profile is written at
 * exit) and prints the self time grouped by where the code lives — our layers (src/http, plugins/,
 * collections/, upstream/), Payload, drizzle, pg, Next, React, node internals — and the top functions.
 *
 *   npm run bench:profile -- --database postgres://…/invited_bench_… --scenario S1 --seconds 15
 *   npm run bench:profile -- … --env BENCH_SKIP_LAYERS=requestLog    (an A/B of one layer)
 *
 * The database must already be seeded (`npm run bench -- --sizes 10000 --bulk --keep` keeps one).
 * Profiles and the summary go to a temporary folder, printed at the end; `--out` names another.
 */
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { SourceMap } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { ensureProductionBuild } from '../scripts/build'
import { SERVER_NODE_FLAGS } from '../scripts/lib/serverEntry'
import { measure } from './load'
import { startCms } from './processes'
import { scenarioRequest, someSlugs } from './uncachedRequests'

const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    scenario: { type: 'string', default: 'S1' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '16' },
    env: { type: 'string', multiple: true, default: [] },
    out: { type: 'string' },
    top: { type: 'string', default: '30' },
  },
})

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
type Profile = {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  /** Microseconds on the system's monotonic clock, as process.hrtime in any process here. */
  startTime: number
}
/** The measured window, in microseconds on the monotonic clock: start-up and warm-up left out. */
type Window = { from: number; to: number }

/** Where a frame's code lives, as the summary groups it. */
export function placeOf(url: string, functionName: string): string {
  if (!url) return functionName === '(garbage collector)' ? 'GC' : `(${functionName || 'native'})`
  if (url.startsWith('node:')) return 'node internals'
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (packageMatch) return packageMatch[1]!
  const chunk = /\.next\/server\/chunks\/|\.next\/server\/app\//.test(url)
  if (chunk) return 'Next server bundle (the config, our plugins and Payload, bundled)'
  const own =
    /\/(src\/http|src\/responseCache|src\/changeFeed|src\/[^/]+|plugins\/[^/]+|collections\/[^/]+|upstream)\b/.exec(
      url,
    )
  return own ? own[1]! : url.replace(/^file:\/\//, '').replace(process.cwd(), '.')
}

/**
 * Where bundled code came from. Next bundles the config, our plugins and Payload into chunks; their
 * source maps (written beside them by `next build`) name the original file of each position, so the
 * summary can split the bundle into Payload, drizzle, our plugins and so on.
 */
function sourceResolver() {
  const maps = new Map<string, SourceMap | null>()
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      try {
        const file = `${url.replace(/^file:\/\//, '')}.map`
        maps.set(url, new SourceMap(JSON.parse(readFileSync(file, 'utf8'))))
      } catch {
        maps.set(url, null)
      }
    }
    return maps.get(url)
  }
  return (frame: ProfileNode['callFrame']): string => {
    if (!/\/\.next(-peer)?\/server\//.test(frame.url)) return frame.url
    const entry = mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as
      { originalSource?: string } | undefined
    // turbopack:///[project]/node_modules/payload/dist/… → node_modules/payload/dist/…
    const original = entry?.originalSource?.replace(/^.*\[project\]\//, '/')
    // drizzle-orm's own maps point at its TypeScript (`../src/entity.ts`), which resolves outside
    // the package: name the package again.
    return original?.replace(/\/node_modules\/src\//, '/node_modules/drizzle-orm/src/') ?? frame.url
  }
}

export function summarize(profile: Profile, top: number, window?: Window) {
  const sourceOf = sourceResolver()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfMicros = new Map<number, number>()
  let at = profile.startTime
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0
    at += delta
    if (window && (at < window.from || at > window.to)) return
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta)
  })
  const total = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0)
  const places = new Map<string, number>()
  const functions = new Map<string, number>()
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)!.callFrame
    const source = sourceOf(frame)
    const place = placeOf(source, frame.functionName)
    places.set(place, (places.get(place) ?? 0) + micros)
    const where = source === frame.url ? `${place}:${frame.lineNumber + 1}` : source
    const name = `${frame.functionName || '(anonymous)'} ${where}`
    functions.set(name, (functions.get(name) ?? 0) + micros)
  }
  const share = (micros: number) => Math.round((micros / total) * 1000) / 10
  const ranked = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, percent: share(micros), ms: Math.round(micros / 1000) }))
  return { totalMs: Math.round(total / 1000), places: ranked(places), functions: ranked(functions) }
}

async function main() {
  if (!values.database) throw new Error('--database <url of a seeded bench database> is required')
  await ensureProductionBuild()
  const dir = values.out ?? (await mkdtemp(path.join(os.tmpdir(), 'invited-profile-')))
  await mkdir(dir, { recursive: true })
  const extraEnv = Object.fromEntries(
    (values.env ?? []).map((pair) => {
      const at = pair.indexOf('=')
      return [pair.slice(0, at), pair.slice(at + 1)]
    }),
  )
  const slugs = await someSlugs(values.database)
  const cms = await startCms(
    'profiled',
    { DATABASE_URL: values.database },
    { RESPONSE_CACHE: 'false', ...extraEnv },
    dir,
    [...SERVER_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${dir}`],
  )
  const request = scenarioRequest(values.scenario ?? 'S1', slugs)
  const load = { request, connections: Number(values.connections), warmUpSeconds: 0 }
  await measure(cms.url, cms.child.pid, { ...load, seconds: 5 }) // warm-up, not profiled
  const from = Number(process.hrtime.bigint() / 1000n)
  const measured = await measure(cms.url, cms.child.pid, {
    ...load,
    seconds: Number(values.seconds),
  })
  const to = Number(process.hrtime.bigint() / 1000n)
  await cms.stop()
  const file = (await readdir(dir)).find((name) => name.endsWith('.cpuprofile'))
  if (!file) throw new Error(`no .cpuprofile was written in ${dir}`)
  const summary = summarize(
    JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Profile,
    Number(values.top),
    { from, to },
  )
  const result = {
    scenario: values.scenario,
    env: extraEnv,
    requestsPerSecond: measured.requestsPerSecond,
    p50: measured.p50,
    /** CPU of the server's main thread per request in the window (other threads not counted). */
    cpuMsPerRequest: Math.round((summary.totalMs / Math.max(1, measured.ok)) * 100) / 100,
    ...summary,
  }
  await writeFile(path.join(dir, 'summary.json'), JSON.stringify(result, null, 2))
  console.log(JSON.stringify({ ...result, functions: result.functions.slice(0, 15) }, null, 2))
  console.log(`profile and summary in ${dir}`)
}

await main()
