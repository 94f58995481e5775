/**
 * The release before this one, built as an operator would build it, for the rolling-deploy test:
 * its commit's files (`git archive`, from this clone's history), `npm ci`, `npm run build`. Kept in
 * the temporary folder by commit, so a second run starts at once.
 *
 * PREVIOUS_RELEASE is the commit deployed before this one. Move it forward at each release (to the
 * commit the last release was built from), so that the test always runs the pair a deploy runs.
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

/** Before media in object storage (its migration adds two columns the previous release never reads). */
export const PREVIOUS_RELEASE = '48ef141221c798a827026a60e5ff41d05282f0cf'

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)

function runLogged(command: string, args: string[], cwd: string): Promise<void> {
  // Not the test process's NODE_ENV ("test"/"production" would leave out what the build needs).
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    CI: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  } as const
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}) in ${cwd}:\n${output}`)),
    )
  })
}

/** The previous release's project folder, installed and built; the server runs from it as from this one. */
export async function preparePreviousRelease(commit = PREVIOUS_RELEASE): Promise<string> {
  const folder = path.join(os.tmpdir(), `invited-cms-release-${commit.slice(0, 12)}`)
  const ready = path.join(folder, '.prepared')
  if (existsSync(ready)) return folder

  try {
    await run('git', ['-C', PROJECT_ROOT, 'cat-file', '-e', `${commit}^{commit}`])
  } catch {
    throw new Error(
      `The previous release ${commit} is not in this clone's history (a shallow clone?): ` +
        `git fetch --unshallow, or fetch that commit.`,
    )
  }
  await rm(folder, { recursive: true, force: true })
  await mkdir(folder, { recursive: true })
  await runLogged(
    'sh',
    ['-c', `git -C "${PROJECT_ROOT}" archive --format=tar ${commit} | tar -x -C "${folder}"`],
    folder,
  )
  await runLogged('npm', ['ci', '--no-audit', '--no-fund'], folder)
  await runLogged('npm', ['run', 'build'], folder)
  await writeFile(ready, `${new Date().toISOString()}\n`)
  return folder
}
