/**
 * Public comments through POST /api/comments/submit and the public read APIs: validation with clear
 * errors that change nothing, target and reply rules, moderation rules, crisis awareness, privacy,
 * counts, and staff replies.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { countRecentHoneypotCatches } from '../../plugins/moderatedComments/submission/honeypot'
import { articleData, createClinician, createComment } from '../helpers/contentFixtures'
import { capturingEmailAdapter, type CapturedMail } from '../helpers/capturedMail'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(
  () =>
    startConsumerApp({
      comments: { limits: { floodIntervalSeconds: 15 } },
      config: {
        email: capturingEmailAdapter(
          { address: 'cms@practice.example', name: 'Practice' },
          capturedEmails,
        ),
      },
    }),
  { people: true },
)

/** What the app's mail adapter was asked to send. */
const capturedEmails: CapturedMail[] = []

let article: { id: number }
let otherArticle: { id: number }
let draftArticle: { id: number }
let closedArticle: { id: number }
let client = 0

beforeAll(async () => {
  // Flood control is tested on its own below; elsewhere each submission comes from a new client.
  const authorId = (await createClinician(app.payload)).id
  const category = await app.payload.create({
    collection: 'categories',
    data: { title: 'Therapy' },
  })
  const publish = (title: string, extra: Record<string, unknown> = {}) =>
    app.payload.create({
      collection: 'articles',
      data: {
        ...articleData(title, authorId),
        categories: [category.id],
        _status: 'published',
        ...extra,
      },
    })
  article = await publish('Open article')
  otherArticle = await publish('Another article')
  closedArticle = await publish('Closed article', { comments: 'closed' })
  draftArticle = await app.payload.create({
    collection: 'articles',
    draft: true,
    data: { ...articleData('Draft article', authorId), _status: 'draft' },
  })
})

type Submission = Partial<{
  targetCollection: unknown
  targetId: unknown
  parent: unknown
  authorName: unknown
  authorEmail: unknown
  body: unknown
  website: unknown
}>

/** Each call is a new reader (address and email) unless the test says otherwise. */
function submit(data: Submission, { address }: { address?: string } = {}) {
  const reader = ++client
  return app.api.request('POST', '/comments/submit', {
    body: {
      targetId: article.id,
      authorName: 'Riley',
      authorEmail: `riley${reader}@example.com`,
      body: 'This helped me understand the difference.',
      ...data,
    },
    headers: { 'x-invited-client-address': address ?? `203.0.113.${reader % 250}` },
  })
}

const commentCount = async () => (await app.payload.count({ collection: 'comments' })).totalDocs

const CODES: Record<number, string> = {
  400: 'invalid_input',
  404: 'target_not_found',
  409: 'comments_closed',
  429: 'rate_limited',
}

/** A refusal: the HTTP status, the matching code, and the message on the named field (or overall). */
async function expectRefused(
  response: Response,
  status: number,
  field: string | null,
  message: RegExp,
) {
  expect(response.status).toBe(status)
  const body = await response.json()
  expect(body).toMatchObject({ ok: false, id: null, status: null, code: CODES[status] })
  if (field)
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field, message: expect.stringMatching(message) }),
      ]),
    )
  else expect(body.message).toMatch(message)
  return body
}

describe('submitting a comment', () => {
  it('lands as pending and says so', async () => {
    const response = await submit({})
    expect(response.status).toBe(201)
    const body = await response.json()
    expect(body).toEqual({
      ok: true,
      id: expect.any(Number),
      status: 'pending',
      message: expect.stringMatching(/once a moderator/),
      crisisResources: null,
      crisisResourcesLanguage: null,
      code: null,
      errors: [],
      retryAfterSeconds: null,
    })
    const stored = await app.payload.findByID({ collection: 'comments', id: body.id })
    expect(stored).toMatchObject({
      status: 'pending',
      urgent: false,
      isStaffReply: false,
      depth: 0,
    })
    expect(stored.ipHash).toMatch(/^[0-9a-f]{32}$/)
  })

  it.each([
    ['an empty body', { body: '' }, 'body', /empty or too short/],
    ['a body of invisible characters', { body: ' \u200b\u200b \n ' }, 'body', /empty or too short/],
    [
      'an oversized body',
      { body: 'x'.repeat(5001) },
      'body',
      /too long: 5001 characters, at most 5000/,
    ],
    ['no name', { authorName: '   ' }, 'authorName', /name is required/],
    [
      'a bad email',
      { authorEmail: 'riley-at-example' },
      'authorEmail',
      /does not look like an email/,
    ],
    [
      'an unknown collection',
      { targetCollection: 'users' },
      'targetCollection',
      /can be posted on: articles/,
    ],
    ['a missing target id', { targetId: undefined }, 'targetId', /id of the document/],
    ['a malformed target id', { targetId: 'abc' }, 'targetId', /id of the document/],
  ])(
    'refuses %s with 400 naming the field, and stores nothing',
    async (_case, data, field, message) => {
      const before = await commentCount()
      await expectRefused(await submit(data as Submission), 400, field, message)
      expect(await commentCount()).toBe(before)
    },
  )

  it('answers a filled honeypot as it answers an accepted comment, stores nothing, and counts the bot', async () => {
    const before = await commentCount()
    const caughtBefore = await countRecentHoneypotCatches(app.payload, 'comments')
    const bot = await submit({ website: 'http://spam.example' })
    const person = await submit({})
    expect(bot.status).toBe(person.status)
    expect([...bot.headers.keys()].sort()).toEqual([...person.headers.keys()].sort())
    const botAnswer = await bot.json()
    const personAnswer = await person.json()
    expect({ ...botAnswer, id: 0 }).toEqual({ ...personAnswer, id: 0 })
    expect(botAnswer.id).toBeGreaterThan(0) // shaped like a real id: the next one, as it happens
    expect(await commentCount()).toBe(before + 1) // the person's comment only
    expect(await countRecentHoneypotCatches(app.payload, 'comments')).toBe(caughtBefore + 1)
  })

  it('keeps a comment with crisis language even when the honeypot was filled (a browser may fill it)', async () => {
    const body = await (
      await submit({ website: 'autofilled.example', body: 'I don’t want to live anymore.' })
    ).json()
    expect(body.crisisResources).toMatch(/988/)
    const stored = await app.payload.findByID({ collection: 'comments', id: body.id })
    expect(stored).toMatchObject({ status: 'pending', urgent: true })
  })

  it('refuses a non-JSON body', async () => {
    const response = await app.api.request('POST', '/comments/submit', {
      headers: { 'content-type': 'application/json' },
    })
    await expectRefused(response, 400, 'body', /must be a JSON object/)
  })

  it('refuses unknown, unpublished and closed targets', async () => {
    const before = await commentCount()
    await expectRefused(
      await submit({ targetId: 999999 }),
      404,
      'targetId',
      /no published document/,
    )
    await expectRefused(
      await submit({ targetId: draftArticle.id }),
      404,
      'targetId',
      /no published document/,
    )
    await expectRefused(await submit({ targetId: closedArticle.id }), 409, 'targetId', /closed/)
    expect(await commentCount()).toBe(before)
  })

  it('stores markup as plain text and normalises odd Unicode', async () => {
    const markup = '<script>alert("x")</script> <b>bold</b> ＦＵＬＬ\u200bwidth'
    const { id } = await (await submit({ body: markup })).json()
    const stored = await app.payload.findByID({ collection: 'comments', id })
    expect(stored.body).toBe('<script>alert("x")</script> <b>bold</b> FULLwidth')
  })
})

describe('the GraphQL mutation', () => {
  const mutation = `mutation Submit($input: SubmitCommentInput!) {
    submitComment(input: $input) { ok id status message crisisResources crisisResourcesLanguage code errors { field message } retryAfterSeconds }
  }`
  const input = (extra: Record<string, unknown> = {}) => ({
    targetId: String(article.id),
    authorName: 'Quinn',
    authorEmail: `quinn${++client}@example.com`,
    body: 'Submitted through GraphQL.',
    ...extra,
  })

  it('submits a comment that waits for moderation', async () => {
    const { data } = await (
      await app.api.graphql(mutation, { variables: { input: input() } })
    ).json()
    expect(data.submitComment).toEqual({
      ok: true,
      id: expect.any(String),
      status: 'pending',
      message: expect.stringMatching(/once a moderator/),
      crisisResources: null,
      crisisResourcesLanguage: null,
      code: null,
      errors: [],
      retryAfterSeconds: null,
    })
    const stored = await app.payload.findByID({
      collection: 'comments',
      id: data.submitComment.id,
    })
    expect(stored.body).toBe('Submitted through GraphQL.')
  })

  it('reports bad input per field and stores nothing', async () => {
    const before = await commentCount()
    const { data } = await (
      await app.api.graphql(mutation, {
        variables: { input: input({ body: '', authorEmail: 'nope' }) },
      })
    ).json()
    expect(data.submitComment).toMatchObject({
      ok: false,
      id: null,
      status: null,
      code: 'invalid_input',
    })
    expect(data.submitComment.errors.map((error: { field: string }) => error.field).sort()).toEqual(
      ['authorEmail', 'body'],
    )
    expect(await commentCount()).toBe(before)
  })

  it('names an unknown target by its input field, targetId, as REST does', async () => {
    const { data } = await (
      await app.api.graphql(mutation, { variables: { input: input({ targetId: '999999' }) } })
    ).json()
    expect(data.submitComment).toMatchObject({
      ok: false,
      code: 'target_not_found',
      errors: [{ field: 'targetId' }],
    })
    const rest = await (await submit({ targetId: 999999 })).json()
    expect(rest.errors).toEqual(data.submitComment.errors)
  })

  it('answers exactly as REST does, crisis resources included', async () => {
    const text = 'Lately I think about ending my life.'
    const headers = { 'x-invited-client-address': '198.51.100.66' }
    const { data } = await (
      await app.api.graphql(mutation, { variables: { input: input({ body: text }) }, headers })
    ).json()
    const rest = await (await submit({ body: text })).json()
    expect({ ...data.submitComment, id: null }).toEqual({ ...rest, id: null })
    expect(rest.crisisResources).toMatch(/988/)
  })

  it('says when to retry after a refusal for flooding, in the answer and in Retry-After', async () => {
    const variables = { input: input() }
    const headers = { 'x-invited-client-address': '198.51.100.77' }
    const first = await app.api.graphql(mutation, { variables, headers })
    expect((await first.json()).data.submitComment.ok).toBe(true)
    const second = await app.api.graphql(mutation, { variables: { input: input() }, headers })
    const { data } = await second.json()
    expect(data.submitComment).toMatchObject({
      ok: false,
      code: 'rate_limited',
      errors: [],
      message: expect.stringMatching(/too quickly/),
    })
    expect(data.submitComment.retryAfterSeconds).toBeGreaterThan(0)
    expect(second.headers.get('retry-after')).toBe(String(data.submitComment.retryAfterSeconds))
  })
})

describe('replies', () => {
  const approvedComment = (articleId = article.id, parent?: number) =>
    createComment(app.payload, { articleId, parent, body: 'An approved comment.' })

  it('are accepted under an approved comment of the same document', async () => {
    const parent = await approvedComment()
    const response = await submit({ parent: parent.id, body: 'A reply.' })
    expect(response.status).toBe(201)
    const stored = await app.payload.findByID({
      collection: 'comments',
      id: (await response.json()).id,
    })
    expect(stored.depth).toBe(1)
  })

  it('are refused under a comment of another document, or one not approved', async () => {
    const elsewhere = await approvedComment(otherArticle.id)
    await expectRefused(await submit({ parent: elsewhere.id }), 400, 'parent', /same document/)
    const pending = await (await submit({})).json()
    await expectRefused(await submit({ parent: pending.id }), 400, 'parent', /published comment/)
  })

  it('are refused beyond the depth limit', async () => {
    let parent = await approvedComment()
    for (let level = 1; level <= 3; level++) parent = await approvedComment(article.id, parent.id)
    expect(parent.depth).toBe(3)
    await expectRefused(await submit({ parent: parent.id }), 400, 'parent', /at most 3 levels/)
  })
})

describe('moderation rules', () => {
  it('hold crisis language as urgent and answer with crisis resources', async () => {
    const response = await submit({
      body: 'Some nights I think everyone would be better off if I ended my life.',
    })
    const body = await response.json()
    expect(body.status).toBe('pending')
    expect(body.crisisResources).toMatch(/988/)
    const stored = await app.payload.findByID({ collection: 'comments', id: body.id })
    expect(stored).toMatchObject({ status: 'pending', urgent: true, flags: ['crisis'] })
  })

  it.each([
    ['typed on a phone (curly apostrophe)', 'I don’t want to live anymore'],
    ['in capitals, stretched', 'I DONT WANNA LIVE ANYMOREEEE'],
    ['about someone else', 'My friend says she wants to kill herself, what do I do?'],
    ['passive', 'I wish I could go to sleep and never wake up.'],
  ])('hold crisis language %s as urgent, with resources in English', async (_case, text) => {
    const body = await (await submit({ body: text })).json()
    expect(body).toMatchObject({ ok: true, status: 'pending', crisisResourcesLanguage: 'en' })
    expect(body.crisisResources).toMatch(/call or text 988.*741741.*911/)
    const stored = await app.payload.findByID({ collection: 'comments', id: body.id })
    expect(stored).toMatchObject({ urgent: true, flags: expect.arrayContaining(['crisis']) })
  })

  it('answer crisis language in Spanish with the resources in Spanish', async () => {
    const body = await (await submit({ body: 'Ya no quiero vivir, estoy cansada de todo.' })).json()
    expect(body).toMatchObject({ status: 'pending', crisisResourcesLanguage: 'es' })
    expect(body.crisisResources).toMatch(/llame al 988 y marque 2.*AYUDA.*911/)
  })

  it('give crisis resources even when the comment is refused', async () => {
    const before = await commentCount()
    const response = await submit({ authorEmail: 'not-an-email', body: 'i want to kms tonight' })
    const body = await expectRefused(response, 400, 'authorEmail', /email/)
    expect(body).toMatchObject({ crisisResourcesLanguage: 'en' })
    expect(body.crisisResources).toMatch(/988/)
    expect(await commentCount()).toBe(before)
    const closed = await (
      await submit({ targetId: closedArticle.id, body: 'Me quiero morir.' })
    ).json()
    expect(closed).toMatchObject({ code: 'comments_closed', crisisResourcesLanguage: 'es' })
  })

  it('never send crisis language to spam, even with spam words', async () => {
    const body = await (await submit({ body: 'casino debts, I want to die' })).json()
    const stored = await app.payload.findByID({ collection: 'comments', id: body.id })
    expect(stored).toMatchObject({ status: 'pending', urgent: true })
  })

  it('flag disclosed health information for a moderator', async () => {
    const body = await (
      await submit({
        body: "I was diagnosed with bipolar disorder last year and I'm taking lithium.",
      })
    ).json()
    const stored = await app.payload.findByID({ collection: 'comments', id: body.id })
    expect(stored.flags).toEqual(['health_information'])
    expect(stored.status).toBe('pending')
  })

  it('send spam words to spam without telling the sender', async () => {
    const response = await submit({ body: 'Best online casino bonus here' })
    const body = await response.json()
    expect(body.status).toBe('pending')
    const stored = await app.payload.findByID({ collection: 'comments', id: body.id })
    expect(stored.status).toBe('spam')
  })

  it('hold comments with more links than allowed', async () => {
    const body = await (
      await submit({ body: 'See https://a.example and www.b.example please' })
    ).json()
    const stored = await app.payload.findByID({ collection: 'comments', id: body.id })
    expect(stored.flags).toContain('links')
  })
})

describe('moderator notifications', () => {
  const mailFor = (subject: RegExp) => capturedEmails.filter((mail) => subject.test(mail.subject))

  it('email the moderators about each new pending comment, with a link to it', async () => {
    const { id } = await (await submit({ body: 'A question about session frequency.' })).json()
    const [mail] = capturedEmails.filter((message) =>
      message.text.includes('A question about session frequency.'),
    )
    expect(mail).toMatchObject({
      to: 'moderator@example.com',
      subject: 'New comment awaiting moderation on “Open article”',
    })
    // Absolute, from the request's host, though this config has no serverURL.
    expect(mail.text).toContain(
      `Moderate it: http://localhost:3000/admin/collections/comments/${id}`,
    )
    expect(mail.text).not.toContain('@example.com') // the commenter's email stays in the CMS
  })

  it('mark crisis language URGENT, however it was typed', async () => {
    await submit({ body: 'I keep thinking about suicide lately.' })
    const [mail] = mailFor(/^URGENT/).filter((message) =>
      message.text.includes('I keep thinking about suicide lately.'),
    )
    await submit({ body: 'I don’t want to be alive anymore.' })
    expect(
      mailFor(/^URGENT/).filter((message) =>
        message.text.includes('I don’t want to be alive anymore.'),
      ),
    ).toHaveLength(1)
    expect(mail.to).toBe('moderator@example.com')
    expect(mail.subject).toBe('URGENT: a comment on “Open article” may show someone in crisis')
    expect(mail.text).toMatch(/crisis language/)
  })

  it('reach a moderator added a moment ago, and no longer one whose role was taken away', async () => {
    await submit({ body: 'Before the new moderator.' }) // the moderators' addresses are remembered now
    const added = await app.payload.create({
      collection: 'users',
      data: {
        email: 'new.moderator@example.com',
        password: 'new-moderator-password-1',
        roles: ['moderator'],
      },
    })
    await submit({ body: 'After the new moderator.' })
    const [after] = capturedEmails.filter((mail) => mail.text.includes('After the new moderator.'))
    expect(after.to.split(', ').sort()).toEqual([
      'moderator@example.com',
      'new.moderator@example.com',
    ])
    await app.payload.update({ collection: 'users', id: added.id, data: { roles: ['writer'] } })
    await submit({ body: 'After the role change.' })
    const [changed] = capturedEmails.filter((mail) => mail.text.includes('After the role change.'))
    expect(changed.to).toBe('moderator@example.com')
  })

  it('say nothing about spam', async () => {
    const before = capturedEmails.length
    await submit({ body: 'cheap viagra' })
    expect(capturedEmails.length).toBe(before)
  })
})

describe('flood control', () => {
  it('refuses a second comment from the same client within the interval, with Retry-After', async () => {
    const address = '198.51.100.7'
    expect((await submit({}, { address })).status).toBe(201)
    const before = await commentCount()
    const second = await submit({ authorEmail: 'someone-else@example.com' }, { address })
    const body = await expectRefused(second, 429, null, /too quickly: wait \d+ seconds/)
    expect(body.retryAfterSeconds).toBeGreaterThan(0)
    expect(Number(second.headers.get('retry-after'))).toBe(body.retryAfterSeconds)
    expect(await commentCount()).toBe(before)
  })

  it('also applies to the same email address from another client', async () => {
    expect((await submit({ authorEmail: 'same@example.com' })).status).toBe(201)
    await expectRefused(await submit({ authorEmail: 'same@example.com' }), 429, null, /too quickly/)
  })
})

describe('privacy and visibility', () => {
  it('shows anonymous readers only approved comments of published documents, without private fields', async () => {
    const pending = await (await submit({ body: 'Pending comment text' })).json()
    const approved = await (await submit({ body: 'Approved comment text' })).json()
    const approve = await app.api.request('PATCH', `/comments/${approved.id}`, {
      token: app.sessions.moderator.token,
      body: { status: 'approved' },
    })
    expect(approve.status).toBe(200)

    const list = await (
      await app.api.request('GET', `/comments?where[target.value][equals]=${article.id}&limit=100`)
    ).json()
    const bodies = list.docs.map((doc: { body: string }) => doc.body)
    expect(bodies).toContain('Approved comment text')
    expect(bodies).not.toContain('Pending comment text')
    for (const doc of list.docs) {
      for (const field of [
        'authorEmail',
        'ipHash',
        'userAgent',
        'flags',
        'moderationNote',
        'moderatedBy',
        'urgent',
      ]) {
        expect(doc[field], field).toBeUndefined()
      }
    }
    expect((await app.api.request('GET', `/comments/${pending.id}`)).status).toBe(404)

    const graphql = await (
      await app.api.graphql(
        '{ Comments(limit: 100) { docs { body authorEmail ipHash flags moderationNote } } }',
      )
    ).json()
    const docs = graphql.data.Comments.docs
    expect(docs.map((doc: { body: string }) => doc.body)).not.toContain('Pending comment text')
    for (const doc of docs)
      expect([doc.authorEmail, doc.ipHash, doc.flags, doc.moderationNote]).toEqual([
        null,
        null,
        null,
        null,
      ])
  })

  it('counts approved comments on the article and leaves its other fields alone', async () => {
    const { docs } = await app.payload.find({
      collection: 'comments',
      where: {
        and: [{ 'target.value': { equals: article.id } }, { status: { equals: 'approved' } }],
      },
      limit: 0,
    })
    const stored = await (await app.api.request('GET', `/articles/${article.id}?depth=0`)).json()
    expect(stored.approvedCommentCount).toBe(docs.length)
    expect(stored.authors).toHaveLength(1)
    expect(stored.categories).toHaveLength(1)
  })

  it('hides the comments of an unpublished article, and shows them again when it is republished', async () => {
    const text = 'Comment on an article that will be unpublished'
    const { id } = await (await submit({ targetId: otherArticle.id, body: text })).json()
    await app.payload.update({ collection: 'comments', id, data: { status: 'approved' } })
    const visible = async () => (await app.api.request('GET', `/comments/${id}`)).status

    expect(await visible()).toBe(200)
    await app.payload.update({
      collection: 'articles',
      id: otherArticle.id,
      data: { _status: 'draft' },
    })
    expect(await visible()).toBe(404)
    await app.payload.update({
      collection: 'articles',
      id: otherArticle.id,
      data: { _status: 'published' },
    })
    expect(await visible()).toBe(200)
  })
})

describe('staff replies', () => {
  it('are approved at once, marked as staff replies, and attached to the parent’s document', async () => {
    const parent = await (await submit({ body: 'A question for the team.' })).json()
    await app.api.request('PATCH', `/comments/${parent.id}`, {
      token: app.sessions.moderator.token,
      body: { status: 'approved' },
    })
    const response = await app.api.request('POST', '/comments', {
      token: app.sessions.moderator.token,
      body: {
        parent: parent.id,
        body: 'Thanks for asking: here is our answer.',
        target: { relationTo: 'articles', value: otherArticle.id },
      },
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc).toMatchObject({ status: 'approved', isStaffReply: true, depth: 1 })
    expect(doc.target.value.id ?? doc.target.value).toBe(article.id)
  })

  it('cannot be written by anonymous readers or writers through the collection API', async () => {
    const anonymous = await app.api.request('POST', '/comments', {
      body: { body: 'x', authorName: 'x', target: { relationTo: 'articles', value: article.id } },
    })
    expect(anonymous.status).toBe(403)
    const writer = await app.api.request('POST', '/comments', {
      token: app.sessions.writer.token,
      body: { body: 'x', authorName: 'x', target: { relationTo: 'articles', value: article.id } },
    })
    expect(writer.status).toBe(403)
  })
})
