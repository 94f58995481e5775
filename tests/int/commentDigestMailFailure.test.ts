/**
 * A digest whose mail cannot be sent (the SMTP server is down) marks nothing: the next digest, once
 * mail works again, names the same comments. Real SMTP over loopback (tests/helpers/smtpSink.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COMMENT_DIGEST_TASK } from '../../plugins/moderatedComments/notifications/digest'
import { articleData, createClinician } from '../helpers/contentFixtures'
import { freePort } from '../helpers/freePort'
import { startPayload, type PayloadHarness } from '../helpers/payloadHarness'
import { createRouteClient } from '../helpers/routeClient'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'

let harness: PayloadHarness
let smtpPort: number
let sink: SmtpSink | undefined

beforeAll(async () => {
  smtpPort = await freePort()
  process.env.COMMENTS_DIGEST = 'daily'
  process.env.SERVER_URL = 'https://cms.practice.example'
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`
  harness = await startPayload()
})

afterAll(async () => {
  await sink?.close()
  await harness?.close()
  for (const name of ['COMMENTS_DIGEST', 'SERVER_URL', 'SMTP_URL']) delete process.env[name]
})

describe('a digest that cannot be mailed', () => {
  it('is sent with the same comments once mail works again', async () => {
    const { payload } = harness
    const author = await createClinician(payload)
    const article = await payload.create({
      collection: 'articles',
      data: { ...articleData('Sleep and mood', author.id), _status: 'published' },
    })
    const submitted = await createRouteClient(harness.config).request('POST', '/comments/submit', {
      body: {
        targetId: article.id,
        authorName: 'Jo',
        authorEmail: 'jo@example.com',
        body: 'Does this apply to shift workers too?',
      },
    })
    expect(submitted.status).toBe(201)
    const { id } = await submitted.json()

    const job = await payload.jobs.queue({ task: COMMENT_DIGEST_TASK, input: {} })
    const run = async () => {
      await payload.jobs.runByID({ id: job.id })
      return payload.findByID({ collection: 'payload-jobs', id: job.id, disableErrors: true })
    }

    // Nobody listens on the SMTP port: the attempt fails and the comment stays untold.
    const failed = await run()
    expect(failed?.completedAt).toBeFalsy()
    expect(failed?.log?.map((entry) => entry.state)).toEqual(['failed'])
    const untold = await payload.findByID({ collection: 'comments', id })
    expect(untold.moderatorsNotifiedAt).toBeFalsy()

    // The queue's retry, once mail works again, sends it.
    sink = await startSmtpSink(smtpPort)
    await run()
    expect(sink.messages).toHaveLength(1)
    expect(sink.messages[0].data).toContain('1 new comment awaiting moderation (daily digest)')
    expect(sink.messages[0].data).toContain('Does this apply to shift workers too?')
    const told = await payload.findByID({ collection: 'comments', id })
    expect(told.moderatorsNotifiedAt).toBeTruthy()
  })
})
