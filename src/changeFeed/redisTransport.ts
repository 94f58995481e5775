/**
 * The change feed's channel over Redis pub/sub (REDIS_URL), for deployments that already run Redis
 * and would rather keep LISTEN connections off PostgreSQL. The listening connection does not
 * reconnect by itself: losing it is reported, so the relay stops caching until it listens again
 * (a subscriber that reconnects silently would have missed what was published meanwhile).
 */
import { Redis } from 'ioredis'

import { keepPinging, type Transport } from './relay'

export const CHANNEL = 'invited-cms:content-changes'

export function redisTransport(url: string): Transport {
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
  publisher.on('error', () => {}) // reported by the send that fails
  return {
    name: 'redis',
    maxPayloadBytes: 64 * 1024,
    listen: async (onMessage, lost) => {
      const subscriber = new Redis(url, {
        lazyConnect: true,
        retryStrategy: () => null, // the relay reconnects, knowing what it may have missed
        maxRetriesPerRequest: 0,
        // Redis names may not contain spaces.
        connectionName: `invited-cms-feed-listener-${process.pid}`,
      })
      const timer: { ping?: NodeJS.Timeout } = {}
      let over = false
      const end = (cause: string) => {
        if (over) return
        over = true
        clearInterval(timer.ping)
        lost(cause)
      }
      subscriber.on('error', (error: Error) => end(error.message))
      subscriber.on('end', () => end('connection ended'))
      subscriber.on('message', (channel: string, message: string) => {
        if (channel === CHANNEL) onMessage(message)
      })
      try {
        await subscriber.connect()
        await subscriber.subscribe(CHANNEL)
      } catch (error) {
        over = true
        subscriber.disconnect()
        throw error
      }
      timer.ping = keepPinging(() => subscriber.ping(), end)
      return {
        close: async () => {
          over = true
          clearInterval(timer.ping)
          subscriber.removeAllListeners('message')
          subscriber.disconnect()
        },
      }
    },
    send: async (payload) => {
      if (publisher.status === 'wait') await publisher.connect()
      await publisher.publish(CHANNEL, payload)
    },
    close: async () => {
      publisher.disconnect()
    },
  }
}
