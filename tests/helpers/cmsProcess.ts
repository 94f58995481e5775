/**
 * The CMS as operators run it: `node build/server.mjs` with NODE_ENV=production (the production
 * bundle, committed migrations), as a child process on an ephemeral port.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import { SERVER_ENTRY, SERVER_NODE_FLAGS } from '../../scripts/lib/serverEntry'
import { findLogLeaks } from './logLeaks'
import { TEST_SECRET } from './payloadHarness'

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..')
const START_TIMEOUT_MS = 90_000

export type CmsProcess = {
  url: string
  port: number
  child: ChildProcess
  /** Everything the process wrote so far, stdout and stderr interleaved. */
  output: () => string
  /** Parsed JSON log lines so far. */
  logLines: () => Record<string, unknown>[]
  /** Sends the signal and resolves with the exit code once the process has ended. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
  exited: Promise<number | null>
}

/** The environment a test server starts from: production, loopback, a random port, no inherited database. */
function baseEnvironment(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    HOST: '127.0.0.1',
    PORT: '0',
    PAYLOAD_SECRET: TEST_SECRET,
    PGLITE_DATA_DIR: 'memory://',
    SHUTDOWN_TIMEOUT_MS: '10000',
    // A developer's own .env must not change what the tests see.
    DOTENV_FILE: '',
    SEED_DEMO_CONTENT: 'false',
    EMAIL_OUTBOX_FILE: path.join(
      os.tmpdir(),
      `invited-outbox-server-${process.pid}-${Date.now()}.jsonl`,
    ),
    MEDIA_DIR: path.join(os.tmpdir(), `invited-media-server-${process.pid}-${Date.now()}`),
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

function spawnServer(env: Record<string, string | undefined>, root = PROJECT_ROOT) {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_ENTRY], {
    cwd: root,
    env: baseEnvironment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => output }
}

/** The JSON log lines in a server's output (other lines, such as Next's, are skipped). */
export const parseLogLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>]
      } catch {
        return []
      }
    })

/**
 * Starts the server and resolves once it logs `ready` (rejects if it exits or hangs first).
 * `root`: another built copy of the project to run instead (an earlier release, tests/helpers/previousRelease.ts).
 */
export async function startCmsProcess(
  env: Record<string, string | undefined> = {},
  { root }: { root?: string } = {},
): Promise<CmsProcess> {
  const { child, exited, output } = spawnServer(env, root)
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not become ready in ${START_TIMEOUT_MS} ms:\n${output()}`))
    }, START_TIMEOUT_MS)
    const poll = setInterval(() => {
      const ready = parseLogLines(output()).find((line) => line.msg === 'ready')
      if (ready) {
        clearInterval(poll)
        clearTimeout(timer)
        resolve(ready.port as number)
      }
    }, 50)
    void exited.then((code) => {
      clearInterval(poll)
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before it was ready:\n${output()}`))
    })
  })

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output,
    logLines: () => parseLogLines(output()),
    exited,
    // Every server a test starts has its whole log checked for leaks when it is stopped.
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal)
      const code = await exited
      const leaks = findLogLeaks(output(), baseEnvironment(env))
      if (leaks.length > 0) {
        throw new Error(
          `The server's log leaked ${leaks.length} time(s):\n${leaks.slice(0, 10).join('\n')}`,
        )
      }
      return code
    },
  }
}

/** Runs the server expecting it to exit by itself (a refused configuration), with a time limit. */
export async function runCmsUntilExit(env: Record<string, string | undefined>, timeoutMs = 30_000) {
  const { child, exited, output } = spawnServer(env)
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await exited
  clearTimeout(timer)
  return { code, output: output() }
}
