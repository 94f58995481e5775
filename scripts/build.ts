/**
 * Builds the production bundle (Next's `.next` and the server entry `build/server.mjs`) when it is
 * missing or older than the sources (`--force`: always). `npm start` calls this first; `npm run
 * build` forces it.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { isBuildCurrent, recordBuild } from './lib/buildStamp'
import { compileServerEntry } from './lib/serverEntry'

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..')

export async function ensureProductionBuild({ force = false } = {}): Promise<void> {
  if (!force && isBuildCurrent(PROJECT_ROOT)) {
    console.log('Production bundle is up to date.')
    return
  }
  console.log(
    'Building the production bundle (first run or sources changed; this takes about a minute)…',
  )
  const started = Date.now()
  // next build type-checks the app, which sees the library through its compiled declarations
  // (tsconfig.json references tsconfig.library.json): on a fresh clone they must be built first.
  await runNode('node_modules/typescript/bin/tsc', ['-b', 'tsconfig.library.json'], 'tsc -b')
  await runNode('node_modules/next/dist/bin/next', ['build'], 'next build')
  await compileServerEntry(PROJECT_ROOT)
  recordBuild(PROJECT_ROOT)
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`)
}

async function runNode(script: string, args: string[], name: string): Promise<void> {
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, script), ...args], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
  if (exitCode !== 0) throw new Error(`${name} failed (exit code ${exitCode}).`)
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  await ensureProductionBuild({ force: process.argv.includes('--force') })
}
