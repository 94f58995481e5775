/**
 * The optional WordPress-style rules, switched on through the environment as an operator would:
 * comments close N days after publication, and a known author's next clean comment is approved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician } from '../helpers/contentFixtures'
import { startPayload, type PayloadHarness } from '../helpers/payloadHarness'
import { createRouteClient, type RouteClient } from '../helpers/routeClient'

let harness: PayloadHarness
let api: RouteClient
let fresh: { id: number }
let old: { id: number }
let reader = 0

beforeAll(async () => {
  process.env.COMMENTS_CLOSE_AFTER_DAYS = '30'
  process.env.COMMENTS_AUTO_APPROVE_KNOWN_AUTHORS = 'true'
  process.env.COMMENTS_FLOOD_SECONDS = '0'
  harness = await startPayload()
  api = createRouteClient(harness.config)
  const authorId = (await createClinician(harness.payload)).id
  const publish = (title: string, publishedAt: string) =>
    harness.payload.create({
      collection: 'articles',
      data: { ...articleData(title, authorId), _status: 'published', publishedAt },
    })
  fresh = await publish('Published last week', new Date(Date.now() - 7 * 86_400_000).toISOString())
  old = await publish('Published last year', new Date(Date.now() - 365 * 86_400_000).toISOString())
})

afterAll(async () => {
  await harness?.close()
})

const submit = (articleId: number, email: string, body = 'A thoughtful comment.') =>
  api.request('POST', '/comments/submit', {
    body: { targetId: articleId, authorName: 'Jamie', authorEmail: email, body },
    headers: { 'x-invited-client-address': `198.51.100.${++reader}` },
  })

describe('closing comments after N days', () => {
  it('accepts comments on a recent article and refuses them on an old one', async () => {
    expect((await submit(fresh.id, 'a@example.com')).status).toBe(201)
    const refused = await submit(old.id, 'b@example.com')
    expect(refused.status).toBe(409)
    expect(JSON.stringify(await refused.json())).toContain(
      'Comments close 30 days after publication',
    )
  })
})

describe('approving known authors', () => {
  it('approves the next clean comment of an author with an approved comment, but not a flagged one', async () => {
    const first = await (await submit(fresh.id, 'known@example.com')).json()
    expect(first.status).toBe('pending')
    await harness.payload.update({
      collection: 'comments',
      id: first.id,
      data: { status: 'approved' },
    })

    const second = await (
      await submit(fresh.id, 'known@example.com', 'Another thoughtful comment.')
    ).json()
    expect(second).toMatchObject({
      status: 'approved',
      message: expect.stringMatching(/published/),
    })

    const flagged = await (
      await submit(fresh.id, 'known@example.com', 'I was diagnosed with depression in May.')
    ).json()
    expect(flagged.status).toBe('pending')
  })
})
