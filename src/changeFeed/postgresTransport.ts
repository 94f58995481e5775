/**
 * The change feed's channel over PostgreSQL LISTEN/NOTIFY, on the database every instance already
 * shares. A listening connection that dies without an error (a network cut) is found by a ping.
 */
import pg from 'pg'

import { keepPinging, type Transport } from './relay'

export const CHANNEL = 'invited_content_changes'

export function postgresTransport(connectionString: string): Transport {
  const sender = new pg.Pool({ connectionString, max: 2, application_name: 'invited-cms feed' })
  sender.on('error', () => {}) // an idle connection's failure; the next send reports it
  return {
    name: 'postgres',
    // PostgreSQL refuses NOTIFY payloads from 8000 bytes.
    maxPayloadBytes: 7900,
    listen: async (onMessage, lost) => {
      const client = new pg.Client({
        connectionString,
        application_name: `invited-cms feed listener ${process.pid}`,
        keepAlive: true,
      })
      const timer: { ping?: NodeJS.Timeout } = {}
      let over = false
      const end = (cause: string) => {
        if (over) return
        over = true
        clearInterval(timer.ping)
        lost(cause)
      }
      client.on('error', (error) => end(error.message))
      client.on('end', () => end('connection ended'))
      client.on('notification', (message) => {
        if (message.channel === CHANNEL && message.payload) onMessage(message.payload)
      })
      try {
        await client.connect()
        await client.query(`LISTEN ${CHANNEL}`)
      } catch (error) {
        over = true
        await client.end().catch(() => {})
        throw error
      }
      timer.ping = keepPinging(() => client.query('SELECT 1'), end)
      return {
        close: async () => {
          over = true
          clearInterval(timer.ping)
          client.removeAllListeners('notification')
          client.on('error', () => {})
          await client.end().catch(() => {})
        },
      }
    },
    send: async (payload) => {
      await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, payload])
    },
    close: () => sender.end(),
  }
}
