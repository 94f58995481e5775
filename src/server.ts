/**
 * The CMS process. It starts the embedded database when DATABASE_URL is unset, answers health and
 * readiness, sets security headers, logs requests, hands everything else to Next.js (Payload's admin,
 * REST and GraphQL), and on SIGTERM/SIGINT stops accepting, finishes in-flight requests and closes the
 * database before it exits.
 *
 *   NODE_ENV=production node build/server.mjs   (compiled by `npm run build`; `npm start` does both)
 */
import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import os from 'node:os'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import next from 'next'

import { startCdnPurge } from './changeFeed/cdnPurge'
import { postgresTransport } from './changeFeed/postgresTransport'
import { redisTransport } from './changeFeed/redisTransport'
import { startRelay, type Relay } from './changeFeed/relay'
import { ALWAYS_HEARD } from './changeFeed/status'
import { redactDatabaseUrl, startEmbeddedDatabase, type EmbeddedDatabase } from './database'
import { EMBEDDED_DATABASE_URL_VARIABLE } from './databaseConnection'
import { cachedPayloadInstances } from '../upstream/payloadInstances'
import { closePayload } from '../upstream/poolErrors'
import { checkAfterCrash, needsAttention } from './embeddedCrashCheck'
import { loadDotEnv } from './dotenv'
import { createApp } from './http/app'
import { cachedReadsFirst } from './http/cachedReadsFirst'
import { watchDatabaseOutage } from './http/databaseOutage'
import { createDatabaseProbe, type ReadinessState } from './http/health'
import { writeJsonLine, type WriteLog } from './http/requestLog'
import { wantPayloadHandlers } from './payloadHandlersBridge'
import { createResponseCache } from './responseCache'
import { readSettings, SettingsError, type Settings } from './settings'
import { LOCAL_URL_VARIABLE } from './settings/site'

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..')

export type RunningCms = {
  /** Where the server listens, for this machine: http://127.0.0.1:<port>. */
  localUrl: string
  port: number
  /** Stops accepting, lets in-flight requests finish (up to the timeout), closes everything. */
  shutdown: (reason: string) => Promise<void>
}

export type StartOptions = {
  settings: Settings
  dev: boolean
  log?: WriteLog
}

export async function startCms({
  settings,
  dev,
  log = writeJsonLine,
}: StartOptions): Promise<RunningCms> {
  let embedded: EmbeddedDatabase | undefined
  if (!settings.databaseUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: settings.embeddedDataDir })
    // payload.config.ts, inside Next's bundle, finds the socket through this variable.
    process.env[EMBEDDED_DATABASE_URL_VARIABLE] = embedded.url
    log({ level: 'info', msg: 'embedded database started', dataDir: embedded.dataDir })
    if (embedded.previousHolderDied) await checkEmbeddedAfterCrash(embedded.url, log)
  } else {
    log({
      level: 'info',
      msg: 'using PostgreSQL',
      databaseUrl: redactDatabaseUrl(settings.databaseUrl),
    })
  }
  const databaseUrl = settings.databaseUrl ?? (embedded as EmbeddedDatabase).url

  // Payload hands its API handlers to the express app once it has started (payloadWithoutNext.ts).
  wantPayloadHandlers()
  const nextApp = next({ dev, dir: PROJECT_ROOT, turbopack: dev })
  await nextApp.prepare()
  const handleWithNext = nextApp.getRequestHandler()

  const readiness: ReadinessState = { started: false, shuttingDown: false }
  const databaseProbe = createDatabaseProbe(databaseUrl)
  const databaseOutage = watchDatabaseOutage(databaseProbe, {
    onDown: (cause) =>
      log({ level: 'error', msg: 'database unreachable: refusing requests with 503', cause }),
    onUp: (downForMs) => log({ level: 'info', msg: 'database reachable again', downForMs }),
  })
  // Other instances' changes reach this one over the database they share (src/changeFeed).
  const feed = settings.changeFeed
  const transport =
    feed.transport === 'postgres'
      ? postgresTransport(databaseUrl)
      : feed.transport === 'redis'
        ? redisTransport(feed.redisUrl)
        : undefined
  const relay: Relay | undefined = transport
    ? startRelay(transport, { instanceId: instanceId(), log })
    : undefined
  const cdnPurge = startCdnPurge(settings.cdnPurge, log)
  const responseCache = settings.responseCache.enabled
    ? createResponseCache(settings.responseCache, relay?.status ?? ALWAYS_HEARD)
    : undefined
  if (settings.skipLayers.size > 0) {
    log({
      level: 'warn',
      msg: 'BENCH_SKIP_LAYERS: layers left out for a benchmark A/B; never use this in production',
      layers: [...settings.skipLayers],
    })
  }
  const app = createApp({
    production: settings.production,
    trustProxy: settings.trustProxy,
    allowedOrigins: settings.allowedOrigins,
    serverUrl: settings.serverUrl,
    readiness,
    databaseProbe,
    databaseOutage: databaseOutage.middleware,
    log,
    graphQLLimits: settings.graphQL,
    responseCache: responseCache?.middleware,
    skipLayers: settings.skipLayers,
    nextHandler: (req, res) => void handleWithNext(req, res),
  })

  // Cache hits are answered before express; everything else goes through it.
  const answerCachedRead = responseCache
    ? cachedReadsFirst({
        answerFor: responseCache.answerFor,
        sendHit: responseCache.sendHit,
        production: settings.production,
        trustProxy: app.get('trust proxy fn'),
        log,
      })
    : undefined
  const server: Server = createServer((req, res) => {
    if (!answerCachedRead?.(req, res)) app(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  // WebSocket upgrades belong to Next: in development its hot-reload channel, which Payload's admin
  // also listens on to pick up config changes. Upgraded sockets leave the HTTP server's bookkeeping,
  // so they are tracked here to be closed on shutdown (clients simply reconnect to the next server).
  const upgradedSockets = new Set<Duplex>()
  if (dev) {
    const handleUpgrade = nextApp.getUpgradeHandler()
    server.on('upgrade', (req, socket, head) => {
      upgradedSockets.add(socket)
      socket.on('close', () => upgradedSockets.delete(socket))
      void handleUpgrade(req, socket, head)
    })
  }
  const { port } = server.address() as AddressInfo
  const localUrl = `http://127.0.0.1:${port}`
  // The reader site, inside Next, reads the CMS over HTTP like any front end: here, over loopback.
  process.env[LOCAL_URL_VARIABLE] = localUrl

  let shuttingDown: Promise<void> | undefined
  const shutdown = (reason: string) => {
    shuttingDown ??= (async () => {
      log({ level: 'info', msg: 'shutting down', reason })
      readiness.shuttingDown = true
      for (const socket of upgradedSockets) socket.destroy()
      await closeHttpServer(server, settings.shutdownTimeoutMs, log)
      responseCache?.close()
      await relay?.close()
      await cdnPurge?.close()
      databaseOutage.close()
      await destroyPayload()
      await nextApp.close()
      await databaseProbe.close()
      await embedded?.close()
      log({ level: 'info', msg: 'stopped' })
    })()
    return shuttingDown
  }

  // Payload initialises on its first request (inside Next): make that happen now, so migrations run,
  // the first admin is created (and its password printed) and readiness reflects a usable CMS.
  await warmUp(localUrl)
  if (relay && !(await relay.ready())) {
    log({ level: 'warn', msg: 'change feed not listening yet: answers are not cached until it is' })
  }
  readiness.started = true
  log({
    level: 'info',
    msg: 'ready',
    port,
    url: `http://localhost:${port}`,
    admin: `http://localhost:${port}/admin`,
    dev,
    // What an operator checks the heap tuning by (scripts/lib/serverEntry.ts: SERVER_NODE_FLAGS).
    nodeFlags: process.execArgv,
  })

  return { localUrl, port, shutdown }
}

/** Names this process among the instances sharing a database (its own notifications are skipped). */
function instanceId(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
}

/** The previous process died with the embedded database open: repair and report (embeddedCrashCheck). */
async function checkEmbeddedAfterCrash(url: string, log: WriteLog) {
  const report = await checkAfterCrash(url)
  if (!report) return
  const attention = needsAttention(report)
  log({
    level: attention ? 'error' : 'warn',
    msg: attention
      ? 'the previous process stopped without closing the embedded database: some documents were left half-written — open them in the admin to complete or delete them'
      : 'the previous process stopped without closing the embedded database: its content was checked',
    ...report,
  })
}

async function warmUp(localUrl: string): Promise<void> {
  const response = await fetch(`${localUrl}/api/users/me`, {
    headers: { 'x-request-id': 'startup-warm-up' },
  })
  if (!response.ok) {
    throw new Error(
      `The CMS failed to start: GET /api/users/me answered ${response.status}. See the log above.`,
    )
  }
}

/** Stops accepting connections, waits for in-flight requests, and cuts what is left after the timeout. */
function closeHttpServer(server: Server, timeoutMs: number, log: WriteLog): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      log({ level: 'warn', msg: 'shutdown timeout: closing remaining connections', timeoutMs })
      server.closeAllConnections()
    }, timeoutMs)
    timer.unref()
    server.close(() => {
      clearTimeout(timer)
      resolve()
    })
    server.closeIdleConnections()
  })
}

/** Destroying Payload stops its crons and closes its database pool before the database goes away. */
async function destroyPayload(): Promise<void> {
  for (const payload of cachedPayloadInstances()) await closePayload(payload)
}

async function main() {
  loadDotEnv()
  let settings: Settings
  try {
    settings = readSettings()
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\n`)
      writeJsonLine({ level: 'error', msg: 'refusing to start', problems: error.problems })
      process.exit(1)
    }
    throw error
  }

  let cms: RunningCms
  try {
    cms = await startCms({ settings, dev: !settings.production })
  } catch (error) {
    writeJsonLine({ level: 'error', msg: 'failed to start', error: (error as Error).message })
    process.exit(1)
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      cms.shutdown(signal).then(
        () => process.exit(0),
        (error: Error) => {
          writeJsonLine({ level: 'error', msg: 'shutdown failed', error: error.message })
          process.exit(1)
        },
      )
    })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main()
}

export { main }
