/**
 * The audit log (plugins/auditLog): every listed action lands in the log exactly once with its
 * actor — through the Local API with a user and over REST — and nothing (REST, GraphQL, the Local API
 * with overrideAccess) can change or delete an entry. Also: only admins read it, the JSON-lines
 * export, retention, and (PostgreSQL) a change that rolls back leaves no entry.
 */
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AuditLogIsAppendOnly, pruneAuditLog, recordAuditEvent } from 'invited-cms'

import {
  articleData,
  createClinician,
  createComment,
  createPeople,
  type Sessions,
} from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import type { TestApp } from '../helpers/testApp'
import { createRouteClient, type RouteClient } from '../helpers/routeClient'

let harness: TestApp
let payload: Payload
let api: RouteClient
let sessions: Sessions
let clinicianId: number

beforeAll(async () => {
  harness = await startConsumerApp({
    auditLog: { excludeCollections: ['comments-submission-locks', 'comments-honeypot-catches'] },
  })
  payload = harness.payload
  api = createRouteClient(harness.config)
  sessions = await createPeople(payload, api)
  clinicianId = (await createClinician(payload)).id
})

afterAll(async () => {
  await harness?.close()
})

type Entry = {
  id: number
  action: string
  actor: number | null
  actorLabel: string | null
  collection: string | null
  documentId: string | null
  version: string | null
  details: Record<string, unknown> | null
}

async function entries(where: Where): Promise<Entry[]> {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where,
    sort: 'id',
    limit: 0,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as Entry[]
}

const aboutDoc = (collection: string, id: number | string): Where => ({
  and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }],
})

const user = (role: keyof Sessions) =>
  payload.findByID({ collection: 'users', id: sessions[role].id, depth: 0 })

async function newestVersionId(id: number) {
  const { docs } = await payload.findVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
  })
  return String(docs[0]!.id)
}

describe('document events', () => {
  it('logs create, draft save, publish, unpublish, restore and delete once each, with the editor and the versions', async () => {
    const editor = await user('editor')
    const asEditor = { user: editor, overrideAccess: false } as const
    const article = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Audited article', clinicianId), _status: 'draft' },
      ...asEditor,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: 'Audited article, second draft' },
      ...asEditor,
    })
    const draftVersion = await newestVersionId(article.id)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
      ...asEditor,
    })
    const publishedVersion = await newestVersionId(article.id)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      ...asEditor,
    })
    await payload.restoreVersion({ collection: 'articles', id: draftVersion, ...asEditor })
    const restoredVersion = await newestVersionId(article.id)

    const logged = await entries(aboutDoc('articles', article.id))
    expect(logged.map((entry) => entry.action)).toEqual([
      'create',
      'save',
      'publish',
      'unpublish',
      'restore',
    ])
    expect(logged.every((entry) => entry.actor === sessions.editor.id)).toBe(true)
    expect(logged.every((entry) => entry.actorLabel === 'editor@example.com')).toBe(true)
    expect(logged[1]!.version).toBe(draftVersion)
    expect(logged[1]!.details).toMatchObject({ draft: true })
    expect(logged[2]!.version).toBe(publishedVersion)
    expect(logged[4]!.version).toBe(restoredVersion)
    expect(logged[4]!.details).toMatchObject({ fromVersion: draftVersion })

    await payload.delete({ collection: 'articles', id: article.id, ...asEditor })
    const afterDelete = await entries(aboutDoc('articles', article.id))
    expect(afterDelete.map((entry) => entry.action).slice(-1)).toEqual(['delete'])
    expect(afterDelete).toHaveLength(6)
  })

  it('shows on each version who saved it (savedBy)', async () => {
    const article = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Saved by whom', clinicianId), _status: 'draft' },
      user: await user('writer'),
      overrideAccess: false,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: 'Saved by the editor' },
      user: await user('editor'),
      overrideAccess: false,
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((version) => version.version.savedBy)).toEqual([
      sessions.writer.id,
      sessions.editor.id,
    ])
    // The value sent is ignored: nobody can claim another's save.
    const spoofed = await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { savedBy: sessions.admin.id },
      depth: 0,
      user: await user('editor'),
      overrideAccess: false,
    })
    expect(spoofed.savedBy).toBe(sessions.editor.id)
    // Readers do not see who saved a published article.
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    const publicRead = await (await api.request('GET', `/articles/${article.id}`)).json()
    expect(publicRead.title).toBe('Saved by the editor')
    expect(publicRead).not.toHaveProperty('savedBy')
  })

  it('logs an autosaved draft once per version, marked as autosave', async () => {
    const writer = await user('writer')
    const article = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Autosaved', clinicianId), _status: 'draft' },
      user: writer,
      overrideAccess: false,
    })
    for (const title of ['Autosaved 1', 'Autosaved 12', 'Autosaved 123']) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        draft: true,
        autosave: true,
        data: { title },
        user: writer,
        overrideAccess: false,
      })
    }
    const saves = (await entries(aboutDoc('articles', article.id))).filter(
      (entry) => entry.action === 'save',
    )
    expect(saves).toHaveLength(1)
    expect(saves[0]!.details).toMatchObject({ autosave: true, draft: true })
    expect(saves[0]!.version).toBe(await newestVersionId(article.id))
  })

  it('logs a save over REST with the signed-in user', async () => {
    const category = await payload.create({ collection: 'categories', data: { title: 'Grief' } })
    const response = await api.request('PATCH', `/categories/${category.id}`, {
      token: sessions.editor.token,
      body: { title: 'Grief and loss' },
    })
    expect(response.status).toBe(200)
    const logged = await entries(aboutDoc('categories', category.id))
    expect(logged.map((entry) => [entry.action, entry.actor])).toEqual([
      ['create', null],
      ['save', sessions.editor.id],
    ])
  })

  it('logs a change of a global (the practice) with the signed-in user', async () => {
    const response = await api.request('POST', '/globals/practice', {
      token: sessions.editor.token,
      body: { name: 'Harbor Counseling' },
    })
    expect(response.status).toBe(200)
    const logged = await entries({ collection: { equals: 'practice' } })
    expect(logged.map((entry) => [entry.action, entry.actor, entry.details])).toEqual([
      ['save', sessions.editor.id, { global: true }],
    ])
  })

  it('logs a scheduled publish with the user who scheduled it', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Scheduled', clinicianId), _status: 'draft' },
    })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: sessions.editor.id },
      },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    const scheduled = (await entries(aboutDoc('articles', draft.id))).filter(
      (entry) => entry.action === 'schedule',
    )
    expect(scheduled).toHaveLength(1)
    expect(scheduled[0]!.actor).toBe(sessions.editor.id)
    expect(scheduled[0]!.details).toMatchObject({ type: 'publish', job: job.id })
    // The jobs collection itself is not audited.
    expect(await entries({ collection: { equals: 'payload-jobs' } })).toEqual([])
  })
})

describe('specific events', () => {
  it('logs a role change with the roles before and after (REST, admin)', async () => {
    const person = await payload.create({
      collection: 'users',
      data: { email: 'promoted@example.com', password: 'a-long-password-123', roles: ['writer'] },
    })
    const response = await api.request('PATCH', `/users/${person.id}`, {
      token: sessions.admin.token,
      body: { roles: ['writer', 'editor'] },
    })
    expect(response.status).toBe(200)
    // A save that leaves the roles alone is no role change.
    await api.request('PATCH', `/users/${person.id}`, {
      token: sessions.admin.token,
      body: { name: 'Promoted Person' },
    })
    const changes = await entries({
      and: [aboutDoc('users', person.id), { action: { equals: 'role.change' } }],
    })
    expect(changes).toHaveLength(1)
    expect(changes[0]!.actor).toBe(sessions.admin.id)
    expect(changes[0]!.details).toMatchObject({
      before: ['writer'],
      after: ['editor', 'writer'],
      granted: ['editor'],
      revoked: [],
    })
  })

  it('logs a credential newly verified, once', async () => {
    const author = await createClinician(payload, 'Unverified Clinician', { verified: false })
    const editor = await user('editor')
    const credentials = author.credentials!.map((entry) => ({
      ...entry,
      credential: typeof entry.credential === 'object' ? entry.credential.id : entry.credential,
      verified: true,
    }))
    for (let i = 0; i < 2; i++) {
      await payload.update({
        collection: 'authors',
        id: author.id,
        data: { credentials },
        user: editor,
        overrideAccess: false,
      })
    }
    const verified = await entries({
      and: [aboutDoc('authors', author.id), { action: { equals: 'credential.verify' } }],
    })
    // Both entries (MSW and LCSW) became verified in the first save; the second changed nothing.
    expect(verified).toHaveLength(2)
    expect(verified.every((entry) => entry.actor === sessions.editor.id)).toBe(true)
    expect(verified.every((entry) => entry.details?.verified === true)).toBe(true)

    // Withdrawing a verification is logged too, once.
    const current = await payload.findByID({ collection: 'authors', id: author.id, depth: 0 })
    await payload.update({
      collection: 'authors',
      id: author.id,
      data: {
        credentials: current.credentials!.map((entry, index) => ({
          ...entry,
          verified: index === 1 ? false : entry.verified,
        })),
      },
      user: editor,
      overrideAccess: false,
    })
    const after = await entries({
      and: [aboutDoc('authors', author.id), { action: { equals: 'credential.verify' } }],
    })
    expect(after).toHaveLength(3)
    expect(after[2]!.details).toMatchObject({ verified: false, entry: current.credentials![1]!.id })
  })

  it('logs moderation with the status change only, nothing of the commenter', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { ...articleData('Discussed', clinicianId), _status: 'published' },
    })
    const comment = await createComment(payload, {
      articleId: article.id,
      body: 'Thank you for this.',
      status: 'pending',
      authorName: 'Private Reader',
    })
    await payload.update({
      collection: 'comments',
      id: comment.id,
      data: { status: 'approved' },
      user: await user('moderator'),
      overrideAccess: false,
    })
    const logged = await entries(aboutDoc('comments', comment.id))
    const moderated = logged.filter((entry) => entry.action === 'comment.moderate')
    expect(moderated).toHaveLength(1)
    expect(moderated[0]!.actor).toBe(sessions.moderator.id)
    expect(moderated[0]!.details).toEqual({ from: 'pending', to: 'approved' })
    expect(JSON.stringify(logged)).not.toContain('Private Reader')
    expect(logged.map((entry) => entry.details)).toEqual([
      null,
      null,
      { from: 'pending', to: 'approved' },
    ])
  })

  it('logs personal-data export and erasure without the address', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { ...articleData('Erasable', clinicianId), _status: 'published' },
    })
    await payload.create({
      collection: 'comments',
      data: {
        target: { relationTo: 'articles', value: article.id },
        authorName: 'Forget Me',
        authorEmail: 'forget.me@example.com',
        body: 'Please forget me later.',
        status: 'approved',
        targetPublished: true,
      },
    })
    const exported = await api.request(
      'GET',
      '/comments/personal-data?email=forget.me@example.com',
      { token: sessions.admin.token },
    )
    expect(exported.status).toBe(200)
    const erased = await api.request('POST', '/comments/personal-data/erase', {
      token: sessions.admin.token,
      body: { email: 'forget.me@example.com' },
    })
    expect(erased.status).toBe(200)
    for (const action of ['personalData.export', 'personalData.erase']) {
      const logged = await entries({ action: { equals: action } })
      expect(logged).toHaveLength(1)
      expect(logged[0]!.actor).toBe(sessions.admin.id)
      expect(logged[0]!.details).toMatchObject({ comments: 1 })
    }
    const all = await entries({ collection: { equals: 'comments' } })
    expect(JSON.stringify(all)).not.toContain('forget.me')
  })

  it('logs each failed sign-in, and the lockout once', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'locked@example.com', password: 'the-right-password-1', roles: ['writer'] },
    })
    const attempt = (password: string) =>
      api.request('POST', '/users/login', { body: { email: 'locked@example.com', password } })
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).status).toBe(401)
    // Locked now: even the right password is refused, and logged as a failure.
    expect((await attempt('the-right-password-1')).status).toBe(401)
    const failures = await entries({
      and: [{ action: { equals: 'signIn.failure' } }, { actorLabel: { exists: true } }],
    })
    const mine = failures.filter((entry) => entry.details?.email === 'locked@example.com')
    expect(mine).toHaveLength(6)
    expect(mine.slice(-1)[0]!.details).toMatchObject({ reason: 'account locked' })
    const lockouts = await entries({ action: { equals: 'signIn.lockout' } })
    expect(lockouts).toHaveLength(1)
    expect(lockouts[0]!.details).toMatchObject({ email: 'locked@example.com' })
    // An address without an account is logged too, without a document.
    await api.request('POST', '/users/login', {
      body: { email: 'nobody@example.com', password: 'whatever-it-is' },
    })
    const unknown = (await entries({ action: { equals: 'signIn.failure' } })).filter(
      (entry) => entry.details?.email === 'nobody@example.com',
    )
    expect(unknown).toHaveLength(1)
    expect(unknown[0]!.documentId).toBeNull()
  })

  it('records an event from other code with the request’s user (recordAuditEvent)', async () => {
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: await user('editor') }, payload)
    await recordAuditEvent(req, {
      action: 'review.approve',
      collection: 'articles',
      documentId: 12345,
      details: { note: 'looks right' },
    })
    const logged = await entries({ action: { equals: 'review.approve' } })
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({
      actor: sessions.editor.id,
      collection: 'articles',
      documentId: '12345',
      details: { note: 'looks right' },
    })
  })
})

describe('nobody changes or deletes an entry', () => {
  let entry: Entry

  beforeAll(async () => {
    ;[entry] = await entries({ action: { exists: true } })
  })

  it('over REST, not even an admin', async () => {
    for (const [method, path] of [
      ['PATCH', `/audit-log/${entry.id}`],
      ['DELETE', `/audit-log/${entry.id}`],
      ['PATCH', `/audit-log?where[id][equals]=${entry.id}`],
      ['DELETE', `/audit-log?where[id][equals]=${entry.id}`],
    ] as const) {
      const response = await api.request(method, path, {
        token: sessions.admin.token,
        body: method === 'PATCH' ? { action: 'delete' } : undefined,
      })
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
    }
    const created = await api.request('POST', '/audit-log', {
      token: sessions.admin.token,
      body: { at: new Date().toISOString(), action: 'delete' },
    })
    expect(created.status).toBe(403)
  })

  it('over GraphQL', async () => {
    const update = await api.graphql(
      `mutation { updateAuditLog(id: ${entry.id}, data: { actorLabel: "someone else" }) { id } }`,
      { token: sessions.admin.token },
    )
    const remove = await api.graphql(`mutation { deleteAuditLog(id: ${entry.id}) { id } }`, {
      token: sessions.admin.token,
    })
    for (const response of [update, remove]) {
      const body = await response.json()
      expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0)
    }
  })

  it('through the Local API with overrideAccess', async () => {
    await expect(
      payload.update({
        collection: 'audit-log',
        id: entry.id,
        data: { actorLabel: 'someone else' },
        overrideAccess: true,
      }),
    ).rejects.toBeInstanceOf(AuditLogIsAppendOnly)
    // Bulk operations answer each document's refusal in `errors` rather than throwing.
    const bulkUpdate = await payload.update({
      collection: 'audit-log',
      where: { id: { exists: true } },
      data: { actorLabel: 'someone else' },
      overrideAccess: true,
    })
    expect(bulkUpdate.docs).toEqual([])
    expect(bulkUpdate.errors[0]?.message).toMatch(/append-only/)
    await expect(
      payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true }),
    ).rejects.toBeInstanceOf(AuditLogIsAppendOnly)
    const bulkDelete = await payload.delete({
      collection: 'audit-log',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
    expect(bulkDelete.docs).toEqual([])
    expect(bulkDelete.errors[0]?.message).toMatch(/append-only/)
  })

  it('and the entry is as it was', async () => {
    const [now] = await entries({ id: { equals: entry.id } })
    expect(now).toEqual(entry)
  })
})

describe('who reads it', () => {
  it.each(['editor', 'writer', 'moderator'] as const)('%s: not at all', async (role) => {
    expect((await api.request('GET', '/audit-log', { token: sessions[role].token })).status).toBe(
      403,
    )
    const graphql = await (
      await api.graphql('{ AuditLogs { docs { id } } }', { token: sessions[role].token })
    ).json()
    expect(graphql.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.find({ collection: 'audit-log', user: await user(role), overrideAccess: false }),
    ).rejects.toThrow()
    expect(
      (await api.request('GET', '/audit-log/export', { token: sessions[role].token })).status,
    ).toBe(403)
  })

  it('anonymous: not at all', async () => {
    expect((await api.request('GET', '/audit-log')).status).toBe(403)
    expect((await api.request('GET', '/audit-log/export')).status).toBe(401)
  })

  it('admin: the list, filtered by person and action', async () => {
    const response = await api.request(
      'GET',
      `/audit-log?where[actor][equals]=${sessions.editor.id}&where[action][equals]=publish`,
      { token: sessions.admin.token },
    )
    expect(response.status).toBe(200)
    const { docs } = await response.json()
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc: Entry) => doc.action === 'publish')).toBe(true)
  })
})

describe('export as JSON lines', () => {
  it('answers every matching entry, one JSON object a line', async () => {
    const response = await api.request('GET', '/audit-log/export?action=role.change', {
      token: sessions.admin.token,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/)
    const text = await response.text()
    expect(text.endsWith('\n')).toBe(true)
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    const expected = await entries({ action: { equals: 'role.change' } })
    expect(lines.map((line) => line.id)).toEqual(expected.map((entry) => entry.id))
    expect(Object.keys(lines[0])).toEqual([
      'id',
      'at',
      'actor',
      'actorLabel',
      'action',
      'collection',
      'documentId',
      'version',
      'details',
    ])
  })

  it('pages through a log longer than a page', async () => {
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({}, payload)
    for (let i = 0; i < 1100; i++) {
      await recordAuditEvent(req, { action: 'review.submit', collection: 'bulk', documentId: i })
    }
    const response = await api.request('GET', '/audit-log/export?collection=bulk', {
      token: sessions.admin.token,
    })
    const lines = (await response.text()).trimEnd().split('\n')
    expect(lines).toHaveLength(1100)
    expect(JSON.parse(lines[1099]!).documentId).toBe('1099')
  })

  it('refuses a filter it does not know, or a wrong value, with a 400 naming it', async () => {
    for (const query of ['?action=nonsense', '?from=yesterday', '?colour=red']) {
      const response = await api.request('GET', `/audit-log/export${query}`, {
        token: sessions.admin.token,
      })
      expect(response.status, query).toBe(400)
      expect((await response.json()).errors[0].message).toBeTruthy()
    }
  })
})

describe('retention', () => {
  it('deletes entries older than the retention days, and no others', async () => {
    const old = await payload.db.create({
      collection: 'audit-log',
      data: {
        at: new Date(Date.now() - 400 * 86_400_000).toISOString(),
        action: 'save',
        actorLabel: 'system',
      },
    })
    const before = await payload.count({ collection: 'audit-log', overrideAccess: true })
    expect(await pruneAuditLog(payload, 'audit-log', 365)).toBe(1)
    expect(await entries({ id: { equals: old.id } })).toEqual([])
    const after = await payload.count({ collection: 'audit-log', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs - 1)
  })

  it('is a task on the jobs queue, not scheduled unless retention days are set', () => {
    const task = harness.config.jobs.tasks?.find((candidate) => candidate.slug === 'pruneAuditLog')
    expect(task).toBeDefined()
    expect(task?.schedule ?? []).toEqual([])
  })
})

describe('transactions', () => {
  it.skipIf(!process.env.DATABASE_URL)(
    'a change that rolls back leaves no entry (PostgreSQL)',
    async () => {
      const { createLocalReq, initTransaction, killTransaction } = await import('payload')
      const req = await createLocalReq({ user: await user('editor') }, payload)
      await initTransaction(req)
      const category = await payload.create({
        collection: 'categories',
        data: { title: 'Rolled back' },
        req,
      })
      const inside = await payload.find({
        collection: 'audit-log',
        where: aboutDoc('categories', category.id),
        overrideAccess: true,
        req,
      })
      expect(inside.docs.map((doc) => doc.action)).toEqual(['create'])
      await killTransaction(req)
      expect(await entries(aboutDoc('categories', category.id))).toEqual([])
      expect(
        await payload.find({ collection: 'categories', where: { id: { equals: category.id } } }),
      ).toMatchObject({ totalDocs: 0 })
    },
  )
})
