/**
 * Builds the production bundle when it is missing or older than the sources (`--force`: always).
 * `npm start` calls this first; `npm run build` forces it.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { isBuildCurrent, recordBuild } from './lib/buildStamp'

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
  const nextBin = path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next')
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
  if (exitCode !== 0) throw new Error(`next build failed (exit code ${exitCode}).`)
  recordBuild(PROJECT_ROOT)
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`)
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  await ensureProductionBuild({ force: process.argv.includes('--force') })
}
