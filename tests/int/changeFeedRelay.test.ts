/**
 * The change feed's relay between instances, over each transport against the real service: a change
 * another instance sends arrives in this process's feed (its own are not echoed back), and a killed
 * listening connection is noticed, reported as "not heard" (the response cache stops caching), and
 * listened to again. PostgreSQL with the PostgreSQL suite; Redis when one answers on REDIS_URL
 * (default redis://127.0.0.1:6379, which `.ci/run` starts).
 */
import { Redis } from 'ioredis'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'

import type { ContentChange } from '../../src/changeFeed/change'
import { contentChanges } from '../../src/changeFeed/localFeed'
import { postgresTransport } from '../../src/changeFeed/postgresTransport'
import { redisTransport } from '../../src/changeFeed/redisTransport'
import { startRelay, type Relay, type Transport } from '../../src/changeFeed/relay'
import { usingPostgresServer } from '../helpers/testDatabase'

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const postgresUrl = process.env.DATABASE_URL ?? ''

async function redisAnswers(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, retryStrategy: () => null })
  client.on('error', () => {})
  try {
    await client.connect()
    return (await client.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    client.disconnect()
  }
}

const change = (id: number, origin?: string): ContentChange => ({
  collection: 'articles',
  id,
  operation: 'update',
  visibility: 'changed',
  paths: [`/articles/relay-${id}`],
  tags: [`articles:${id}`, 'articles:list'],
  committedAt: Date.now(),
  origin,
})

/** Ends this process's listening connection from outside, as a server restart would. */
const killListener = {
  postgres: async () => {
    const client = new pg.Client({ connectionString: postgresUrl })
    await client.connect()
    const { rowCount } = await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
      [`invited-cms feed listener ${process.pid}`],
    )
    await client.end()
    return rowCount
  },
  redis: async () => {
    const client = new Redis(REDIS_URL)
    const list = (await client.client('LIST')) as string
    const ids = list
      .split('\n')
      .filter((line) => line.includes(`name=invited-cms-feed-listener-${process.pid} `))
      .map((line) => /\bid=(\d+)/.exec(line)?.[1])
    for (const id of ids) await client.client('KILL', 'ID', id!)
    client.disconnect()
    return ids.length
  },
}

const transports: {
  name: 'postgres' | 'redis'
  make: () => Transport
  available: () => Promise<boolean>
}[] = [
  {
    name: 'postgres',
    make: () => postgresTransport(postgresUrl),
    available: async () => usingPostgresServer(),
  },
  { name: 'redis', make: () => redisTransport(REDIS_URL), available: redisAnswers },
]

describe.each(transports)('the relay over $name', ({ name, make, available }) => {
  let relay: Relay | undefined
  let other: Transport | undefined

  afterEach(async () => {
    await relay?.close()
    await other?.close()
  })

  it('brings another instance’s changes into this process, and sends its own', async ({ skip }) => {
    if (!(await available())) skip()
    const heard: ContentChange[] = []
    const unsubscribe = contentChanges().subscribe((c) => heard.push(c))
    relay = startRelay(make(), { instanceId: 'this-instance', log: () => {} })
    expect(await relay.ready()).toBe(true)

    // Another instance listening on the same channel receives what is committed here.
    other = make()
    const theirs: string[] = []
    const listening = await other.listen(
      (payload) => theirs.push(payload),
      () => {},
    )
    contentChanges().publish(change(1))
    await expect.poll(() => theirs.length).toBe(1)
    expect(JSON.parse(theirs[0])).toMatchObject({ id: 1, origin: 'this-instance' })

    // What another instance sends arrives here once, with its origin; our own is not echoed back.
    heard.length = 0
    await other.send(JSON.stringify(change(2, 'another-instance')))
    await expect.poll(() => heard.map((c) => c.id)).toEqual([2])
    expect(heard[0]).toMatchObject({
      origin: 'another-instance',
      tags: ['articles:2', 'articles:list'],
    })
    await listening.close()
    unsubscribe()
  })

  it('reports a lost listening connection and listens again', async ({ skip }) => {
    if (!(await available())) skip()
    const log: Record<string, unknown>[] = []
    relay = startRelay(make(), { instanceId: 'this-instance', log: (line) => log.push(line) })
    expect(await relay.ready()).toBe(true)
    const seen: boolean[] = []
    relay.status.onChange((heard) => seen.push(heard))

    expect(await killListener[name]()).toBe(1)
    await expect.poll(() => seen).toEqual([false, true])
    expect(log.map((line) => line.msg)).toContain('change feed lost: not caching until it is back')
    expect(relay.status.heard).toBe(true)

    // And it hears again what others send.
    other = make()
    const heard: ContentChange[] = []
    const unsubscribe = contentChanges().subscribe((c) => heard.push(c))
    await other.send(JSON.stringify(change(3, 'another-instance')))
    await expect.poll(() => heard.map((c) => c.id)).toEqual([3])
    unsubscribe()
  })
})
