/**
 * What is kept about commenters: the client hash and user agent are cleared by the daily retention
 * job once a comment is older than COMMENTS_RETENTION_DAYS; an admin can export, and erase, everything
 * stored about one email address — nobody else can, and a bad request changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import {
  ERASED_BODY,
  ERASED_EMAIL,
  ERASED_NAME,
} from '../../plugins/moderatedComments/privacy/personalData'
import { PRUNE_COMMENTER_DATA_TASK } from '../../plugins/moderatedComments/privacy/retention'
import { articleData, createClinician } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(() => startPayload({ env: { COMMENTS_RETENTION_DAYS: '30' } }), {
  admin: true,
})

let moderatorToken: string
let articleId: number

const DAY = 86_400_000

beforeAll(async () => {
  await app.payload.create({
    collection: 'users',
    data: { email: 'mod@example.com', password: 'moderator-passphrase', roles: ['moderator'] },
  })
  moderatorToken = await app.api.login('mod@example.com', 'moderator-passphrase')
  const author = await createClinician(app.payload)
  articleId = (
    await app.payload.create({
      collection: 'articles',
      data: { ...articleData('Private matters', author.id), _status: 'published' },
    })
  ).id
})

async function comment(email: string, body: string, daysAgo = 0) {
  const createdAt = new Date(Date.now() - daysAgo * DAY).toISOString()
  return app.payload.create({
    collection: 'comments',
    data: {
      target: { relationTo: 'articles', value: articleId },
      depth: 0,
      authorName: `Writer of ${body}`,
      authorEmail: email,
      body,
      status: 'approved',
      targetPublished: true,
      ipHash: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
      userAgent: 'Mozilla/5.0 (Private Browser)',
      moderationNote: 'Knows the practice.',
      createdAt,
    },
  })
}

describe('retention', () => {
  it('clears the client hash and user agent of comments older than the retention, only', async () => {
    const old = await comment('old@example.com', 'From long ago', 31)
    const recent = await comment('recent@example.com', 'From this week', 5)

    await app.payload.jobs.queue({ task: PRUNE_COMMENTER_DATA_TASK, input: {} })
    await app.payload.jobs.run()

    const oldNow = await app.payload.findByID({ collection: 'comments', id: old.id })
    expect(oldNow.ipHash ?? null).toBeNull()
    expect(oldNow.userAgent ?? null).toBeNull()
    // The comment itself stays.
    expect(oldNow.body).toBe('From long ago')
    expect(oldNow.authorEmail).toBe('old@example.com')

    const recentNow = await app.payload.findByID({ collection: 'comments', id: recent.id })
    expect(recentNow.ipHash).toBe('a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6')
    expect(recentNow.userAgent).toBe('Mozilla/5.0 (Private Browser)')
  })

  it('is scheduled daily on the jobs queue', () => {
    const task = app.payload.config.jobs.tasks?.find((t) => t.slug === PRUNE_COMMENTER_DATA_TASK)
    expect(task?.schedule).toEqual([{ cron: '0 15 0 * * *', queue: 'default' }])
    expect(task?.label).toMatch(/after 30 days/)
  })
})

describe('personal data of one commenter', () => {
  it('is exported for an admin: every comment with its private fields, as a download', async () => {
    await comment('Subject@Example.com'.toLowerCase(), 'First words')
    await comment('subject@example.com', 'Second words')
    await comment('someone.else@example.com', 'Not theirs')

    const response = await app.api.request(
      'GET',
      '/comments/personal-data?email=Subject@Example.com',
      {
        token: app.adminToken,
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=/)
    const data = await response.json()
    expect(data.email).toBe('subject@example.com')
    expect(data.totalComments).toBe(2)
    expect(data.comments.map((c: { body: string }) => c.body)).toEqual([
      'First words',
      'Second words',
    ])
    expect(data.comments[0]).toMatchObject({
      authorEmail: 'subject@example.com',
      ipHash: expect.any(String),
      userAgent: 'Mozilla/5.0 (Private Browser)',
    })
  })

  it('is refused to moderators and anonymous visitors, and to a request without an address', async () => {
    for (const token of [moderatorToken, undefined]) {
      const exported = await app.api.request(
        'GET',
        '/comments/personal-data?email=subject@example.com',
        {
          token,
        },
      )
      expect(exported.status).toBe(403)
      const erased = await app.api.request('POST', '/comments/personal-data/erase', {
        token,
        body: { email: 'subject@example.com' },
      })
      expect(erased.status).toBe(403)
    }
    for (const body of [{}, { email: 'not an address' }, { email: ['subject@example.com'] }]) {
      const erased = await app.api.request('POST', '/comments/personal-data/erase', {
        token: app.adminToken,
        body,
      })
      expect(erased.status).toBe(400)
    }
    const still = await app.payload.count({
      collection: 'comments',
      where: { authorEmail: { equals: 'subject@example.com' } },
    })
    expect(still.totalDocs).toBe(2)
  })

  it('is erased for an admin: nothing of the person left, the thread kept, others untouched', async () => {
    const response = await app.api.request('POST', '/comments/personal-data/erase', {
      token: app.adminToken,
      body: { email: 'SUBJECT@example.com' },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ erasedComments: 2 })

    const { docs } = await app.payload.find({
      collection: 'comments',
      where: { authorName: { equals: ERASED_NAME } },
    })
    expect(docs).toHaveLength(2)
    for (const erased of docs) {
      expect(erased).toMatchObject({ authorEmail: ERASED_EMAIL, body: ERASED_BODY })
      expect(erased.ipHash ?? null).toBeNull()
      expect(erased.userAgent ?? null).toBeNull()
      expect(erased.moderationNote ?? null).toBeNull()
    }
    const again = await app.api.request(
      'GET',
      '/comments/personal-data?email=subject@example.com',
      {
        token: app.adminToken,
      },
    )
    expect((await again.json()).totalComments).toBe(0)
    const other = await app.payload.find({
      collection: 'comments',
      where: { authorEmail: { equals: 'someone.else@example.com' } },
    })
    expect(other.docs[0].body).toBe('Not theirs')
  })
})
