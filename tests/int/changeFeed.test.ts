/**
 * The change feed announces a public change once its transaction has committed, and never one that
 * was rolled back: an edit inside a transaction says nothing until COMMIT, then says it once; the
 * same edit rolled back says nothing at all. On PostgreSQL servers (the embedded database has no
 * transactions: each write commits at once).
 */
import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ContentChange } from '../../src/changeFeed/change'
import { contentChanges } from '../../src/changeFeed/localFeed'
import { articleData, createClinician } from '../helpers/contentFixtures'
import { startPayload, type PayloadHarness } from '../helpers/payloadHarness'
import { usingPostgresServer } from '../helpers/testDatabase'

describe.runIf(usingPostgresServer())('the change feed and transactions', () => {
  let harness: PayloadHarness
  let articleId: number
  const heard: ContentChange[] = []
  let unsubscribe: () => void

  beforeAll(async () => {
    harness = await startPayload()
    const author = await createClinician(harness.payload)
    const article = await harness.payload.create({
      collection: 'articles',
      data: { ...articleData('Announced once committed', author.id), _status: 'published' },
    })
    articleId = article.id
    unsubscribe = contentChanges().subscribe((change) => heard.push(change))
  })

  afterAll(async () => {
    unsubscribe?.()
    await harness?.close()
  })

  async function editInTransaction(title: string): Promise<PayloadRequest> {
    const req = await createLocalReq({}, harness.payload)
    req.transactionID = (await harness.payload.db.beginTransaction()) ?? undefined
    await harness.payload.update({ collection: 'articles', id: articleId, data: { title }, req })
    return req
  }

  const aboutTheArticle = () =>
    heard.filter((change) => change.collection === 'articles' && change.id === articleId)

  it('says nothing before COMMIT, then announces the edit once', async () => {
    heard.length = 0
    const req = await editInTransaction('Edited, then committed')
    expect(aboutTheArticle()).toEqual([])
    await harness.payload.db.commitTransaction(req.transactionID!)
    await expect.poll(() => aboutTheArticle().length).toBe(1)
    expect(aboutTheArticle()[0]).toMatchObject({
      operation: 'update',
      visibility: 'changed',
      tags: expect.arrayContaining([`articles:${articleId}`, 'articles:list']),
    })
  })

  it('never announces an edit that was rolled back', async () => {
    heard.length = 0
    const req = await editInTransaction('Edited, then rolled back')
    await harness.payload.db.rollbackTransaction(req.transactionID!)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(aboutTheArticle()).toEqual([])
    const stored = await harness.payload.findByID({ collection: 'articles', id: articleId })
    expect(stored.title).toBe('Edited, then committed')
  })
})
