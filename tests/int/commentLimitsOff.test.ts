/**
 * Flood control and the hourly limit both off (COMMENTS_FLOOD_SECONDS=0, COMMENTS_MAX_PER_HOUR=0):
 * a server-side front end submitting for its readers from one address is not throttled, and with
 * nothing to count no lock is taken — the submission is the comment's own write and nothing more.
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
  process.env.COMMENTS_MAX_PER_HOUR = '0'
  instances = await startTwoInstances('Limits off')
  ;({ harness, second, articleId } = instances)
})

afterAll(async () => {
  await instances?.close()
})

describe('with flood control and the hourly limit off', () => {
  it('accepts every one of 30 simultaneous submissions from one address, over two instances', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        submitThrough(
          n % 2 === 0 ? harness.payload : second,
          {
            targetId: articleId,
            authorName: `Front end ${n}`,
            authorEmail: `reader${n}@example.com`,
            body: `Submitted for reader ${n}`,
          },
          '203.0.113.80',
        ),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(201))
    expect((await harness.payload.count({ collection: 'comments' })).totalDocs).toBe(30)
    const locks = await harness.payload.db.count({ collection: 'comments-submission-locks' })
    expect(locks.totalDocs).toBe(0)
  })
})
