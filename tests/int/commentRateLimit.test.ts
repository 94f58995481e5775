/**
 * The hourly per-client limit is counted in the database, so it holds when several CMS instances
 * share one database: here two Payload instances, each with its own route handlers.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTwoInstances, submitThrough, type TwoInstances } from '../helpers/commentEndpoint'
import type { PayloadHarness } from '../helpers/payloadHarness'

let harness: PayloadHarness
let second: Payload
let articleId: number
let instances: TwoInstances | undefined

beforeAll(async () => {
  process.env.COMMENTS_FLOOD_SECONDS = '0'
  process.env.COMMENTS_MAX_PER_HOUR = '3'
  instances = await startTwoInstances('Rate limited')
  ;({ harness, second, articleId } = instances)
})

afterAll(async () => {
  await instances?.close()
})

const submitTo = (payload: Payload, n: number, address = '192.0.2.10') =>
  submitThrough(
    payload,
    {
      targetId: articleId,
      authorName: `Reader ${n}`,
      authorEmail: `reader${n}@example.com`,
      body: `Comment number ${n}`,
    },
    address,
  )

describe('hourly rate limit', () => {
  it('holds across two instances sharing a database, per client address', async () => {
    expect((await submitTo(harness.payload, 1)).status).toBe(201)
    expect((await submitTo(second, 2)).status).toBe(201)
    expect((await submitTo(harness.payload, 3)).status).toBe(201)

    const refused = await submitTo(second, 4)
    expect(refused.status).toBe(429)
    const body = await refused.json()
    expect(body).toMatchObject({
      ok: false,
      code: 'rate_limited',
      message: expect.stringMatching(/At most 3 comments an hour/),
    })
    // The oldest of the three ages out of the hour first: a little under an hour from now.
    expect(body.retryAfterSeconds).toBeGreaterThan(3500)
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(3600)
    expect(refused.headers.get('retry-after')).toBe(String(body.retryAfterSeconds))

    // Another client is not affected.
    expect((await submitTo(second, 5, '192.0.2.99')).status).toBe(201)
    expect((await harness.payload.count({ collection: 'comments' })).totalDocs).toBe(4)
  })

  it('holds under 20 simultaneous submissions from one address, spread over both instances', async () => {
    const address = '198.51.100.7'
    const countFrom = async () =>
      (
        await harness.payload.count({
          collection: 'comments',
          where: { authorName: { like: 'Simultaneous' } },
        })
      ).totalDocs
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        submitThrough(
          n % 2 === 0 ? harness.payload : second,
          {
            targetId: articleId,
            authorName: `Simultaneous ${n}`,
            authorEmail: `simultaneous${n}@example.com`,
            body: `Simultaneous comment ${n}`,
          },
          address,
        ),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(3)
    expect(statuses.filter((status) => status === 429)).toHaveLength(17)
    expect(await countFrom()).toBe(3)
  })
})
