/**
 * Outgoing webhooks as an admin and a receiver meet them: an endpoint is added over REST, its secret
 * shown once, and each published change reaches the receiver signed per Standard Webhooks — checked
 * with the specification's own library (standardwebhooks), not with our signing code — retried after
 * a failure with the same webhook-id, logged attempt by attempt, redelivered on request, signed with
 * both secrets during a rotation. Drafts and unsubscribed events send nothing; private addresses are
 * refused unless WEBHOOKS_ALLOWED_HOSTS names them (here it names 127.0.0.1, the test's receiver).
 */
import { createLocalReq } from 'payload'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RETRY_DELAYS_MS } from '../../src/webhooks/delivery'
import {
  articleData,
  createClinician,
  createComment,
  createPeople,
  type Sessions,
} from '../helpers/contentFixtures'
import { startPayload, type PayloadHarness } from '../helpers/payloadHarness'
import { createRouteClient, type RouteClient } from '../helpers/routeClient'
import { usingPostgresServer } from '../helpers/testDatabase'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'

process.env.WEBHOOKS_ALLOWED_HOSTS = '127.0.0.1'

let harness: PayloadHarness
let api: RouteClient
let people: Sessions
let receiver: WebhookReceiver
let authorId: number
let endpointId: number
let secret: string

type Message = {
  type: string
  timestamp: string
  data: { collection?: string; id?: number; slug?: string; paths: string[]; tags: string[] }
}

const admin = () => people.admin.token

async function addEndpoint(body: Record<string, unknown>, token = admin()) {
  return api.request('POST', '/webhook-endpoints', { token, body })
}

async function deliveries() {
  const { docs } = await harness.payload.find({
    collection: 'webhook-deliveries',
    where: { endpoint: { equals: endpointId } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs
}

/** The first endpoint's messages received since `from`, each verified with `secrets` (any may sign). */
function verifiedSince(from: number, ...secrets: string[]): Message[] {
  const forFirstEndpoint = receiver.received.slice(from).filter(({ path }) => path === '/hooks')
  return forFirstEndpoint.map(({ body, headers }) => {
    for (const candidate of secrets) {
      try {
        return new Webhook(candidate).verify(body, headers) as Message
      } catch {
        // try the next secret
      }
    }
    throw new Error(`no secret verifies message ${headers['webhook-id']}`)
  })
}

const publish = (title: string) =>
  harness.payload.create({
    collection: 'articles',
    data: { ...articleData(title, authorId), _status: 'published' },
  })

beforeAll(async () => {
  harness = await startPayload()
  api = createRouteClient(harness.config)
  people = await createPeople(harness.payload, api)
  receiver = await startWebhookReceiver()
  authorId = (await createClinician(harness.payload)).id
})

/** Deliveries run in the background: the database must outlive the last of them. */
async function settled(timeoutMs = 30_000) {
  const processing = () =>
    harness.payload.count({ collection: 'payload-jobs', where: { processing: { equals: true } } })
  for (const until = Date.now() + timeoutMs; Date.now() < until;) {
    if ((await processing()).totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

afterAll(async () => {
  if (harness) await settled()
  await receiver?.close()
  await harness?.close()
})

describe('an admin adds an endpoint', () => {
  it('is answered without its secret; the secret is shown once, on request, to an admin', async () => {
    const created = await addEndpoint({
      name: 'Static site',
      url: receiver.url(),
      events: ['article.published', 'article.updated', 'article.unpublished', 'comment.approved'],
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Record<string, unknown> }
    endpointId = doc.id as number
    expect(doc).not.toHaveProperty('signingSecret')
    expect(JSON.stringify(doc)).not.toMatch(/whsec_/)

    const editorTry = await api.request('POST', `/webhook-endpoints/${endpointId}/reveal-secret`, {
      token: people.editor.token,
    })
    expect(editorTry.status).toBe(403)

    const shown = await api.request('POST', `/webhook-endpoints/${endpointId}/reveal-secret`, {
      token: admin(),
    })
    expect(shown.status).toBe(200)
    secret = ((await shown.json()) as { signingSecret: string }).signingSecret
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)

    const again = await api.request('POST', `/webhook-endpoints/${endpointId}/reveal-secret`, {
      token: admin(),
    })
    expect(again.status).toBe(409)
    expect(JSON.stringify(await again.json())).toMatch(/Rotate/)

    const read = await api.request('GET', `/webhook-endpoints/${endpointId}`, {
      token: admin(),
    })
    expect(JSON.stringify(await read.json())).not.toMatch(/whsec_/)
  })

  it('cannot set or replace the secret itself', async () => {
    const chosen = 'whsec_' + Buffer.alloc(32, 1).toString('base64')
    const patched = await api.request('PATCH', `/webhook-endpoints/${endpointId}`, {
      token: admin(),
      body: { signingSecret: chosen, name: 'Static site (renamed)' },
    })
    expect(patched.status).toBe(200)
    const stored = await harness.payload.findByID({
      collection: 'webhook-endpoints',
      id: endpointId,
    })
    expect(stored.name).toBe('Static site (renamed)')
    expect(stored.signingSecret).toBe(secret)
  })

  it('is for admins only: editors can neither list nor add endpoints', async () => {
    const listed = await api.request('GET', '/webhook-endpoints', {
      token: people.editor.token,
    })
    expect(listed.status).toBe(403)
    const added = await addEndpoint(
      { name: 'Editor’s', url: receiver.url(), events: ['article.published'] },
      people.editor.token,
    )
    expect(added.status).toBe(403)
  })
})

describe('addresses webhooks may not reach', () => {
  it.each([
    ['a private address', 'http://10.1.2.3/hook', /10\.1\.2\.3.*private.*WEBHOOKS_ALLOWED_HOSTS/],
    ['the cloud metadata service', 'http://169.254.169.254/latest', /169\.254\.169\.254.*private/],
    [
      'a name that resolves to loopback',
      'http://localhost:9/hook',
      /localhost.*127\.0\.0\.1|localhost.*::1/,
    ],
    ['IPv6 loopback', 'http://[::1]:9/hook', /::1.*private/],
    ['IPv4 loopback written as mapped IPv6', 'http://[::ffff:127.0.0.1]:9/', /private/],
    ['another scheme', 'ftp://example.com/hook', /https:\/\/ or http:\/\//],
    ['credentials in the URL', 'https://user:pass@example.com/hook', /user name or password/],
    ['not a URL', 'hooks please', /not a URL/],
  ])('refuses %s with a reason, and saves nothing', async (_what, url, reason) => {
    const before = await harness.payload.count({ collection: 'webhook-endpoints' })
    const answer = await addEndpoint({ name: 'Refused', url, events: ['article.published'] })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(await answer.json())).toMatch(reason)
    expect(await harness.payload.count({ collection: 'webhook-endpoints' })).toEqual(before)
  })
})

describe('a published change reaches the receiver', () => {
  it('once, signed per Standard Webhooks, naming the document, its paths and its tags', async () => {
    const from = receiver.received.length
    const article = await publish('Signed and delivered')
    await expect.poll(() => receiver.received.length - from, { timeout: 15_000 }).toBe(1)
    const [message] = verifiedSince(from, secret)
    expect(message).toMatchObject({
      type: 'article.published',
      data: {
        collection: 'articles',
        id: article.id,
        slug: 'signed-and-delivered',
        paths: expect.arrayContaining(['/articles/signed-and-delivered', '/']),
        tags: expect.arrayContaining(['articles']),
      },
    })
    const { headers } = receiver.received[from]
    expect(headers['content-type']).toBe('application/json')
    expect(headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/)

    const logged = async () =>
      (await deliveries()).find((entry) => entry.messageId === headers['webhook-id'])
    // The receiver has answered; the log entry follows.
    // (The embedded database has no transactions: the attempt rows land just after the status.)
    await expect.poll(async () => (await logged())?.attempts?.length, { timeout: 15_000 }).toBe(1)
    const delivery = (await logged())!
    expect(delivery).toMatchObject({
      event: 'article.published',
      status: 'succeeded',
      attemptCount: 1,
      lastResponseStatus: 204,
    })
    expect(delivery.attempts).toHaveLength(1)
    expect(delivery.deliveredAt).toBeTruthy()
  })

  it('says nothing for a draft, and nothing for events the endpoint did not choose', async () => {
    const from = receiver.received.length
    const deliveriesBefore = (await deliveries()).length
    const draft = await harness.payload.create({
      collection: 'articles',
      data: { ...articleData('Only a draft', authorId), _status: 'draft' },
    })
    await harness.payload.update({
      collection: 'articles',
      id: draft.id,
      data: { title: 'Still only a draft' },
      draft: true,
    })
    // An author's change is real, but this endpoint chose only article and comment events.
    await harness.payload.update({ collection: 'authors', id: authorId, data: { bio: 'Updated.' } })
    // Something that is delivered, to know the earlier changes had their chance.
    await publish('Published after the draft')
    await expect.poll(() => receiver.received.length - from, { timeout: 15_000 }).toBe(1)
    expect(verifiedSince(from, secret).map((message) => message.data.slug)).toEqual([
      'published-after-the-draft',
    ])
    expect((await deliveries()).length).toBe(deliveriesBefore + 1)
  })

  it('tells of an edit, an unpublication and an approved comment', async () => {
    const before = receiver.received.length
    const article = await publish('Soon edited')
    await expect.poll(() => receiver.received.length - before, { timeout: 15_000 }).toBe(1)
    const from = receiver.received.length
    await harness.payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Edited while published', slug: 'edited-while-published' },
    })
    await createComment(harness.payload, { articleId: article.id, body: 'A kind word.' })
    await harness.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
    })
    await expect.poll(() => receiver.received.length - from, { timeout: 15_000 }).toBe(3)
    const messages = verifiedSince(from, secret)
    const byType = Object.fromEntries(messages.map((message) => [message.type, message]))
    expect(byType['article.updated'].data.paths).toEqual(
      expect.arrayContaining(['/articles/soon-edited', '/articles/edited-while-published']),
    )
    expect(byType['comment.approved'].data.tags).toContain(`articles:${article.id}`)
    // The page that shows the comment: its article's.
    expect(byType['comment.approved'].data.paths).toEqual(['/articles/edited-while-published', '/'])
    expect(byType['article.unpublished'].data.slug).toBe('edited-while-published')
  })
})

describe('when the receiver fails', () => {
  it('retries later with the same webhook-id, logging each attempt, until it is received', async () => {
    receiver.answerNext(503)
    const from = receiver.received.length
    await publish('Delivered on the second try')
    await expect.poll(() => receiver.received.length - from, { timeout: 15_000 }).toBe(1)
    const messageId = receiver.received[from].headers['webhook-id']
    const waiting = async () => (await deliveries()).find((entry) => entry.messageId === messageId)!
    // The attempt is logged with the status; on the embedded database, which has no transactions,
    // its rows land just after the status, so wait for them rather than for the status alone.
    await expect.poll(async () => (await waiting())?.attempts?.length, { timeout: 15_000 }).toBe(1)
    const failed = await waiting()
    expect(failed.status).toBe('retrying')
    expect(failed.lastResponseStatus).toBe(503)
    expect(failed.attempts?.[0]).toMatchObject({
      responseStatus: 503,
      error: 'the receiver answered 503',
    })
    const retryIn = Date.parse(failed.nextAttemptAt!) - Date.parse(failed.lastAttemptAt!)
    expect(retryIn).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[0] - 1000)
    expect(retryIn).toBeLessThan(RETRY_DELAYS_MS[0] + 5000)

    // The retry waits in the jobs queue until it is due; make it due now rather than wait.
    const retries = async () => {
      const { docs } = await harness.payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: 'deliverWebhook' } },
            { completedAt: { exists: false } },
            { processing: { equals: false } },
          ],
        },
        depth: 0,
        pagination: false,
      })
      return docs.filter(
        (job) => (job.input as { delivery?: string }).delivery === String(failed.id),
      )
    }
    await expect.poll(async () => (await retries()).length, { timeout: 15_000 }).toBe(1)
    const queued = await retries()
    expect(Date.parse(queued[0].waitUntil!)).toBeGreaterThan(Date.now())
    await harness.payload.update({
      collection: 'payload-jobs',
      id: queued[0].id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await harness.payload.jobs.run()

    expect(receiver.received.length - from).toBe(2)
    expect(receiver.received[from + 1].headers['webhook-id']).toBe(messageId)
    verifiedSince(from, secret)
    const delivered = await waiting()
    expect(delivered).toMatchObject({
      status: 'succeeded',
      attemptCount: 2,
      lastResponseStatus: 204,
    })
    expect(delivered.attempts?.map((attempt) => attempt.responseStatus)).toEqual([503, 204])
  })

  it('an admin can redeliver: one more attempt, same webhook-id', async () => {
    const [latest] = (await deliveries()).slice(-1)
    const from = receiver.received.length
    const editorTry = await api.request('POST', `/webhook-deliveries/${latest.id}/redeliver`, {
      token: people.editor.token,
    })
    expect(editorTry.status).toBe(403)
    const answer = await api.request('POST', `/webhook-deliveries/${latest.id}/redeliver`, {
      token: admin(),
    })
    expect(answer.status).toBe(202)
    await expect.poll(() => receiver.received.length - from, { timeout: 15_000 }).toBe(1)
    expect(receiver.received[from].headers['webhook-id']).toBe(latest.messageId)
    verifiedSince(from, secret)
  })

  it('keeps the delivery log as it happened: nobody edits or deletes it over the API', async () => {
    const [latest] = (await deliveries()).slice(-1)
    const path = `/webhook-deliveries/${latest.id}`
    const edit = await api.request('PATCH', path, { token: admin(), body: { status: 'failed' } })
    expect(edit.status).toBe(403)
    expect((await api.request('DELETE', path, { token: admin() })).status).toBe(403)
    expect((await api.request('GET', path, { token: admin() })).status).toBe(200)
    expect((await api.request('GET', path, { token: people.editor.token })).status).toBe(403)
  })
})

describe('rotating the secret', () => {
  it('answers a new secret once, and signs with both for a day so the receiver can switch', async () => {
    const rotated = await api.request('POST', `/webhook-endpoints/${endpointId}/rotate-secret`, {
      token: admin(),
    })
    expect(rotated.status).toBe(200)
    const { signingSecret } = (await rotated.json()) as { signingSecret: string }
    expect(signingSecret).not.toBe(secret)

    const from = receiver.received.length
    await publish('Signed twice during a rotation')
    await expect.poll(() => receiver.received.length - from, { timeout: 15_000 }).toBe(1)
    const { headers, body } = receiver.received[from]
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2)
    // Each secret alone verifies it: a receiver on either one accepts the message.
    expect(new Webhook(signingSecret).verify(body, headers)).toMatchObject({
      type: 'article.published',
    })
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({ type: 'article.published' })
    secret = signingSecret
  })
})

describe('an inactive endpoint', () => {
  it('receives nothing', async () => {
    await api.request('PATCH', `/webhook-endpoints/${endpointId}`, {
      token: admin(),
      body: { active: false },
    })
    const from = receiver.received.length
    const before = (await deliveries()).length
    await publish('Nobody is told')
    // A second, active endpoint is told: proof that the first had its chance.
    const other = await addEndpoint({
      name: 'Other',
      url: receiver.url('/other'),
      events: ['article.published'],
    })
    expect(other.status).toBe(201)
    await publish('Only the other one is told')
    await expect.poll(() => receiver.received.length - from, { timeout: 15_000 }).toBe(1)
    expect(receiver.received[from].path).toBe('/other')
    expect((await deliveries()).length).toBe(before)
  })
})

describe.runIf(usingPostgresServer())('with the change in a transaction', () => {
  it('a rolled-back publication queues no delivery and sends nothing', async () => {
    await api.request('PATCH', `/webhook-endpoints/${endpointId}`, {
      token: admin(),
      body: { active: true },
    })
    const before = await harness.payload.count({ collection: 'webhook-deliveries' })
    const from = receiver.received.length
    const req = await createLocalReq({}, harness.payload)
    req.transactionID = (await harness.payload.db.beginTransaction()) ?? undefined
    await harness.payload.create({
      collection: 'articles',
      data: { ...articleData('Never happened', authorId), _status: 'published' },
      req,
    })
    await harness.payload.db.rollbackTransaction(req.transactionID!)
    await publish('Happened')
    await expect.poll(() => verifiedSince(from, secret).length, { timeout: 15_000 }).toBe(1)
    await settled()
    const slugs = verifiedSince(from, secret).map((message) => message.data.slug)
    expect(slugs).toEqual(['happened'])
    // One delivery each for the two active endpoints, none for the rolled-back publication.
    expect((await harness.payload.count({ collection: 'webhook-deliveries' })).totalDocs).toBe(
      before.totalDocs + 2,
    )
  })
})
