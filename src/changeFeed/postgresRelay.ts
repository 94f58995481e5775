/**
 * The change feed across instances over PostgreSQL's LISTEN/NOTIFY: no service beyond the database
 * every instance already uses. Each instance LISTENs on one channel; a change committed here is sent
 * with NOTIFY and re-published by every other instance into its own local feed (localFeed.ts), where
 * its response cache and other consumers hear it as if it had been made there.
 *
 * While the listening connection is down (a restart of PostgreSQL, a network cut, a killed backend)
 * this instance may miss changes: its status says so (the response cache then forgets everything and
 * stops caching) until it listens again, retrying every second or so. A connection that dies without
 * an error is found by a ping every few seconds.
 */
import pg from 'pg'

import type { WriteLog } from '../http/requestLog'
import type { ContentChange } from './change'
import { contentChanges } from './localFeed'
import { createFeedStatus, type ChangeFeedStatus } from './status'
import { encodeForWire, decodeFromWire } from './wire'

export const CHANNEL = 'invited_content_changes'
/** PostgreSQL refuses NOTIFY payloads from 8000 bytes. */
const MAX_PAYLOAD_BYTES = 7900
const PING_EVERY_MS = 3000
const PING_TIMEOUT_MS = 2000
const RECONNECT_AFTER_MS = [100, 500, 1000, 2000]

export type Relay = {
  status: ChangeFeedStatus
  /** Waits for the first LISTEN (or the timeout), for start-up ordering and tests. */
  ready: (timeoutMs?: number) => Promise<boolean>
  close: () => Promise<void>
}

export type PostgresRelayOptions = {
  connectionString: string
  /** Distinguishes this instance's own notifications, which it already acted on. */
  instanceId: string
  log: WriteLog
}

export function startPostgresRelay({
  connectionString,
  instanceId,
  log,
}: PostgresRelayOptions): Relay {
  const status = createFeedStatus(false)
  const sender = new pg.Pool({ connectionString, max: 2, application_name: 'invited-cms feed' })
  sender.on('error', () => {}) // an idle client's failure; the next query reports it
  let listener: pg.Client | undefined
  let closed = false
  let attempt = 0
  let ping: NodeJS.Timeout | undefined
  let retry: NodeJS.Timeout | undefined

  function lost(client: pg.Client, cause: string) {
    if (listener !== client) return
    listener = undefined
    clearInterval(ping)
    client.removeAllListeners('notification')
    client.on('error', () => {})
    void client.end().catch(() => {})
    if (status.heard)
      log({ level: 'warn', msg: 'change feed lost: not caching until it is back', cause })
    status.set(false)
    if (!closed) {
      const delay = RECONNECT_AFTER_MS[Math.min(attempt, RECONNECT_AFTER_MS.length - 1)]
      attempt += 1
      retry = setTimeout(() => void listen(), delay)
      retry.unref()
    }
  }

  async function listen() {
    if (closed) return
    const client = new pg.Client({
      connectionString,
      application_name: `invited-cms feed listener ${process.pid}`,
      keepAlive: true,
    })
    listener = client
    client.on('error', (error) => lost(client, error.message))
    client.on('end', () => lost(client, 'connection ended'))
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return
      const change = decodeFromWire(message.payload)
      if (!change || change.origin === instanceId) return
      contentChanges().publish(change)
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
    } catch (error) {
      lost(client, (error as Error).message)
      return
    }
    if (listener !== client) return
    attempt = 0
    ping = setInterval(() => {
      const timeout = setTimeout(() => lost(client, 'ping timed out'), PING_TIMEOUT_MS)
      client.query('SELECT 1').then(
        () => clearTimeout(timeout),
        (error: Error) => {
          clearTimeout(timeout)
          lost(client, error.message)
        },
      )
    }, PING_EVERY_MS)
    ping.unref()
    log({ level: 'info', msg: 'change feed listening', channel: CHANNEL })
    status.set(true)
  }

  async function send(change: ContentChange) {
    const payload = encodeForWire({ ...change, origin: instanceId }, MAX_PAYLOAD_BYTES)
    for (let tries = 1; ; tries++) {
      try {
        await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, payload])
        return
      } catch (error) {
        if (tries >= 3 || closed) {
          log({
            level: 'error',
            msg: 'change feed: a change could not be sent to other instances',
            collection: change.collection ?? change.global,
            id: change.id,
            error: (error as Error).message,
          })
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * tries))
      }
    }
  }

  // Only changes made here are sent: those from other instances carry their origin.
  const unsubscribe = contentChanges().subscribe((change) => {
    if (change.origin === undefined) void send(change)
  })
  void listen()

  return {
    status,
    ready: (timeoutMs = 10_000) =>
      new Promise((resolve) => {
        if (status.heard) return resolve(true)
        const timer = setTimeout(() => {
          stop()
          resolve(false)
        }, timeoutMs)
        const stop = status.onChange((heard) => {
          if (!heard) return
          clearTimeout(timer)
          stop()
          resolve(true)
        })
      }),
    close: async () => {
      closed = true
      unsubscribe()
      clearTimeout(retry)
      clearInterval(ping)
      const client = listener
      listener = undefined
      status.set(false)
      await client?.end().catch(() => {})
      await sender.end().catch(() => {})
    },
  }
}
