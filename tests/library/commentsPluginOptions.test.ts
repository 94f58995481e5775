/**
 * moderatedCommentsPlugin in an app that shares none of this project's conventions: users without a
 * `roles` field (moderators are whoever `isModerator` says), other slugs, a target with its own
 * open/closed field, the collection's labels, group and fields overridden — and, switched off, the
 * same schema with no way in.
 */
import { buildConfig, type CollectionConfig, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { moderatedCommentsPlugin } from 'invited-cms'
import { capturingEmailAdapter, type CapturedMail } from '../helpers/capturedMail'
import { consumerConfig, startConsumerApp, type ConsumerAppOptions } from '../helpers/consumerApp'
import { createRouteClient, type RouteClient } from '../helpers/routeClient'
import { foreignSlug } from '../helpers/foreignSlug'
import type { TestApp } from '../helpers/testApp'

const members: CollectionConfig = {
  slug: 'members',
  auth: true,
  fields: [{ name: 'team', type: 'select', options: ['clinic', 'front_desk'] }],
}
const targets: CollectionConfig[] = [
  { slug: 'stories', fields: [{ name: 'title', type: 'text' }] },
  {
    slug: 'letters',
    fields: [
      { name: 'title', type: 'text' },
      // The app's own switch, under the name the plugin is told to use.
      { name: 'discussion', type: 'select', defaultValue: 'closed', options: ['open', 'closed'] },
    ],
  },
]

const commentsOptions = {
  targets: ['stories', 'letters'],
  commentsSlug: 'remarks',
  openField: 'discussion',
  isModerator: (user: object | null | undefined) =>
    Boolean(user && 'team' in user && user.team === 'clinic'),
  commentsOverrides: {
    labels: { singular: 'Remark', plural: 'Remarks' },
    admin: { group: 'Readers' },
    fields: ({ defaultFields }: { defaultFields: import('payload').Field[] }) => [
      ...defaultFields,
      { name: 'source', type: 'text' as const },
    ],
  },
}

/** What this app's mail adapter was asked to send. */
const capturedEmails: CapturedMail[] = []

const appOptions = (disabled = false): ConsumerAppOptions => ({
  users: members,
  content: false,
  apiGuards: false,
  reliableCommits: false,
  comments: { ...commentsOptions, disabled },
  config: {
    collections: targets,
    email: capturingEmailAdapter(
      { address: 'cms@elsewhere.example', name: 'Elsewhere' },
      capturedEmails,
    ),
  },
})

let app: TestApp
let config: SanitizedConfig
let payload: Payload
let api: RouteClient
let story: { id: number }

beforeAll(async () => {
  app = await startConsumerApp(appOptions())
  ;({ config, payload } = app)
  api = createRouteClient(config, 'members')
  const member = (email: string, team: string) =>
    payload.create({
      collection: foreignSlug('members'),
      data: { email, password: 'member-password-123', team } as never,
    })
  await member('clinician@elsewhere.example', 'clinic')
  await member('desk@elsewhere.example', 'front_desk')
  story = (await payload.create({
    collection: foreignSlug('stories'),
    data: { title: 'A story' } as never,
  })) as never
})

afterAll(async () => {
  await app?.close()
})

const submit = (body: Record<string, unknown>) =>
  api.request('POST', '/remarks/submit', {
    body: {
      targetCollection: 'stories',
      authorName: 'A reader',
      authorEmail: 'reader@example.com',
      ...body,
    },
    headers: { 'x-invited-client-address': `203.0.113.${Math.floor(Math.random() * 250)}` },
  })

describe('moderatedCommentsPlugin options', () => {
  it('adds the open/closed field to a target without one, and keeps a target’s own', () => {
    const field = (collection: string) =>
      config.collections
        .find((candidate) => candidate.slug === foreignSlug(collection))!
        .fields.find((candidate) => 'name' in candidate && candidate.name === 'discussion')
    expect(field('stories')).toMatchObject({ type: 'select', defaultValue: 'open' })
    expect(field('letters')).toMatchObject({ type: 'select', defaultValue: 'closed' })
  })

  it('applies the collection overrides, keeping the plugin’s own fields', () => {
    const remarks = config.collections.find(
      (collection) => collection.slug === foreignSlug('remarks'),
    )!
    expect(remarks.labels).toEqual({ singular: 'Remark', plural: 'Remarks' })
    expect(remarks.admin.group).toBe('Readers')
    const names = remarks.fields.map((field) => ('name' in field ? field.name : undefined))
    expect(names).toEqual(
      expect.arrayContaining(['target', 'body', 'status', 'authorEmail', 'source']),
    )
  })

  it('takes a comment, closes it where the app’s own field says closed, and tells the moderators', async () => {
    const accepted = await submit({ targetId: story.id, body: 'A thoughtful remark.' })
    expect(accepted.status).toBe(201)
    const letter = (await payload.create({
      collection: foreignSlug('letters'),
      data: { title: 'A letter' } as never,
    })) as { id: number }
    const closed = await (
      await submit({ targetCollection: 'letters', targetId: letter.id, body: 'Closed here.' })
    ).json()
    expect(closed).toMatchObject({ ok: false, code: 'comments_closed' })

    const mail = capturedEmails.find((message) => message.text.includes('A thoughtful remark.'))
    // No `roles` in this app: every member isModerator accepts is told, nobody else.
    expect(mail?.to).toBe('clinician@elsewhere.example')
    // An absolute link, below the admin route, though no serverURL is configured.
    expect(mail?.text).toMatch(
      /Moderate it: http:\/\/localhost:3000\/admin\/collections\/remarks\/\d+/,
    )
  })

  it('gives moderator rights to whoever isModerator accepts, and to nobody else', async () => {
    const clinicToken = await api.login('clinician@elsewhere.example', 'member-password-123')
    const deskToken = await api.login('desk@elsewhere.example', 'member-password-123')
    const pending = await (
      await api.request('GET', '/remarks?where[status][equals]=pending', { token: clinicToken })
    ).json()
    expect(pending.totalDocs).toBe(1)
    expect(pending.docs[0].authorEmail).toBe('reader@example.com')
    const hidden = await (
      await api.request('GET', '/remarks?where[status][equals]=pending', { token: deskToken })
    ).json()
    expect(hidden.totalDocs).toBe(0)

    const id = pending.docs[0].id
    expect(
      (
        await api.request('PATCH', `/remarks/${id}`, {
          token: deskToken,
          body: { status: 'approved' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api.request('PATCH', `/remarks/${id}`, {
          token: clinicToken,
          body: { status: 'approved' },
        })
      ).status,
    ).toBe(200)
    const story1 = (await payload.findByID({
      collection: foreignSlug('stories'),
      id: story.id,
    })) as {
      approvedCommentCount?: number
    }
    expect(story1.approvedCommentCount).toBe(1)
  })

  it('refuses ids that cannot exist with a 400 naming the field', async () => {
    const answer = await (await submit({ targetId: 'not-a-number', body: 'Hello there.' })).json()
    expect(answer).toMatchObject({
      ok: false,
      code: 'invalid_input',
      errors: [{ field: 'targetId' }],
    })
  })
})

describe('moderatedCommentsPlugin switched off', () => {
  it('keeps the same collections and fields, with no submission endpoint, mutation or queue', async () => {
    const disabled = await buildConfig(consumerConfig(app.database, appOptions(true)))
    const shape = (candidate: SanitizedConfig) =>
      candidate.collections.map((collection) => [
        collection.slug,
        collection.flattenedFields.map((field) => field.name),
      ])
    expect(shape(disabled)).toEqual(shape(config))
    const remarks = disabled.collections.find(
      (collection) => collection.slug === foreignSlug('remarks'),
    )!
    expect(
      remarks.endpoints === false ? [] : remarks.endpoints.map((endpoint) => endpoint.path),
    ).not.toContain('/submit')
    expect(disabled.admin.components?.views?.moderationQueue).toBeUndefined()
    expect(config.admin.components?.views?.moderationQueue).toBeDefined()
  })
})

describe('moderatedCommentsPlugin option checks', () => {
  const install = (options: Record<string, unknown>) => () =>
    moderatedCommentsPlugin(options as never)({
      collections: [{ slug: 'stories', fields: [] }],
    } as never)

  it('names each wrong option when the config is built', () => {
    expect(
      install({ targets: ['stories'], limits: { maxPerHour: -1 }, notify: ['not-an-email'] }),
    ).toThrow(
      'moderatedCommentsPlugin: "limits.maxPerHour" must be a whole number of at least 0, got -1; "notify" must be a list of email addresses, got ["not-an-email"].',
    )
    expect(install({ targets: [] })).toThrow(
      /"targets" must be a non-empty list of collection slugs/,
    )
    expect(install({ targets: ['stories'], isModerator: 'moderator' })).toThrow(
      /"isModerator" must be a function of the user, got "moderator"/,
    )
    expect(install({ targets: ['stories'], commentsSlug: 'Remarks!' })).toThrow(
      /"commentsSlug" must be a collection slug/,
    )
    expect(install({ targets: ['stories'], retention: { days: -1 } })).toThrow(
      /"retention.days" must be a whole number of days \(0 keeps the data\), got -1/,
    )
    expect(install({ targets: ['nowhere'] })).toThrow(/target collection\(s\) nowhere not found/)
    expect(install({ targets: ['stories'], commentsSlug: 'stories' })).toThrow(
      /already has a collection "stories"/,
    )
  })
})
