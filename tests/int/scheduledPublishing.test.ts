/**
 * Scheduled publishing: a draft scheduled for a moment in the future stays invisible until then, and
 * the jobs queue running inside Payload publishes it at that time — no request needed.
 */
import { describe, expect, it } from 'vitest'

import { articleData, createClinician } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

// The CMS checks the queue every minute; here every second, so the test takes seconds.
const app = useTestApp(
  () => startPayload({ cron: true, env: { JOBS_AUTORUN_CRON: '* * * * * *' } }),
  { people: true },
)

describe('scheduled publishing', () => {
  it('publishes a draft at the scheduled time, and not before', async () => {
    const { payload } = app
    const authorId = (await createClinician(payload)).id
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Scheduled for later', authorId), _status: 'draft' },
    })
    const publishAt = new Date(Date.now() + 4000)

    // What the admin's "Schedule publish" drawer queues.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: app.sessions.editor.id },
      },
      waitUntil: publishAt,
    })

    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect((await app.api.request('GET', `/articles/${draft.id}`)).status).toBe(404)

    let published: { title: string; publishedAt: string } | undefined
    const deadline = Date.now() + 20_000
    while (!published && Date.now() < deadline) {
      const response = await app.api.request('GET', `/articles/${draft.id}`)
      if (response.status === 200) published = await response.json()
      else await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(published?.title).toBe('Scheduled for later')
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    expect(Date.parse(published!.publishedAt)).toBeGreaterThanOrEqual(publishAt.getTime() - 1000)
  })
})
