/**
 * `npm start`, the command the README gives to run the CMS: the npm script (scripts/start.ts) checks
 * the production bundle, starts the server on the embedded database, creates the first admin with its
 * password printed once, and stops cleanly on Ctrl-C (SIGINT to the terminal's process group).
 * The other server tests run the bundle directly (`node build/server.mjs`); this one runs it the way
 * a reader of the README does.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SERVER_NODE_FLAGS } from '../../scripts/lib/serverEntry'
import { parseLogLines } from '../helpers/cmsProcess'
import { TEST_SECRET } from '../helpers/payloadHarness'

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..')
const START_TIMEOUT_MS = 120_000

let folder: string
let child: ChildProcess | undefined
let output = ''
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>

const logLines = () => parseLogLines(output)

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'invited-npm-start-'))
  // As on a fresh clone, but with nothing written into the project: no .env is read or written (a
  // secret is given), the data and media go to a folder of this test's own, any free port.
  // No NODE_ENV: a reader's shell has none; the script sets it for the server.
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOTENV_FILE: '',
    PAYLOAD_SECRET: TEST_SECRET,
    HOST: '127.0.0.1',
    PORT: '0',
    PGLITE_DATA_DIR: path.join(folder, 'pglite'),
    MEDIA_DIR: path.join(folder, 'media'),
    EMAIL_OUTBOX_FILE: path.join(folder, 'outbox.jsonl'),
    SEED_DEMO_CONTENT: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--no-deprecation',
  }
  const started = spawn('npm', ['start'], {
    cwd: PROJECT_ROOT,
    detached: true,
    env: env as NodeJS.ProcessEnv,
  })
  child = started
  started.stdout.on('data', (chunk) => (output += chunk))
  started.stderr.on('data', (chunk) => (output += chunk))
  // 'close', not 'exit': npm can exit before the test has read the server's last lines from the pipe
  // they share (the server writes to it directly); 'close' comes once every holder has let go of it.
  exited = new Promise((resolve) =>
    started.on('close', (code, signal) => resolve({ code, signal })),
  )
}, 10_000)

afterAll(async () => {
  if (child?.pid && child.exitCode === null && child.signalCode === null) {
    // The server runs in a process group of its own: only the script can stop it, so ask first.
    process.kill(-child.pid, 'SIGINT')
    const timer = setTimeout(() => process.kill(-child!.pid!, 'SIGKILL'), 20_000)
    await exited
    clearTimeout(timer)
  }
  await rm(folder, { recursive: true, force: true })
}, 30_000)

describe('npm start', () => {
  let url = ''

  it(
    'starts the server on the embedded database and says where',
    async () => {
      const deadline = Date.now() + START_TIMEOUT_MS
      while (Date.now() < deadline && child?.exitCode === null) {
        const ready = logLines().find((line) => line.msg === 'ready')
        if (ready) {
          url = `http://127.0.0.1:${ready.port}`
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(url, output).not.toBe('')
      const readiness = await fetch(`${url}/readyz`)
      expect(readiness.status).toBe(200)
      // The server runs with the heap tuning the benchmark measured, not Node's defaults.
      const ready = logLines().find((line) => line.msg === 'ready')
      expect(ready?.nodeFlags).toEqual(expect.arrayContaining([...SERVER_NODE_FLAGS]))
    },
    START_TIMEOUT_MS + 5_000,
  )

  it('prints the first admin’s password once, and that admin can sign in', async () => {
    expect(output).toContain('==== First run: created the admin account.')
    const password = /password: (\S+)/.exec(output)?.[1]
    expect(password).toBeDefined()
    const response = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password }),
    })
    expect(response.status).toBe(200)
  })

  it('stops cleanly on Ctrl-C', async () => {
    process.kill(-child!.pid!, 'SIGINT')
    const { code, signal } = await exited
    // npm ends the way its script did, then re-raises the terminal's SIGINT on itself.
    expect(code === 0 || signal === 'SIGINT', `exit ${code}, signal ${signal}`).toBe(true)
    // The server had its one signal and finished its graceful shutdown.
    const lines = logLines().map((line) => line.msg)
    expect(
      lines.filter((msg) => msg === 'shutting down'),
      output.slice(-2000),
    ).toHaveLength(1)
    expect(lines, output.slice(-2000)).toContain('stopped')
    await expect(fetch(`${url}/healthz`)).rejects.toThrow()
  }, 30_000)
})
