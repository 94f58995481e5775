/**
 * An hourly limit set high (COMMENTS_MAX_PER_HOUR=400: more comments than the limit check reads in
 * one go) is counted rather than read, and still holds exactly — with the right Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTwoInstances, submitThrough, type TwoInstances } from '../helpers/commentEndpoint'

let instances: TwoInstances | undefined
const LIMIT = 400
const ADDRESS = '198.51.100.40'

beforeAll(async () => {
  process.env.COMMENTS_FLOOD_SECONDS = '0'
  process.env.COMMENTS_MAX_PER_HOUR = String(LIMIT)
  instances = await startTwoInstances('Busy front end')
})

afterAll(async () => {
  await instances?.close()
})

describe('a high hourly limit', () => {
  it('refuses the comment past the limit, counting rather than reading every comment', async () => {
    const { harness, articleId } = instances!
    const submit = (n: number) =>
      submitThrough(
        harness.payload,
        {
          targetId: articleId,
          authorName: `Reader ${n}`,
          authorEmail: `busy${n}@example.com`,
          body: `Comment ${n} from a busy front end`,
        },
        ADDRESS,
      )
    const first = await submit(0)
    expect(first.status).toBe(201)
    // The rest of the hour's quota, stored as the submissions would have stored them.
    const { docs } = await harness.payload.find({
      collection: 'comments',
      where: { id: { equals: (await first.json()).id } },
      select: { ipHash: true },
    })
    for (let n = 1; n < LIMIT; n += 1)
      await harness.payload.db.create({
        collection: 'comments',
        data: {
          authorName: `Reader ${n}`,
          body: 'Earlier comment',
          status: 'pending',
          ipHash: docs[0].ipHash,
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        },
      })
    const refused = await submit(LIMIT)
    expect(refused.status).toBe(429)
    const body = await refused.json()
    expect(body.message).toMatch(/At most 400 comments an hour/)
    expect(body.retryAfterSeconds).toBeGreaterThan(3500)
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(3600)
    // Another address is not affected.
    expect(
      (
        await submitThrough(
          harness.payload,
          {
            targetId: articleId,
            authorName: 'Other',
            authorEmail: 'other@example.com',
            body: 'From elsewhere',
          },
          '198.51.100.41',
        )
      ).status,
    ).toBe(201)
  })
})
