/**
 * Moderator digests (COMMENTS_DIGEST=hourly): new pending comments are summed up in one mail per run
 * of the digest task on the jobs queue, with absolute links, instead of one mail each; crisis
 * language is still mailed at once. A comment is named in exactly one digest — none skipped, none
 * repeated — and a run with nothing new sends nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { COMMENT_DIGEST_TASK } from '../../plugins/moderatedComments/notifications/digest'
import { capturedEmails } from '../../src/email'
import { articleData, createClinician } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(() =>
  startPayload({
    env: { COMMENTS_DIGEST: 'hourly', SERVER_URL, COMMENTS_FLOOD_SECONDS: '0' },
  }),
)

const SERVER_URL = 'https://cms.practice.example'

let articleId: number
let reader = 0

beforeAll(async () => {
  const author = await createClinician(app.payload)
  const article = await app.payload.create({
    collection: 'articles',
    data: { ...articleData('Therapy or coaching?', author.id), _status: 'published' },
  })
  articleId = article.id
})

async function submit(body: string) {
  reader += 1
  const response = await app.api.request('POST', '/comments/submit', {
    body: {
      targetId: articleId,
      authorName: `Reader ${reader}`,
      authorEmail: `reader${reader}@example.com`,
      body,
    },
    headers: { 'x-invited-client-address': `198.51.100.${reader}` },
  })
  expect(response.status).toBe(201)
  return (await response.json()).id as number
}

/** Runs the digest the way its schedule does: queued on the jobs queue, then run. */
async function runDigest() {
  const { payload } = app.app
  const job = await payload.jobs.queue({ task: COMMENT_DIGEST_TASK, input: {} })
  await payload.jobs.runByID({ id: job.id })
}

const digests = () =>
  capturedEmails.filter((mail) => /awaiting moderation \(hourly digest\)/.test(mail.subject))
const immediate = () => capturedEmails.filter((mail) => /^(URGENT|New comment)/.test(mail.subject))

describe('the moderators’ digest', () => {
  it('gathers new comments into one mail with absolute links; crisis language goes out at once', async () => {
    const first = await submit('This helped me see the difference between the two.')
    const second = await submit('Could you write about couples therapy next?')
    await submit('Honestly some days I want to die and I do not know who to tell.')

    // Only the crisis comment was mailed at once.
    expect(immediate().map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^URGENT: a comment on “Therapy or coaching\?”/),
    ])
    expect(digests()).toHaveLength(0)

    await runDigest()
    expect(digests()).toHaveLength(1)
    const [digest] = digests()
    expect(digest.subject).toBe('2 new comments awaiting moderation (hourly digest)')
    expect(digest.text).toContain('This helped me see the difference between the two.')
    expect(digest.text).toContain('Could you write about couples therapy next?')
    expect(digest.text).not.toContain('I want to die')
    expect(digest.text).toContain(`${SERVER_URL}/admin/collections/comments/${first}`)
    expect(digest.text).toContain(`${SERVER_URL}/admin/collections/comments/${second}`)
    expect(digest.text).toContain(`Open the moderation queue: ${SERVER_URL}/admin/moderation`)
    // Every link in it is absolute.
    for (const link of digest.text.match(/\S*\/admin\/\S*/g) ?? []) {
      expect(link.startsWith(`${SERVER_URL}/admin/`)).toBe(true)
    }
  })

  it('sends nothing when nothing new waits, and names each comment in one digest only', async () => {
    await runDigest()
    expect(digests()).toHaveLength(1)

    const later = await submit('One more question about session frequency.')
    await runDigest()
    expect(digests()).toHaveLength(2)
    const latest = digests()[1]
    expect(latest.subject).toBe('1 new comment awaiting moderation (hourly digest)')
    expect(latest.text).toContain(`/admin/collections/comments/${later}`)
    expect(latest.text).not.toContain('couples therapy')
  })

  it('leaves out comments that are not waiting: approved, spam, or moderated before the run', async () => {
    const moderated = await submit('Moderated before the digest ran.')
    await app.payload.update({
      collection: 'comments',
      id: moderated,
      data: { status: 'approved' },
    })
    await submit('Buy cheap viagra casino now http://spam.example http://spam2.example')
    const before = digests().length
    await runDigest()
    expect(digests()).toHaveLength(before)
  })

  it('is refused without SERVER_URL, naming the setting', async () => {
    const { readCmsSettings } = await import('../../src/settings')
    expect(() => readCmsSettings({ COMMENTS_DIGEST: 'daily' })).toThrow(
      /COMMENTS_DIGEST needs SERVER_URL/,
    )
    expect(() => readCmsSettings({ COMMENTS_DIGEST: 'weekly', SERVER_URL: SERVER_URL })).toThrow(
      /COMMENTS_DIGEST must be off, hourly or daily, got "weekly"/,
    )
  })
})
