/**
 * Articles as writers and editors make them: slugs, reading time, first-publish date, clinical review,
 * ownership, versions.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import {
  articleData,
  createClinician,
  createCoach,
  type Sessions,
} from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { lexicalParagraphs } from '../helpers/lexical'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { people: true })

let clinicianId: number

beforeAll(async () => {
  clinicianId = (await createClinician(app.payload)).id
})

async function createAs(role: keyof Sessions, data: Record<string, unknown>, query = '') {
  return app.api.request('POST', `/articles${query}`, {
    token: app.sessions[role].token,
    body: data,
  })
}

describe('slugs', () => {
  it('are generated from the title', async () => {
    const response = await createAs(
      'writer',
      articleData("Therapy vs. Coaching: What's the Difference?", clinicianId),
    )
    expect(response.status).toBe(201)
    expect((await response.json()).doc.slug).toBe('therapy-vs-coaching-whats-the-difference')
  })

  it('refuse a conflict with a clear message and create nothing', async () => {
    const response = await createAs(
      'editor',
      articleData("Therapy vs Coaching: What's the difference", clinicianId),
    )
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(JSON.stringify(body)).toContain(
      'The slug \\"therapy-vs-coaching-whats-the-difference\\" is already used',
    )
    expect(body.errors[0].data.errors[0].path).toBe('slug')
    const { totalDocs } = await app.payload.count({ collection: 'articles' })
    expect(totalDocs).toBe(1)
  })

  it('normalise a slug typed by hand, and refuse one with nothing usable', async () => {
    const typed = await createAs('writer', {
      ...articleData('Sleep and anxiety', clinicianId),
      slug: 'Sleep & Anxiety 101',
    })
    expect((await typed.json()).doc.slug).toBe('sleep-and-anxiety-101')
    const empty = await createAs('writer', { ...articleData('!!!', clinicianId) })
    expect(empty.status).toBe(400)
  })

  it('follow the title while a draft has never been published, then stay fixed', async () => {
    const draft = await createAs(
      'writer',
      { ...articleData('Bur', clinicianId), _status: 'draft' },
      '?draft=true',
    )
    const { doc } = await draft.json()
    expect(doc.slug).toBe('bur')
    const renamed = await app.api.request('PATCH', `/articles/${doc.id}?draft=true`, {
      token: app.sessions.writer.token,
      body: { title: 'Burnout and boundaries' },
    })
    expect((await renamed.json()).doc.slug).toBe('burnout-and-boundaries')

    await app.api.request('PATCH', `/articles/${doc.id}`, {
      token: app.sessions.writer.token,
      body: { _status: 'published' },
    })
    const retitled = await app.api.request('PATCH', `/articles/${doc.id}`, {
      token: app.sessions.writer.token,
      body: { title: 'Burnout, boundaries and rest' },
    })
    expect((await retitled.json()).doc.slug).toBe('burnout-and-boundaries')
  })
})

describe('computed facts', () => {
  it('reading time is computed from the body on save', async () => {
    const words = Array.from({ length: 700 }, () => 'word').join(' ')
    const response = await createAs('writer', articleData('A longer read', clinicianId, [words]))
    const { doc } = await response.json()
    expect(doc.readingTimeMinutes).toBe(3)
    const updated = await app.api.request('PATCH', `/articles/${doc.id}`, {
      token: app.sessions.writer.token,
      body: { body: lexicalParagraphs(['Now short.']) },
    })
    expect((await updated.json()).doc.readingTimeMinutes).toBe(1)
  })

  it('publishedAt is set on first publish and kept on later saves', async () => {
    const created = await createAs(
      'writer',
      { ...articleData('Values alignment', clinicianId), _status: 'draft' },
      '?draft=true',
    )
    const { doc } = await created.json()
    expect(doc.publishedAt ?? null).toBeNull()

    const published = await app.api.request('PATCH', `/articles/${doc.id}`, {
      token: app.sessions.writer.token,
      body: { _status: 'published' },
    })
    const firstPublishedAt = (await published.json()).doc.publishedAt
    expect(Date.parse(firstPublishedAt)).toBeGreaterThan(Date.now() - 60_000)

    await new Promise((resolve) => setTimeout(resolve, 20))
    const edited = await app.api.request('PATCH', `/articles/${doc.id}`, {
      token: app.sessions.writer.token,
      body: { excerpt: 'Edited.' },
    })
    expect((await edited.json()).doc.publishedAt).toBe(firstPublishedAt)
  })
})

describe('clinical review', () => {
  it('accepts a licensed clinician and dates the review', async () => {
    const response = await createAs('editor', {
      ...articleData('Reviewed piece', clinicianId),
      reviewedBy: clinicianId,
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(Date.parse(doc.lastReviewedAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('refuses a reviewer without a clinical license, naming them', async () => {
    const coach = await createCoach(app.payload, 'Robin Reviewer')
    const response = await createAs('editor', {
      ...articleData('Badly reviewed', clinicianId),
      reviewedBy: coach.id,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Robin Reviewer cannot review articles')
  })
})

describe('ownership', () => {
  it('lets a writer edit and publish their own article but not another writer’s', async () => {
    const own = await (
      await createAs(
        'writer',
        { ...articleData('Mine', clinicianId), _status: 'draft' },
        '?draft=true',
      )
    ).json()
    const theirs = await (
      await createAs(
        'otherWriter',
        { ...articleData('Theirs', clinicianId), _status: 'draft' },
        '?draft=true',
      )
    ).json()

    const publishOwn = await app.api.request('PATCH', `/articles/${own.doc.id}`, {
      token: app.sessions.writer.token,
      body: { _status: 'published' },
    })
    expect(publishOwn.status).toBe(200)

    const editTheirs = await app.api.request('PATCH', `/articles/${theirs.doc.id}`, {
      token: app.sessions.writer.token,
      body: { title: 'Hijacked' },
    })
    expect(editTheirs.status).toBeGreaterThanOrEqual(400)
    const stored = await app.payload.findByID({
      collection: 'articles',
      id: theirs.doc.id,
      draft: true,
    })
    expect(stored.title).toBe('Theirs')

    const deleteTheirs = await app.api.request('DELETE', `/articles/${theirs.doc.id}`, {
      token: app.sessions.writer.token,
    })
    expect(deleteTheirs.status).toBeGreaterThanOrEqual(400)
    expect(
      await app.payload.count({
        collection: 'articles',
        where: { id: { equals: theirs.doc.id } },
      }),
    ).toEqual({ totalDocs: 1 })
  })

  it('records the creating writer, who cannot hand the article to someone else', async () => {
    const created = await (await createAs('writer', articleData('Owned', clinicianId))).json()
    const stored = await app.payload.findByID({
      collection: 'articles',
      id: created.doc.id,
      depth: 0,
    })
    expect(stored.createdBy).toBe(app.sessions.writer.id)

    await app.api.request('PATCH', `/articles/${created.doc.id}`, {
      token: app.sessions.writer.token,
      body: { createdBy: app.sessions.otherWriter.id },
    })
    const after = await app.payload.findByID({
      collection: 'articles',
      id: created.doc.id,
      depth: 0,
    })
    expect(after.createdBy).toBe(app.sessions.writer.id)
  })

  it('lets an editor edit anyone’s article', async () => {
    const created = await (
      await createAs('writer', articleData('Edited by editor', clinicianId))
    ).json()
    const response = await app.api.request('PATCH', `/articles/${created.doc.id}`, {
      token: app.sessions.editor.token,
      body: { excerpt: 'Tightened.' },
    })
    expect(response.status).toBe(200)
  })
})

describe('versions', () => {
  it('keeps each save and restores an earlier one', async () => {
    const created = await (
      await createAs('writer', articleData('Versioned', clinicianId, ['First wording.']))
    ).json()
    await app.api.request('PATCH', `/articles/${created.doc.id}`, {
      token: app.sessions.writer.token,
      body: { body: lexicalParagraphs(['Second wording.']), excerpt: 'second' },
    })
    const versions = await (
      await app.api.request(
        'GET',
        `/articles/versions?where[parent][equals]=${created.doc.id}&sort=createdAt`,
        { token: app.sessions.writer.token },
      )
    ).json()
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    const first = versions.docs[0]

    const restored = await app.api.request('POST', `/articles/versions/${first.id}`, {
      token: app.sessions.writer.token,
    })
    expect(restored.status).toBe(200)
    const current = await app.payload.findByID({ collection: 'articles', id: created.doc.id })
    expect(JSON.stringify(current.body)).toContain('First wording.')
  })
})
