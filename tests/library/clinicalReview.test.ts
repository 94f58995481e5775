/**
 * Clinical re-review: a review attests to the text the reviewer read. Editors see "changed since
 * review" once the body changes after it (drafts included), and "review due" once the review is
 * older than the interval; readers keep seeing the real review date. Only editors record reviews.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { reviewQueues } from '../../collections/Articles/reviewQueues'
import { articleData, createClinician, type Sessions } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { lexicalParagraphs } from '../helpers/lexical'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(
  () =>
    startConsumerApp({
      content: { clinicalReview: { intervalMonths: 12, gate: true } },
    }),
  { people: true },
)

let clinicianId: number

beforeAll(async () => {
  clinicianId = (await createClinician(app.payload)).id
})

const REVIEWED_TEXT = ['Therapy treats; coaching builds.', 'Both can help.']

async function patch(role: keyof Sessions, id: number, body: Record<string, unknown>, query = '') {
  const response = await app.api.request('PATCH', `/articles/${id}${query}`, {
    token: app.sessions[role].token,
    body,
  })
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
  return (await response.json()).doc
}

/** A published article the writer owns, reviewed by an editor on `reviewedAt`. */
async function reviewedArticle(title: string, reviewedAt = new Date().toISOString()) {
  const created = await app.api.request('POST', '/articles', {
    token: app.sessions.writer.token,
    body: { ...articleData(title, clinicianId, REVIEWED_TEXT), _status: 'published' },
  })
  expect(created.status).toBe(201)
  const { doc } = await created.json()
  await patch('editor', doc.id, { reviewedBy: clinicianId, lastReviewedAt: reviewedAt })
  return doc.id as number
}

const asEditor = async (id: number, draft = false) =>
  (
    await app.api.request('GET', `/articles/${id}?depth=0${draft ? '&draft=true' : ''}`, {
      token: app.sessions.editor.token,
    })
  ).json()

describe('changed since review', () => {
  it('is false right after a review, and true once a writer changes the body', async () => {
    const id = await reviewedArticle('Changed after review')
    expect((await asEditor(id)).changedSinceReview).toBe(false)

    await patch('writer', id, { body: lexicalParagraphs([...REVIEWED_TEXT, 'A new claim.']) })
    const after = await asEditor(id)
    expect(after.changedSinceReview).toBe(true)
    // The public review date is the real one: an edit does not move it.
    const anonymous = await (await app.api.request('GET', `/articles/${id}?depth=0`)).json()
    expect(anonymous.lastReviewedAt).toBe(after.lastReviewedAt)
    expect(anonymous).not.toHaveProperty('changedSinceReview')
    expect(anonymous).not.toHaveProperty('reviewedBodyFingerprint')
  })

  it('is raised by an unpublished draft, before the change goes live', async () => {
    const id = await reviewedArticle('Draft change')
    await patch(
      'writer',
      id,
      { body: lexicalParagraphs(['Therapy treats; coaching builds.', 'Both always help.']) },
      '?draft=true',
    )
    expect((await asEditor(id, true)).changedSinceReview).toBe(true)
    expect((await asEditor(id)).changedSinceReview).toBe(false)
  })

  it('ignores saves that do not change the words, and formatting', async () => {
    const id = await reviewedArticle('Formatting only')
    await patch('writer', id, { title: 'Formatting only, retitled' })
    const bold = lexicalParagraphs(REVIEWED_TEXT)
    const paragraph = bold.root.children[0] as unknown as { children: { format: number }[] }
    paragraph.children[0].format = 1
    await patch('writer', id, { body: bold })
    expect((await asEditor(id)).changedSinceReview).toBe(false)
  })

  it('is cleared when an editor records a new review of the changed text', async () => {
    const id = await reviewedArticle('Re-reviewed')
    await patch('writer', id, { body: lexicalParagraphs(['Rewritten entirely.']) })
    expect((await asEditor(id)).changedSinceReview).toBe(true)
    await patch('editor', id, { lastReviewedAt: new Date().toISOString() })
    expect((await asEditor(id)).changedSinceReview).toBe(false)
    // Changing the text back to what was first reviewed is now a change again.
    await patch('writer', id, { body: lexicalParagraphs(REVIEWED_TEXT) })
    expect((await asEditor(id)).changedSinceReview).toBe(true)
  })

  it('cannot be cleared by a writer: writers do not record reviews', async () => {
    const id = await reviewedArticle('Writer tries')
    const reviewedAt = (await asEditor(id)).lastReviewedAt
    await patch('writer', id, { body: lexicalParagraphs(['Changed by the writer.']) })
    const attempt = await patch('writer', id, {
      lastReviewedAt: new Date(Date.now() + 60_000).toISOString(),
      changedSinceReview: false,
      reviewedBodyFingerprint: 'forged',
    })
    expect(attempt.lastReviewedAt).toBe(reviewedAt)
    expect((await asEditor(id)).changedSinceReview).toBe(true)
  })
})

describe('who sees the review flag, on every path', () => {
  it('is shown to the editorial team and hidden from readers and moderators, on REST and GraphQL', async () => {
    const id = await reviewedArticle('Flag on every path')
    await patch('writer', id, { body: lexicalParagraphs(['Changed for the path check.']) })
    const restAs = async (role: keyof Sessions | null, query: string) =>
      (
        await app.api.request('GET', `/articles/${id}?${query}`, {
          token: role ? app.sessions[role].token : undefined,
        })
      ).json()
    for (const query of ['depth=0', 'depth=2', 'select[changedSinceReview]=true']) {
      expect((await restAs('writer', query)).changedSinceReview).toBe(true)
      expect((await restAs('editor', query)).changedSinceReview).toBe(true)
      expect(await restAs(null, query)).not.toHaveProperty('changedSinceReview')
      expect(await restAs('moderator', query)).not.toHaveProperty('changedSinceReview')
      expect(await restAs(null, query)).not.toHaveProperty('reviewedBodyFingerprint')
    }
    const query = `{ Article(id: ${id}) { changedSinceReview reviewedBodyFingerprint lastReviewedAt } }`
    const editor = await app.api.graphqlData(query, { token: app.sessions.editor.token })
    expect(editor.Article.changedSinceReview).toBe(true)
    const anonymous = await (await app.api.graphql(query)).json()
    expect(anonymous.data.Article.changedSinceReview).toBeNull()
    expect(anonymous.data.Article.reviewedBodyFingerprint).toBeNull()
    expect(anonymous.data.Article.lastReviewedAt).toBe(editor.Article.lastReviewedAt)
  })

  it('cannot be used by readers to filter, and malformed filters are a 4xx', async () => {
    for (const query of [
      'where[changedSinceReview][equals]=true',
      'where[changedSinceReview][equals]=banana',
      'where[reviewedBodyFingerprint][like]=a',
      'sort=changedSinceReview',
    ]) {
      const response = await app.api.request('GET', `/articles?${query}`)
      expect(response.status, query).toBeGreaterThanOrEqual(400)
      expect(response.status, query).toBeLessThan(500)
    }
    const malformed = await app.api.request(
      'GET',
      '/articles?where[lastReviewedAt][less_than]=not-a-date',
      { token: app.sessions.editor.token },
    )
    expect(malformed.status).toBeLessThan(500)
  })
})

describe('review due and the editors’ queues', () => {
  it('lists articles by staleness, with the user’s own rights', async () => {
    const old = new Date(Date.now() - 13 * 30 * 86_400_000).toISOString()
    const staleId = await reviewedArticle('Reviewed over a year ago', old)
    const freshId = await reviewedArticle('Reviewed this week')
    const changedId = await reviewedArticle('Reviewed, then changed')
    await patch('writer', changedId, { body: lexicalParagraphs(['Different now.']) })
    const neverCreated = await app.api.request('POST', '/articles', {
      token: app.sessions.writer.token,
      body: { ...articleData('Never reviewed', clinicianId), _status: 'published' },
    })
    const neverId = (await neverCreated.json()).doc.id

    const { payload } = app
    const editor = await payload.findByID({ collection: 'users', id: app.sessions.editor.id })
    const ids = (queues: Awaited<ReturnType<typeof reviewQueues>>, key: string) =>
      queues.find((queue) => queue.key === key)!.docs.map((doc) => doc.id)
    const queuesOf = (user: typeof editor, reviewIntervalMonths: number) =>
      reviewQueues(payload, { articlesSlug: 'articles', user, reviewIntervalMonths, shown: 100 })
    const queues = await queuesOf(editor, 12)
    expect(ids(queues, 'due')).toContain(staleId)
    expect(ids(queues, 'due')).not.toContain(freshId)
    expect(ids(queues, 'changed')).toContain(changedId)
    expect(ids(queues, 'changed')).not.toContain(freshId)
    expect(ids(queues, 'never')).toContain(neverId)
    expect(ids(queues, 'never')).not.toContain(freshId)

    // A shorter interval makes more reviews due; the public date never changes.
    const strict = await queuesOf(editor, 1)
    expect(ids(strict, 'due')).toContain(staleId)
    expect(ids(strict, 'due')).not.toContain(freshId)

    // A moderator may not read the editorial flag: asking with their rights is refused (their
    // dashboard has no review widget), never answered from data they may not see.
    const moderator = await payload.findByID({ collection: 'users', id: app.sessions.moderator.id })
    const theirs = await queuesOf(moderator, 12).catch((error: Error) => error)
    expect(theirs).toBeInstanceOf(Error)
  })
})
