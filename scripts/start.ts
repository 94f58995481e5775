/**
 * `npm start`: the CMS in production mode on this machine — builds the bundle if needed, then runs the
 * compiled server (build/server.mjs) with plain `node`. On a fresh clone this is the only command
 * needed (after `npm install`).
 *
 * The server is its own process rather than an import: this script runs under tsx, and a server loaded
 * here would carry tsx's loader hooks over all of Next's bundle (~180 MiB more; see
 * scripts/lib/serverEntry.ts). Signals are passed on; the exit code is the server's.
 */
import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import { ensureProductionBuild } from './build'
import { loadDotEnv } from '../src/dotenv'
import { ensureLocalSecret } from './lib/localSecret'
import { SERVER_ENTRY, SERVER_NODE_FLAGS } from './lib/serverEntry'

loadDotEnv()
ensureLocalSecret()
await ensureProductionBuild()

// Its own process group: a Ctrl-C in the terminal reaches the server once, through this script,
// rather than twice (a second signal would cut its graceful shutdown short).
const server = spawn(
  process.execPath,
  [...SERVER_NODE_FLAGS, path.resolve(import.meta.dirname, '..', SERVER_ENTRY)],
  { stdio: 'inherit', detached: true, env: { ...process.env, NODE_ENV: 'production' } },
)
// One Ctrl-C reaches this script more than once: from the terminal's process group, again from npm
// (which passes SIGINT and SIGTERM on to its script) and from tsx's relay. The server must get it
// once: a second signal ends its graceful shutdown at once. So echoes within a second are dropped;
// a deliberate second Ctrl-C later still stops the server at once.
const ECHO_MS = 1000
const lastPassedOn = new Map<NodeJS.Signals, number>()
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.on(signal, () => {
    const now = Date.now()
    if (now - (lastPassedOn.get(signal) ?? -Infinity) < ECHO_MS) return
    lastPassedOn.set(signal, now)
    server.kill(signal)
  })
}
server.on('exit', (code, signal) =>
  process.exit(code ?? 128 + (signal ? os.constants.signals[signal] : 0)),
)
