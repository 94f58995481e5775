/**
 * The change feed across instances: each change committed here is sent on a shared channel, and each
 * change another instance sent is re-published into this process's local feed (localFeed.ts), where
 * the response cache and the other consumers hear it as if it had been made here. The channel is a
 * Transport: PostgreSQL's LISTEN/NOTIFY (postgresTransport.ts, no service beyond the database) or
 * Redis pub/sub (redisTransport.ts, with REDIS_URL).
 *
 * While the listening side is down (a restart of the server, a network cut, a killed connection)
 * this instance may miss changes: its status says so — the response cache then forgets everything
 * and stops caching — until it listens again, retrying after 0.1, 0.5, 1, then every 2 s.
 */
import type { WriteLog } from '../http/requestLog'
import type { ContentChange } from './change'
import { contentChanges } from './localFeed'
import { createFeedStatus, type ChangeFeedStatus } from './status'
import { decodeFromWire, encodeForWire } from './wire'

export type Listening = { close: () => Promise<void> }

export type Transport = {
  /** For logs: `postgres`, `redis`. */
  name: string
  /** The largest message the channel carries. */
  maxPayloadBytes: number
  /** Starts listening; resolves once it does. `lost` is called (once) when it stops. */
  listen: (
    onMessage: (payload: string) => void,
    lost: (cause: string) => void,
  ) => Promise<Listening>
  send: (payload: string) => Promise<void>
  /** Closes the sending side. */
  close: () => Promise<void>
}

export type Relay = {
  status: ChangeFeedStatus
  /** Waits for the first time it listens (or the timeout), for start-up ordering and tests. */
  ready: (timeoutMs?: number) => Promise<boolean>
  close: () => Promise<void>
}

const RECONNECT_AFTER_MS = [100, 500, 1000, 2000]
const SEND_TRIES = 3

export function startRelay(
  transport: Transport,
  { instanceId, log }: { instanceId: string; log: WriteLog },
): Relay {
  const status = createFeedStatus(false)
  let listening: Listening | undefined
  let generation = 0
  let attempt = 0
  let closed = false
  let retry: NodeJS.Timeout | undefined

  function lost(ofGeneration: number, cause: string) {
    if (ofGeneration !== generation || closed) return
    generation += 1
    const previous = listening
    listening = undefined
    void previous?.close().catch(() => {})
    if (status.heard) {
      log({
        level: 'warn',
        msg: 'change feed lost: not caching until it is back',
        transport: transport.name,
        cause,
      })
    }
    status.set(false)
    const delay = RECONNECT_AFTER_MS[Math.min(attempt, RECONNECT_AFTER_MS.length - 1)]
    attempt += 1
    retry = setTimeout(() => void listen(), delay)
    retry.unref()
  }

  function received(payload: string) {
    const change = decodeFromWire(payload)
    if (change && change.origin !== instanceId) contentChanges().publish(change)
  }

  async function listen() {
    if (closed) return
    const mine = generation
    try {
      const opened = await transport.listen(received, (cause) => lost(mine, cause))
      if (mine !== generation || closed) {
        await opened.close().catch(() => {})
        return
      }
      listening = opened
    } catch (error) {
      lost(mine, (error as Error).message)
      return
    }
    attempt = 0
    log({ level: 'info', msg: 'change feed listening', transport: transport.name })
    status.set(true)
  }

  async function send(change: ContentChange) {
    const payload = encodeForWire({ ...change, origin: instanceId }, transport.maxPayloadBytes)
    for (let tries = 1; ; tries++) {
      try {
        await transport.send(payload)
        return
      } catch (error) {
        if (tries >= SEND_TRIES || closed) {
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
      status.set(false)
      await listening?.close().catch(() => {})
      await transport.close().catch(() => {})
    },
  }
}

const PING_EVERY_MS = 3000
const PING_TIMEOUT_MS = 2000

/**
 * Pings a listening connection every few seconds: one that died without an error (a network cut)
 * is reported as lost. Returns the timer to clear when the connection closes.
 */
export function keepPinging(ping: () => Promise<unknown>, lost: (cause: string) => void) {
  const timer = setInterval(() => {
    const timeout = setTimeout(() => lost('ping timed out'), PING_TIMEOUT_MS)
    ping().then(
      () => clearTimeout(timeout),
      (error: Error) => {
        clearTimeout(timeout)
        lost(error.message)
      },
    )
  }, PING_EVERY_MS)
  timer.unref()
  return timer
}
