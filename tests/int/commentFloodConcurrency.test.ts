/**
 * Flood control under concurrency: simultaneous submissions from one client — the same address, or
 * the same email address from many addresses — spread over two Payload instances sharing one
 * database. Exactly one is stored; the others are told to wait. A lock left by a process that died
 * while submitting does not block the client for good.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  clientKeysOf,
  submissionLocksSlug,
} from '../../plugins/moderatedComments/submission/clientLock'
import { startTwoInstances, submitThrough, type TwoInstances } from '../helpers/commentEndpoint'
import type { PayloadHarness } from '../helpers/payloadHarness'

let harness: PayloadHarness
let second: Payload
let articleId: number
let instances: TwoInstances | undefined
/** Where the comments plugin keeps its submission locks. */
const locks = 'comments-submission-locks'

beforeAll(async () => {
  process.env.COMMENTS_FLOOD_SECONDS = '60'
  process.env.COMMENTS_MAX_PER_HOUR = '100'
  instances = await startTwoInstances('Flooded')
  ;({ harness, second, articleId } = instances)
})

afterAll(async () => {
  await instances?.close()
})

/** A lock on this client as another submission (or a process that died) holds it, `ageMs` old. */
function plantLock(address: string, email: string, ageMs: number) {
  const takenAt = new Date(Date.now() - ageMs).toISOString()
  return harness.payload.db.create({
    collection: locks,
    data: {
      ...clientKeysOf(harness.payload.secret, address, email),
      createdAt: takenAt,
      updatedAt: takenAt,
    },
  })
}

const stored = async (authorName: string) =>
  (
    await harness.payload.count({
      collection: 'comments',
      where: { authorName: { equals: authorName } },
    })
  ).totalDocs

/** 20 submissions at once, alternating between the two instances. */
function twentyAtOnce(submission: (n: number) => { email: string; address: string; name: string }) {
  return Promise.all(
    Array.from({ length: 20 }, (_, n) => {
      const { email, address, name } = submission(n)
      return submitThrough(
        n % 2 === 0 ? harness.payload : second,
        { targetId: articleId, authorName: name, authorEmail: email, body: `Comment ${n}` },
        address,
      )
    }),
  )
}

async function expectExactlyOneAccepted(answers: Response[]) {
  const statuses = answers.map((answer) => answer.status)
  expect(statuses.filter((status) => status === 201)).toHaveLength(1)
  expect(statuses.filter((status) => status === 429)).toHaveLength(19)
  for (const answer of answers.filter((a) => a.status === 429)) {
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await answer.json()).code).toBe('rate_limited')
  }
}

describe('flood control under concurrency', () => {
  it('keeps its locks in the collection named after the comments', () => {
    expect(submissionLocksSlug('comments')).toBe(locks)
  })

  it('accepts exactly one of 20 simultaneous submissions from one address', async () => {
    const answers = await twentyAtOnce((n) => ({
      email: `same-address-${n}@example.com`,
      address: '203.0.113.5',
      name: 'Same address',
    }))
    await expectExactlyOneAccepted(answers)
    expect(await stored('Same address')).toBe(1)
  })

  it('accepts exactly one of 20 simultaneous submissions with one email address from many addresses', async () => {
    const answers = await twentyAtOnce((n) => ({
      email: 'one.reader@example.com',
      address: `203.0.113.${100 + n}`,
      name: 'Same email',
    }))
    await expectExactlyOneAccepted(answers)
    expect(await stored('Same email')).toBe(1)
  })

  it('leaves no lock behind, and takes over a lock left by a process that died', async () => {
    expect((await harness.payload.count({ collection: locks })).totalDocs).toBe(0)

    // A lock as a crashed process would leave it: on this client, a minute old.
    const address = '203.0.113.250'
    const email = 'after.crash@example.com'
    await plantLock(address, email, 60_000)
    const answer = await submitThrough(
      second,
      {
        targetId: articleId,
        authorName: 'After a crash',
        authorEmail: email,
        body: 'Hello again.',
      },
      address,
    )
    expect(answer.status).toBe(201)
    expect(await stored('After a crash')).toBe(1)
    expect((await harness.payload.count({ collection: locks })).totalDocs).toBe(0)
  })

  it('tells a client whose lock is held to try again, and stores nothing', async () => {
    const address = '203.0.113.251'
    const email = 'held@example.com'
    const held = await plantLock(address, email, 0)
    const answer = await submitThrough(
      harness.payload,
      { targetId: articleId, authorName: 'Held', authorEmail: email, body: 'Waiting my turn.' },
      address,
    )
    expect(answer.status).toBe(429)
    expect(answer.headers.get('retry-after')).toBe('1')
    expect((await answer.json()).message).toMatch(/being submitted/)
    expect(await stored('Held')).toBe(0)
    await harness.payload.db.deleteOne({ collection: locks, where: { id: { equals: held.id } } })
  })
})
