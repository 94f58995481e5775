/**
 * The review gate: a clinical article goes live only once a licensed clinician's review covers its
 * current text. Every path is tried as the person it would be tried by — REST, GraphQL, the Local API
 * with a user, a bulk update, scheduled publishing, restoring a version — and what an anonymous
 * reader then sees is the judge: never a clinical text nobody reviewed.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician, createCoach } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { lexicalParagraphs } from '../helpers/lexical'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(
  () => startConsumerApp({ content: { clinicalReview: { gate: true } }, auditLog: {} }),
  { people: true },
)

let authorId: number
let clinicalService: number
let coachingService: number
/** Signed-in users linked to author profiles: a licensed clinician, and a coach without a license. */
let reviewer: { id: number; token: string }
let coachUser: { id: number; token: string }

async function linkedUser(email: string, roles: string[], authorProfile: number) {
  const password = `${email}-password-1`
  const user = await app.payload.create({
    collection: 'users',
    data: { email, password, roles: roles as 'writer'[], authorProfile },
  })
  return { id: user.id, token: await app.api.login(email, password) }
}

beforeAll(async () => {
  const clinician = await createClinician(app.payload, 'Dana Reviewer')
  authorId = (await createClinician(app.payload, 'Ari Writer')).id
  const coach = await createCoach(app.payload)
  reviewer = await linkedUser('reviewer@example.com', ['writer'], clinician.id)
  coachUser = await linkedUser('coach@example.com', ['writer'], coach.id)
  clinicalService = (
    await app.payload.create({
      collection: 'services',
      data: { title: 'Psychotherapy', kind: 'clinical', providers: [clinician.id] },
    })
  ).id
  coachingService = (
    await app.payload.create({
      collection: 'services',
      data: { title: 'Life coaching', kind: 'non_clinical' },
    })
  ).id
})

const REVIEWED = ['Therapy treats a diagnosed condition.', 'Ask a licensed clinician.']
const CHANGED = ['Therapy treats a diagnosed condition.', 'A claim nobody reviewed.']

type Token = { token: string }

async function send(
  who: Token | undefined,
  method: 'POST' | 'PATCH' | 'GET',
  path: string,
  body?: unknown,
) {
  const response = await app.api.request(method, path, { token: who?.token, body })
  const json = await response.json().catch(() => null)
  return { status: response.status, json }
}

/** A clinical draft the writer owns (about the clinical service). */
async function clinicalDraft(title: string, paragraphs = REVIEWED) {
  const { status, json } = await send(app.sessions.writer, 'POST', '/articles?draft=true', {
    ...articleData(title, authorId, paragraphs),
    services: [clinicalService],
    _status: 'draft',
  })
  expect(status, JSON.stringify(json)).toBe(201)
  return json.doc.id as number
}

const decide = (who: Token | undefined, id: number, body: unknown) =>
  send(who, 'POST', `/articles/${id}/review`, body)

const submit = (id: number) =>
  send(app.sessions.writer, 'PATCH', `/articles/${id}?draft=true`, {
    reviewRequest: { status: 'submitted' },
  })

/** What an anonymous reader gets for the article: its body's text, or null when it is not live. */
async function publicText(id: number): Promise<string | null> {
  const response = await app.api.request('GET', `/articles/${id}?depth=0`)
  if (response.status === 404) return null
  expect(response.status).toBe(200)
  return JSON.stringify((await response.json()).body)
}

/** The newest version, drafts included, as an editor sees it (readers are always given the live one). */
const latest = async (id: number) =>
  app.payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    user: await app.payload.findByID({ collection: 'users', id: app.sessions.editor.id }),
  })

/** The review entries of the audit log for an article, oldest first: [action, actor id]. */
async function reviewSteps(id: number) {
  const { docs } = await app.payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { documentId: { equals: String(id) } },
        {
          action: {
            in: ['review.submit', 'review.return', 'review.approve', 'review.override'],
          },
        },
      ],
    },
    sort: 'id',
    depth: 0,
    pagination: false,
  })
  return docs.map((entry) => [entry.action, entry.actor])
}

describe('what needs a review', () => {
  it('lets a non-clinical article publish directly, as before', async () => {
    const { status, json } = await send(app.sessions.writer, 'POST', '/articles', {
      ...articleData('Coaching habits', authorId),
      services: [coachingService],
      _status: 'published',
    })
    expect(status).toBe(201)
    expect(json.doc._status).toBe('published')
    expect(json.doc.clinicalReviewRequired).toBe(false)
  })

  it('holds an article about a clinical service, and one an editor marks clinical', async () => {
    const id = await clinicalDraft('About therapy')
    expect((await latest(id)).publishNeedsReview).toBe(true)

    const marked = await send(app.sessions.editor, 'POST', '/articles?draft=true', {
      ...articleData('Marked clinical', authorId),
      clinical: true,
      _status: 'draft',
    })
    expect(marked.json.doc.clinicalReviewRequired).toBe(true)
    const publish = await send(app.sessions.writer, 'PATCH', `/articles/${marked.json.doc.id}`, {
      _status: 'published',
    })
    expect(publish.status).toBe(403)
    // A writer cannot take the mark away.
    await send(app.sessions.writer, 'PATCH', `/articles/${marked.json.doc.id}?draft=true`, {
      clinical: false,
    })
    expect((await latest(marked.json.doc.id)).clinical).toBe(true)
  })
})

describe('no path publishes an unreviewed clinical article', () => {
  it('refuses a create that publishes at once, and creates nothing', async () => {
    const before = await app.payload.count({
      collection: 'articles',
      where: { title: { equals: 'Straight to live' } },
    })
    const { status, json } = await send(app.sessions.writer, 'POST', '/articles', {
      ...articleData('Straight to live', authorId),
      services: [clinicalService],
      _status: 'published',
    })
    expect(status).toBe(403)
    expect(json.errors[0].message).toMatch(/licensed clinician has reviewed/)
    expect(json.errors[0].message).toMatch(/Submit it for review/)
    const after = await app.payload.count({
      collection: 'articles',
      where: { title: { equals: 'Straight to live' } },
    })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('refuses REST, GraphQL, the Local API with a user, and a bulk update alike', async () => {
    const id = await clinicalDraft('Every path')

    expect(
      (await send(app.sessions.writer, 'PATCH', `/articles/${id}`, { _status: 'published' }))
        .status,
    ).toBe(403)
    // Editors too, unless they give a reason.
    expect(
      (await send(app.sessions.editor, 'PATCH', `/articles/${id}`, { _status: 'published' }))
        .status,
    ).toBe(403)

    const graphql = await app.api.graphql(
      `mutation { updateArticle(id: ${id}, data: { _status: published }) { id _status } }`,
      { token: app.sessions.writer.token },
    )
    const answer = await graphql.json()
    expect(answer.errors?.[0]?.message).toMatch(/licensed clinician has reviewed/)

    const writer = await app.payload.findByID({ collection: 'users', id: app.sessions.writer.id })
    await expect(
      app.payload.update({
        collection: 'articles',
        id,
        data: { _status: 'published' },
        user: writer,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/licensed clinician has reviewed/)
    // Even code that overrides access but acts for a user goes through the gate.
    await expect(
      app.payload.update({
        collection: 'articles',
        id,
        data: { _status: 'published' },
        user: writer,
        overrideAccess: true,
      }),
    ).rejects.toThrow(/licensed clinician has reviewed/)

    const bulk = await send(app.sessions.editor, 'PATCH', `/articles?where[id][equals]=${id}`, {
      _status: 'published',
    })
    expect(bulk.json.errors?.length ?? 0).toBeGreaterThan(0)
    expect(bulk.json.docs ?? []).toHaveLength(0)

    expect(await publicText(id)).toBeNull()
  })

  it('keeps an article clinical when a writer takes its clinical service off', async () => {
    const id = await clinicalDraft('Service removed')
    await send(app.sessions.writer, 'PATCH', `/articles/${id}?draft=true`, {
      services: [coachingService],
    })
    expect((await latest(id)).clinicalReviewRequired).toBe(true)
    const publish = await send(app.sessions.writer, 'PATCH', `/articles/${id}`, {
      _status: 'published',
    })
    expect(publish.status).toBe(403)
    expect(await publicText(id)).toBeNull()
    // An editor decides it is not clinical after all.
    const editor = await send(app.sessions.editor, 'PATCH', `/articles/${id}`, {
      _status: 'published',
    })
    expect(editor.status, JSON.stringify(editor.json)).toBe(200)
    expect(await publicText(id)).toContain('Ask a licensed clinician.')
  })

  it('lets only a reviewer decide: nobody sets "approved" or "returned" by saving', async () => {
    const id = await clinicalDraft('Self-approval')
    for (const who of [app.sessions.writer, app.sessions.editor, app.sessions.admin]) {
      for (const status of ['approved', 'returned']) {
        const attempt = await send(who, 'PATCH', `/articles/${id}?draft=true`, {
          reviewRequest: { status },
        })
        expect(attempt.status).toBe(403)
      }
    }
    // Recording a review is closed to writers as before (field access drops it; the gate holds).
    await send(app.sessions.writer, 'PATCH', `/articles/${id}?draft=true`, {
      reviewedBy: authorId,
      lastReviewedAt: new Date().toISOString(),
    })
    expect(
      (await send(app.sessions.writer, 'PATCH', `/articles/${id}`, { _status: 'published' }))
        .status,
    ).toBe(403)
    expect(await publicText(id)).toBeNull()
  })
})

describe('submitting over GraphQL', () => {
  it('is the same draft save as over REST', async () => {
    const id = await clinicalDraft('Submitted over GraphQL')
    const data = await app.api.graphqlData(
      `mutation { updateArticle(id: ${id}, draft: true, data: { reviewRequest: { status: submitted } }) { _status reviewRequest { status } } }`,
      { token: app.sessions.writer.token },
    )
    expect(data.updateArticle).toEqual({ _status: 'draft', reviewRequest: { status: 'submitted' } })
    const refused = await (
      await app.api.graphql(
        `mutation { updateArticle(id: ${id}, draft: true, data: { reviewRequest: { status: approved } }) { _status } }`,
        { token: app.sessions.writer.token },
      )
    ).json()
    expect(refused.errors?.[0]?.message).toMatch(/Only a licensed clinician decides/)
    expect((await latest(id)).reviewRequest?.status).toBe('submitted')
  })
})

describe('submit, return, revise, approve', () => {
  it('walks a clinical article to live through a licensed reviewer', async () => {
    const id = await clinicalDraft('Walked through review', CHANGED)

    expect((await submit(id)).status).toBe(200)
    const waiting = await latest(id)
    expect(waiting.reviewRequest?.status).toBe('submitted')
    expect(waiting.reviewRequest?.submittedBy).toBe(app.sessions.writer.id)
    // Submitting again while it waits is not a new publish either.
    expect(
      (await send(app.sessions.writer, 'PATCH', `/articles/${id}`, { _status: 'published' })).json
        .errors[0].message,
    ).toMatch(/waiting for review/)

    const returned = await decide(reviewer, id, {
      decision: 'return',
      note: 'The second sentence is not supported.',
    })
    expect(returned.status, JSON.stringify(returned.json)).toBe(200)
    const back = await send(app.sessions.writer, 'GET', `/articles/${id}?draft=true&depth=0`)
    expect(back.json.reviewRequest.status).toBe('returned')
    expect(back.json.reviewRequest.note).toBe('The second sentence is not supported.')
    expect(await publicText(id)).toBeNull()

    // The writer revises and submits again.
    await send(app.sessions.writer, 'PATCH', `/articles/${id}?draft=true`, {
      body: lexicalParagraphs(REVIEWED),
    })
    expect((await submit(id)).status).toBe(200)

    const approved = await decide(reviewer, id, { decision: 'approve' })
    expect(approved.status, JSON.stringify(approved.json)).toBe(200)
    expect(approved.json.message).toBe('Approved and published.')
    const live = await publicText(id)
    expect(live).toContain('Ask a licensed clinician.')
    expect(live).not.toContain('nobody reviewed')
    const reviewed = await latest(id)
    expect(reviewed._status).toBe('published')
    expect(reviewed.reviewedBy).toBe(
      (await app.payload.findByID({ collection: 'users', id: reviewer.id, depth: 0 }))
        .authorProfile,
    )
    expect(reviewed.lastReviewedAt).toBeTruthy()
    expect(reviewed.changedSinceReview).toBe(false)
    expect(reviewed.reviewRequest?.status).toBe('approved')
    expect(reviewed.reviewRequest?.decidedBy).toBe(reviewer.id)

    // The audit log holds each step once, with who took it.
    expect(await reviewSteps(id)).toEqual([
      ['review.submit', app.sessions.writer.id],
      ['review.return', reviewer.id],
      ['review.submit', app.sessions.writer.id],
      ['review.approve', reviewer.id],
    ])
  })

  it('refuses decisions from people who may not decide, with a reason', async () => {
    const id = await clinicalDraft('Who decides')
    expect((await decide(reviewer, id, { decision: 'approve' })).status).toBe(409) // not submitted yet
    await submit(id)
    expect((await decide(undefined, id, { decision: 'approve' })).status).toBe(401)
    const coach = await decide(coachUser, id, { decision: 'approve' })
    expect(coach.status).toBe(403)
    expect(coach.json.errors[0].message).toMatch(/active, verified license/)
    const editor = await decide(app.sessions.editor, id, { decision: 'approve' })
    expect(editor.status).toBe(403)
    expect(editor.json.errors[0].message).toMatch(/linked to their author profile/)
    // The moderator cannot even read the draft.
    expect((await decide(app.sessions.moderator, id, { decision: 'approve' })).status).toBe(404)
    expect((await decide(reviewer, id, { decision: 'return' })).status).toBe(400) // a return needs a note
    expect((await decide(reviewer, id, { decision: 'maybe' })).status).toBe(400)
    expect((await latest(id)).reviewRequest?.status).toBe('submitted')
    expect(await publicText(id)).toBeNull()

    // A clinician does not approve their own article.
    const own = await send(reviewer, 'POST', '/articles?draft=true', {
      ...articleData('My own', authorId),
      services: [clinicalService],
      _status: 'draft',
    })
    await send(reviewer, 'PATCH', `/articles/${own.json.doc.id}?draft=true`, {
      reviewRequest: { status: 'submitted' },
    })
    const self = await decide(reviewer, own.json.doc.id, { decision: 'approve' })
    expect(self.status).toBe(403)
    expect(self.json.errors[0].message).toMatch(/another licensed clinician/)
  })
})

describe('a published clinical article that changes', () => {
  it('keeps the reviewed version live until the change is approved', async () => {
    const id = await clinicalDraft('Live and changing')
    await submit(id)
    await decide(reviewer, id, { decision: 'approve' })
    expect(await publicText(id)).toContain('Ask a licensed clinician.')

    // Publishing a changed body is refused; the change waits in a draft.
    const changed = { body: lexicalParagraphs(CHANGED), _status: 'published' }
    expect((await send(app.sessions.writer, 'PATCH', `/articles/${id}`, changed)).status).toBe(403)
    // Saving without a status (which would write the live document) is refused too.
    expect(
      (
        await send(app.sessions.writer, 'PATCH', `/articles/${id}`, {
          body: lexicalParagraphs(CHANGED),
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await send(app.sessions.writer, 'PATCH', `/articles/${id}?draft=true`, {
          body: lexicalParagraphs(CHANGED),
        })
      ).status,
    ).toBe(200)
    expect(await publicText(id)).not.toContain('nobody reviewed')
    expect((await latest(id)).reviewRequest?.status).toBeNull() // the approval was for the old text

    // A title fix on the live version needs no review: the body it publishes is the reviewed one.
    expect((await submit(id)).status).toBe(200)
    await decide(reviewer, id, { decision: 'approve' })
    expect(await publicText(id)).toContain('nobody reviewed')
  })
})

describe('editor override', () => {
  it('publishes with a recorded reason that covers only the text as it is', async () => {
    const id = await clinicalDraft('Urgent correction')
    // A writer's reason is not theirs to give: dropped, and the gate holds.
    expect(
      (
        await send(app.sessions.writer, 'PATCH', `/articles/${id}`, {
          _status: 'published',
          overrideReason: 'trust me',
        })
      ).status,
    ).toBe(403)

    const published = await send(app.sessions.editor, 'PATCH', `/articles/${id}`, {
      _status: 'published',
      overrideReason: 'Correcting a crisis line number; the clinician is away.',
    })
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    expect(published.json.doc.reviewOverride.reason).toBe(
      'Correcting a crisis line number; the clinician is away.',
    )
    expect(published.json.doc.reviewOverride.givenBy.id).toBe(app.sessions.editor.id)
    expect(published.json.doc.overrideReason).toBeNull()
    expect(await reviewSteps(id)).toEqual([['review.override', app.sessions.editor.id]])
    expect(await publicText(id)).toContain('Ask a licensed clinician.')

    // The reason does not cover the next change.
    const next = await send(app.sessions.editor, 'PATCH', `/articles/${id}`, {
      body: lexicalParagraphs(CHANGED),
      _status: 'published',
    })
    expect(next.status).toBe(403)
    expect(await publicText(id)).not.toContain('nobody reviewed')
  })
})

describe('scheduled publishing', () => {
  const runJobs = () => app.payload.jobs.run({ limit: 10 })

  it('does not let a schedule set before the review bypass it', async () => {
    const id = await clinicalDraft('Scheduled early')
    const job = await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: id },
        user: { relationTo: 'users', value: app.sessions.writer.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    await runJobs()
    expect(await publicText(id)).toBeNull()
    const ran = await app.payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(JSON.stringify(ran.log ?? ran.error)).toMatch(/licensed clinician has reviewed/)
  })

  it('leaves an approved article to its schedule, which then publishes it', async () => {
    const id = await clinicalDraft('Scheduled after review')
    const job = await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: id },
        user: { relationTo: 'users', value: app.sessions.writer.id },
      },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    })
    await submit(id)
    const approved = await decide(reviewer, id, { decision: 'approve' })
    expect(approved.json.message).toMatch(/published as scheduled/)
    expect(await publicText(id)).toBeNull()

    await app.payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await runJobs()
    expect(await publicText(id)).toContain('Ask a licensed clinician.')
  })
})

describe('restoring a version', () => {
  it('does not count as a review: an unreviewed text stays off the site', async () => {
    const id = await clinicalDraft('Restored')
    await submit(id)
    await decide(reviewer, id, { decision: 'approve' })
    await send(app.sessions.writer, 'PATCH', `/articles/${id}?draft=true`, {
      body: lexicalParagraphs(CHANGED),
    })
    const versions = await app.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: '-createdAt',
      depth: 0,
    })
    const unreviewed = versions.docs.find((version) =>
      JSON.stringify(version.version.body).includes('nobody reviewed'),
    )
    expect(unreviewed).toBeDefined()
    await send(app.sessions.editor, 'POST', `/articles/versions/${unreviewed!.id}`)
    expect(String(await publicText(id))).not.toContain('nobody reviewed')
  })
})
