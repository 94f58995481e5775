/**
 * Builds the peer (`next build` in bench/peer, output in bench/peer/.next-peer) when its build is
 * missing or older than its sources, as scripts/build.ts does for the CMS.
 *
 *   tsx bench/peer/build.ts [--force]
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const PEER_ROOT = import.meta.dirname
const PROJECT_ROOT = path.resolve(PEER_ROOT, '../..')
export const PEER_DIST = path.join(PEER_ROOT, '.next-peer')
const STAMP_FILE = path.join(PEER_DIST, 'peer-build-stamp')
/** Everything the peer's build reads, but node_modules (whose versions the lockfile names). */
const BUILD_INPUTS = [
  'bench/peer/app',
  'bench/peer/collections.ts',
  'bench/peer/next.config.ts',
  'bench/peer/payload.config.ts',
  'bench/peer/tsconfig.json',
  'package-lock.json',
]

function* filesUnder(entry: string): Generator<string> {
  if (!existsSync(entry)) return
  if (statSync(entry).isFile()) {
    yield entry
    return
  }
  for (const name of readdirSync(entry).sort()) yield* filesUnder(path.join(entry, name))
}

function sourceFingerprint(): string {
  const hash = createHash('sha256')
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(path.join(PROJECT_ROOT, input))) {
      hash
        .update(path.relative(PROJECT_ROOT, file))
        .update('\0')
        .update(readFileSync(file))
        .update('\0')
    }
  }
  return hash.digest('hex')
}

const isBuildCurrent = () =>
  existsSync(path.join(PEER_DIST, 'BUILD_ID')) &&
  existsSync(STAMP_FILE) &&
  readFileSync(STAMP_FILE, 'utf8') === sourceFingerprint()

export async function ensurePeerBuild({ force = false } = {}): Promise<void> {
  if (!force && isBuildCurrent()) {
    console.log('The peer’s build is up to date.')
    return
  }
  console.log('Building the peer (bench/peer; first run or sources changed)…')
  const started = Date.now()
  // The admin's import map is generated from the config (Payload's CLI), as a new app's is.
  await runNode(
    ['node_modules/payload/bin.js', 'generate:importmap'],
    { PAYLOAD_CONFIG_PATH: path.join(PEER_ROOT, 'payload.config.ts') },
    'payload generate:importmap',
  )
  await runNode(
    ['node_modules/next/dist/bin/next', 'build', PEER_ROOT],
    { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    'next build of the peer',
  )
  // After the build: next build may rewrite tsconfig.json, which is one of the inputs.
  writeFileSync(STAMP_FILE, sourceFingerprint())
  console.log(`Peer built in ${Math.round((Date.now() - started) / 1000)} s.`)
}

async function runNode(args: string[], env: Record<string, string>, name: string) {
  const [script, ...rest] = args
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, script), ...rest], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
  if (exitCode !== 0) throw new Error(`${name} failed (exit code ${exitCode}).`)
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  await ensurePeerBuild({ force: process.argv.includes('--force') })
}
