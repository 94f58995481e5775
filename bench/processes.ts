/**
 * The processes a benchmark run measures: the CMS as operators run it (production bundle, request
 * logs to a file as a log collector would take them), the raw-SQL bound, and the seeder — each a child
 * of the runner, which loads them from its own process over 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { openSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { SERVER_ENTRY, SERVER_NODE_FLAGS } from '../scripts/lib/serverEntry'
import { freePort } from '../tests/helpers/freePort'

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..')
export const BENCH_SECRET = 'benchmark-secret-0123456789abcdef-0123'
export const BENCH_ADMIN = {
  email: 'bench-admin@example.com',
  password: 'benchmark-admin-password',
}

export type Running = {
  name: string
  url: string
  child: ChildProcess
  /** Milliseconds from spawn to the first 200 from /readyz (the CMS) or to listening (raw). */
  startMs: number
  stop: () => Promise<void>
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export function rssMiB(pid: number | undefined): number {
  if (!pid) return 0
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)
    return line ? Number(line[1]) / 1024 : 0
  } catch {
    return 0
  }
}

/** Children still running when the runner exits (an error, Ctrl-C) are ended with it. */
const children = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130))

function stopper(child: ChildProcess) {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }
}

async function waitFor(url: string, child: ChildProcess, logFile: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${url} exited with ${child.exitCode}; see ${logFile}`)
    }
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms; see ${logFile}`)
}

/** Environment of the database: a PostgreSQL URL, or an embedded data folder. */
export type DatabaseEnv = { DATABASE_URL?: string; PGLITE_DATA_DIR?: string }

export async function startCms(
  name: string,
  database: DatabaseEnv,
  env: Record<string, string>,
  logDir: string,
  /**
   * Node's own flags: the server's (SERVER_NODE_FLAGS) unless given — bench/profile.ts adds
   * --cpu-prof, which NODE_OPTIONS may not carry; bench/layers.ts measures Node's defaults.
   */
  nodeArgs: readonly string[] = SERVER_NODE_FLAGS,
): Promise<Running> {
  const listenPort = await freePort()
  const logFile = path.join(logDir, `${name}.log`)
  const log = openSync(logFile, 'a')
  const started = Date.now()
  const child = spawn(process.execPath, [...nodeArgs, SERVER_ENTRY], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DOTENV_FILE: '',
      HOST: '127.0.0.1',
      PORT: String(listenPort),
      PAYLOAD_SECRET: BENCH_SECRET,
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      SEED_DEMO_CONTENT: 'false',
      EMAIL_OUTBOX_FILE: path.join(logDir, 'outbox.jsonl'),
      MEDIA_DIR: path.join(logDir, 'media'),
      LOG_LEVEL: 'warn',
      ...database,
      ...env,
    },
    stdio: ['ignore', log, log],
  })
  const url = `http://127.0.0.1:${listenPort}`
  await waitFor(`${url}/readyz`, child, logFile)
  return { name, url, child, startMs: Date.now() - started, stop: stopper(child) }
}

export async function startRawServer(databaseUrl: string, logDir: string): Promise<Running> {
  const listenPort = await freePort()
  const logFile = path.join(logDir, 'raw.log')
  const started = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/rawServer.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(listenPort),
    },
    stdio: ['ignore', openSync(logFile, 'a'), openSync(logFile, 'a')],
  })
  const url = `http://127.0.0.1:${listenPort}`
  await waitFor(`${url}/api/articles?limit=1&page=1`, child, logFile)
  return { name: 'raw', url, child, startMs: Date.now() - started, stop: stopper(child) }
}

/**
 * The peer (bench/peer): a vanilla Payload app, built by bench/peer/build.ts, run as its users would
 * run it — `next start` on its build — on its own database, seeded by `seedPeer`.
 */
export async function startPeer(databaseUrl: string, logDir: string): Promise<Running> {
  const listenPort = await freePort()
  const logFile = path.join(logDir, 'peer.log')
  const log = openSync(logFile, 'a')
  const started = Date.now()
  const child = spawn(
    process.execPath,
    [
      path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next'),
      'start',
      path.join(PROJECT_ROOT, 'bench/peer'),
      '--hostname',
      '127.0.0.1',
      '--port',
      String(listenPort),
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PAYLOAD_SECRET: BENCH_SECRET,
        DATABASE_URL: databaseUrl,
        MEDIA_DIR: path.join(logDir, 'peer-media'),
      },
      stdio: ['ignore', log, log],
    },
  )
  const url = `http://127.0.0.1:${listenPort}`
  await waitFor(`${url}/api/articles?limit=1&depth=0`, child, logFile)
  return { name: 'peer', url, child, startMs: Date.now() - started, stop: stopper(child) }
}

/** Node's exit status when the main module's top-level await never settled (the event loop emptied). */
const UNSETTLED_TOP_LEVEL_AWAIT = 13
const PEER_SEED_ATTEMPTS = 3

/**
 * Copies the CMS's seeded content into the peer's database (bench/peer/seed.ts). Starting Payload
 * from a tsx script sometimes stops half-way with nothing left to run — Node then exits 13 — the way
 * Payload's own CLI exits without a word (payloadcms/payload#17757; scripts/lib/silentCli.ts): seen
 * once in CI on 2026-12-03. The seeder empties the peer's tables before copying, so it is run again.
 */
export async function seedPeer(sourceUrl: string, peerUrl: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/peer/seed.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        // Outside production: db-postgres pushes the peer's schema when the seeder starts Payload.
        NODE_ENV: 'development',
        PAYLOAD_SECRET: BENCH_SECRET,
        SOURCE_DATABASE_URL: sourceUrl,
        DATABASE_URL: peerUrl,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    const code = await new Promise((resolve) => child.once('exit', resolve))
    if (code === 0) return
    if (code !== UNSETTLED_TOP_LEVEL_AWAIT || attempt >= PEER_SEED_ATTEMPTS)
      throw new Error(`seeding the peer failed (exit code ${code}, attempt ${attempt})`)
    console.log(`  seeding the peer stopped half-way (exit code ${code}); running it again`)
  }
}

/** Runs the seeder to the given size and resolves when it is done. */
export async function seed(
  database: DatabaseEnv,
  articles: number,
  comments: number,
  logDir: string,
  { bulk = false }: { bulk?: boolean } = {},
): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/seed.ts',
      '--articles',
      String(articles),
      '--comments',
      String(comments),
      ...(bulk ? ['--bulk'] : []),
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        DOTENV_FILE: '',
        PAYLOAD_SECRET: BENCH_SECRET,
        ADMIN_EMAIL: BENCH_ADMIN.email,
        ADMIN_PASSWORD: BENCH_ADMIN.password,
        EMAIL_OUTBOX_FILE: path.join(logDir, 'outbox.jsonl'),
        MEDIA_DIR: path.join(logDir, 'media'),
        LOG_LEVEL: 'warn',
        ...database,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  const code = await new Promise((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`seeding to ${articles} articles failed (exit code ${code})`)
}

/** A throwaway PostgreSQL database for one run, dropped afterwards (unless kept). */
export async function createBenchDatabase(
  adminUrl: string,
  prefix = 'invited_bench',
): Promise<{ env: DatabaseEnv; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now()}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}
