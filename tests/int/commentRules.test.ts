/**
 * The optional WordPress-style rules, switched on through the environment as an operator would:
 * comments close N days after publication, and a known author's next clean comment is approved.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(() =>
  startPayload({
    env: {
      COMMENTS_CLOSE_AFTER_DAYS: '30',
      COMMENTS_AUTO_APPROVE_KNOWN_AUTHORS: 'true',
      COMMENTS_FLOOD_SECONDS: '0',
    },
  }),
)

let fresh: { id: number }
let old: { id: number }
let reader = 0

beforeAll(async () => {
  const authorId = (await createClinician(app.payload)).id
  const publish = (title: string, publishedAt: string) =>
    app.payload.create({
      collection: 'articles',
      data: { ...articleData(title, authorId), _status: 'published', publishedAt },
    })
  fresh = await publish('Published last week', new Date(Date.now() - 7 * 86_400_000).toISOString())
  old = await publish('Published last year', new Date(Date.now() - 365 * 86_400_000).toISOString())
})

const submit = (articleId: number, email: string, body = 'A thoughtful comment.') =>
  app.api.request('POST', '/comments/submit', {
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
    await app.payload.update({
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
