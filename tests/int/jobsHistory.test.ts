/**
 * The jobs queue keeps finished jobs for 30 days (so admins can see its last run and its failures),
 * then the daily pruneFinishedJobs task deletes them; jobs still waiting are never deleted.
 */
import { describe, expect, it } from 'vitest'

import { pruneFinishedJobs } from '../../src/jobs/pruneFinishedJobs'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startPayload)

describe('the jobs history', () => {
  it('keeps finished jobs, and deletes them once older than 30 days', async () => {
    const { payload } = app
    const queue = (waitUntil?: Date) =>
      payload.jobs.queue({ task: 'pruneCommenterData', input: {}, waitUntil })
    const [old, recent] = [await queue(), await queue()]
    await payload.jobs.runByID({ id: old.id })
    await payload.jobs.runByID({ id: recent.id })
    const waiting = await queue(new Date(Date.now() + 86_400_000))

    const kept = await payload.find({
      collection: 'payload-jobs',
      where: { id: { in: [old.id, recent.id] } },
    })
    expect(kept.docs.map((job) => Boolean(job.completedAt))).toEqual([true, true])

    // Age two of them as if 40 days had passed (the adapter, so Payload does not stamp them anew).
    const longAgo = new Date(Date.now() - 40 * 86_400_000).toISOString()
    for (const id of [old.id, waiting.id]) {
      await payload.db.updateOne({ collection: 'payload-jobs', id, data: { updatedAt: longAgo } })
    }

    expect(await pruneFinishedJobs(payload)).toBe(1)
    const left = await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })
    const ids = left.docs.map((job) => job.id)
    expect(ids).not.toContain(old.id)
    expect(ids).toContain(recent.id)
    expect(ids).toContain(waiting.id)
  })
})
