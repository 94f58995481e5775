/**
 * Calls one Payload instance's comment submission endpoint directly, as its HTTP route would — so a
 * test can drive two instances sharing one database, each with its own handlers.
 */
import { createPayloadRequest, getPayload, type Payload } from 'payload'

import { CLIENT_ADDRESS_HEADER } from '../../plugins/moderatedComments/clientAddressHeader'
import { closePayload } from '../../upstream/poolErrors'
import { articleData, createClinician } from './contentFixtures'
import { startPayload, type PayloadHarness } from './payloadHarness'

export type TwoInstances = {
  harness: PayloadHarness
  /** A second Payload instance on the same database, with its own route handlers. */
  second: Payload
  /** A published article both can take comments on. */
  articleId: number
  close: () => Promise<void>
}

/** Two CMS instances sharing one fresh database, and a published article (set COMMENTS_* first). */
export async function startTwoInstances(articleTitle: string): Promise<TwoInstances> {
  const harness = await startPayload()
  const second = await getPayload({ config: harness.config, key: 'second-instance' })
  const authorId = (await createClinician(harness.payload)).id
  const article = await harness.payload.create({
    collection: 'articles',
    data: { ...articleData(articleTitle, authorId), _status: 'published' },
  })
  return {
    harness,
    second,
    articleId: article.id,
    close: async () => {
      await closePayload(second)
      await harness.close()
    },
  }
}

export type Submission = {
  targetId: number | string
  authorName: string
  authorEmail: string
  body: string
}

export async function submitThrough(
  payload: Payload,
  submission: Submission,
  clientAddress = '192.0.2.10',
): Promise<Response> {
  const endpoints = payload.collections.comments.config.endpoints
  const submit = Array.isArray(endpoints)
    ? endpoints.find((e) => e.path === '/submit' && e.method === 'post')
    : undefined
  if (!submit) throw new Error('The comments collection has no submission endpoint')
  const request = new Request('http://localhost/api/comments/submit', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: clientAddress },
    body: JSON.stringify(submission),
  })
  const req = await createPayloadRequest({ config: payload.config, request })
  req.payload = payload
  return submit.handler(req)
}
