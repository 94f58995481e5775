/**
 * The audit log (plugins/auditLog): every listed action lands in the log exactly once with its
 * actor — through the Local API with a user and over REST — and nothing (REST, GraphQL, the Local API
 * with overrideAccess) can change or delete an entry. Also: only admins read it, the JSON-lines
 * export, retention, and (PostgreSQL) a change that rolls back leaves no entry.
 */
import type { Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { AuditLogIsAppendOnly, pruneAuditLog, recordAuditEvent } from 'invited-cms'

import {
  articleData,
  createClinician,
  createComment,
  type Sessions,
} from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(
  () =>
    startConsumerApp({
      auditLog: { excludeCollections: ['comments-submission-locks', 'comments-honeypot-catches'] },
    }),
  { people: true },
)

let clinicianId: number

beforeAll(async () => {
  clinicianId = (await createClinician(app.payload)).id
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
  const { docs } = await app.payload.find({
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
  app.payload.findByID({ collection: 'users', id: app.sessions[role].id, depth: 0 })

async function newestVersionId(id: number) {
  const { docs } = await app.payload.findVersions({
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
    const article = await app.payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Audited article', clinicianId), _status: 'draft' },
      ...asEditor,
    })
    await app.payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: 'Audited article, second draft' },
      ...asEditor,
    })
    const draftVersion = await newestVersionId(article.id)
    await app.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
      ...asEditor,
    })
    const publishedVersion = await newestVersionId(article.id)
    await app.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      ...asEditor,
    })
    await app.payload.restoreVersion({ collection: 'articles', id: draftVersion, ...asEditor })
    const restoredVersion = await newestVersionId(article.id)

    const logged = await entries(aboutDoc('articles', article.id))
    expect(logged.map((entry) => entry.action)).toEqual([
      'create',
      'save',
      'publish',
      'unpublish',
      'restore',
    ])
    expect(logged.every((entry) => entry.actor === app.sessions.editor.id)).toBe(true)
    expect(logged.every((entry) => entry.actorLabel === 'editor@example.com')).toBe(true)
    expect(logged[1]!.version).toBe(draftVersion)
    expect(logged[1]!.details).toMatchObject({ draft: true })
    expect(logged[2]!.version).toBe(publishedVersion)
    expect(logged[4]!.version).toBe(restoredVersion)
    expect(logged[4]!.details).toMatchObject({ fromVersion: draftVersion })

    await app.payload.delete({ collection: 'articles', id: article.id, ...asEditor })
    const afterDelete = await entries(aboutDoc('articles', article.id))
    expect(afterDelete.map((entry) => entry.action).slice(-1)).toEqual(['delete'])
    expect(afterDelete).toHaveLength(6)
  })

  it('shows on each version who saved it (savedBy)', async () => {
    const article = await app.payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Saved by whom', clinicianId), _status: 'draft' },
      user: await user('writer'),
      overrideAccess: false,
    })
    await app.payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: 'Saved by the editor' },
      user: await user('editor'),
      overrideAccess: false,
    })
    const { docs } = await app.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((version) => version.version.savedBy)).toEqual([
      app.sessions.writer.id,
      app.sessions.editor.id,
    ])
    // The value sent is ignored: nobody can claim another's save.
    const spoofed = await app.payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { savedBy: app.sessions.admin.id },
      depth: 0,
      user: await user('editor'),
      overrideAccess: false,
    })
    expect(spoofed.savedBy).toBe(app.sessions.editor.id)
    // Readers do not see who saved a published article.
    await app.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
    })
    const publicRead = await (await app.api.request('GET', `/articles/${article.id}`)).json()
    expect(publicRead.title).toBe('Saved by the editor')
    expect(publicRead).not.toHaveProperty('savedBy')
  })

  it('logs an autosaved draft once per version, marked as autosave', async () => {
    const writer = await user('writer')
    const article = await app.payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Autosaved', clinicianId), _status: 'draft' },
      user: writer,
      overrideAccess: false,
    })
    for (const title of ['Autosaved 1', 'Autosaved 12', 'Autosaved 123']) {
      await app.payload.update({
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
    const category = await app.payload.create({
      collection: 'categories',
      data: { title: 'Grief' },
    })
    const response = await app.api.request('PATCH', `/categories/${category.id}`, {
      token: app.sessions.editor.token,
      body: { title: 'Grief and loss' },
    })
    expect(response.status).toBe(200)
    const logged = await entries(aboutDoc('categories', category.id))
    expect(logged.map((entry) => [entry.action, entry.actor])).toEqual([
      ['create', null],
      ['save', app.sessions.editor.id],
    ])
  })

  it('logs a change of a global (the practice) with the signed-in user', async () => {
    const response = await app.api.request('POST', '/globals/practice', {
      token: app.sessions.editor.token,
      body: { name: 'Harbor Counseling' },
    })
    expect(response.status).toBe(200)
    const logged = await entries({ collection: { equals: 'practice' } })
    expect(logged.map((entry) => [entry.action, entry.actor, entry.details])).toEqual([
      ['save', app.sessions.editor.id, { global: true }],
    ])
  })

  it('logs a scheduled publish with the user who scheduled it', async () => {
    const draft = await app.payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Scheduled', clinicianId), _status: 'draft' },
    })
    const job = await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: app.sessions.editor.id },
      },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    const scheduled = (await entries(aboutDoc('articles', draft.id))).filter(
      (entry) => entry.action === 'schedule',
    )
    expect(scheduled).toHaveLength(1)
    expect(scheduled[0]!.actor).toBe(app.sessions.editor.id)
    expect(scheduled[0]!.details).toMatchObject({ type: 'publish', job: job.id })
    // The jobs collection itself is not audited.
    expect(await entries({ collection: { equals: 'payload-jobs' } })).toEqual([])
  })
})

describe('specific events', () => {
  it('logs a role change with the roles before and after (REST, admin)', async () => {
    const person = await app.payload.create({
      collection: 'users',
      data: { email: 'promoted@example.com', password: 'a-long-password-123', roles: ['writer'] },
    })
    const response = await app.api.request('PATCH', `/users/${person.id}`, {
      token: app.sessions.admin.token,
      body: { roles: ['writer', 'editor'] },
    })
    expect(response.status).toBe(200)
    // A save that leaves the roles alone is no role change.
    await app.api.request('PATCH', `/users/${person.id}`, {
      token: app.sessions.admin.token,
      body: { name: 'Promoted Person' },
    })
    const changes = await entries({
      and: [aboutDoc('users', person.id), { action: { equals: 'role.change' } }],
    })
    expect(changes).toHaveLength(1)
    expect(changes[0]!.actor).toBe(app.sessions.admin.id)
    expect(changes[0]!.details).toMatchObject({
      before: ['writer'],
      after: ['editor', 'writer'],
      granted: ['editor'],
      revoked: [],
    })
  })

  it('logs a credential newly verified, once', async () => {
    const author = await createClinician(app.payload, 'Unverified Clinician', { verified: false })
    const editor = await user('editor')
    const credentials = author.credentials!.map((entry) => ({
      ...entry,
      credential: typeof entry.credential === 'object' ? entry.credential.id : entry.credential,
      verified: true,
    }))
    for (let i = 0; i < 2; i++) {
      await app.payload.update({
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
    expect(verified.every((entry) => entry.actor === app.sessions.editor.id)).toBe(true)
    expect(verified.every((entry) => entry.details?.verified === true)).toBe(true)

    // Withdrawing a verification is logged too, once.
    const current = await app.payload.findByID({ collection: 'authors', id: author.id, depth: 0 })
    await app.payload.update({
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
    const article = await app.payload.create({
      collection: 'articles',
      data: { ...articleData('Discussed', clinicianId), _status: 'published' },
    })
    const comment = await createComment(app.payload, {
      articleId: article.id,
      body: 'Thank you for this.',
      status: 'pending',
      authorName: 'Private Reader',
    })
    await app.payload.update({
      collection: 'comments',
      id: comment.id,
      data: { status: 'approved' },
      user: await user('moderator'),
      overrideAccess: false,
    })
    const logged = await entries(aboutDoc('comments', comment.id))
    const moderated = logged.filter((entry) => entry.action === 'comment.moderate')
    expect(moderated).toHaveLength(1)
    expect(moderated[0]!.actor).toBe(app.sessions.moderator.id)
    expect(moderated[0]!.details).toEqual({ from: 'pending', to: 'approved' })
    expect(JSON.stringify(logged)).not.toContain('Private Reader')
    expect(logged.map((entry) => entry.details)).toEqual([
      null,
      null,
      { from: 'pending', to: 'approved' },
    ])
  })

  it('logs personal-data export and erasure without the address', async () => {
    const article = await app.payload.create({
      collection: 'articles',
      data: { ...articleData('Erasable', clinicianId), _status: 'published' },
    })
    await app.payload.create({
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
    const exported = await app.api.request(
      'GET',
      '/comments/personal-data?email=forget.me@example.com',
      { token: app.sessions.admin.token },
    )
    expect(exported.status).toBe(200)
    const erased = await app.api.request('POST', '/comments/personal-data/erase', {
      token: app.sessions.admin.token,
      body: { email: 'forget.me@example.com' },
    })
    expect(erased.status).toBe(200)
    for (const action of ['personalData.export', 'personalData.erase']) {
      const logged = await entries({ action: { equals: action } })
      expect(logged).toHaveLength(1)
      expect(logged[0]!.actor).toBe(app.sessions.admin.id)
      expect(logged[0]!.details).toMatchObject({ comments: 1 })
    }
    const all = await entries({ collection: { equals: 'comments' } })
    expect(JSON.stringify(all)).not.toContain('forget.me')
  })

  it('logs each failed sign-in, and the lockout once', async () => {
    await app.payload.create({
      collection: 'users',
      data: { email: 'locked@example.com', password: 'the-right-password-1', roles: ['writer'] },
    })
    const attempt = (password: string) =>
      app.api.request('POST', '/users/login', { body: { email: 'locked@example.com', password } })
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
    await app.api.request('POST', '/users/login', {
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
    const req = await createLocalReq({ user: await user('editor') }, app.payload)
    await recordAuditEvent(req, {
      action: 'review.approve',
      collection: 'articles',
      documentId: 12345,
      details: { note: 'looks right' },
    })
    const logged = await entries({ action: { equals: 'review.approve' } })
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({
      actor: app.sessions.editor.id,
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
      const response = await app.api.request(method, path, {
        token: app.sessions.admin.token,
        body: method === 'PATCH' ? { action: 'delete' } : undefined,
      })
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
    }
    const created = await app.api.request('POST', '/audit-log', {
      token: app.sessions.admin.token,
      body: { at: new Date().toISOString(), action: 'delete' },
    })
    expect(created.status).toBe(403)
  })

  it('over GraphQL', async () => {
    const update = await app.api.graphql(
      `mutation { updateAuditLog(id: ${entry.id}, data: { actorLabel: "someone else" }) { id } }`,
      { token: app.sessions.admin.token },
    )
    const remove = await app.api.graphql(`mutation { deleteAuditLog(id: ${entry.id}) { id } }`, {
      token: app.sessions.admin.token,
    })
    for (const response of [update, remove]) {
      const body = await response.json()
      expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0)
    }
  })

  it('through the Local API with overrideAccess', async () => {
    await expect(
      app.payload.update({
        collection: 'audit-log',
        id: entry.id,
        data: { actorLabel: 'someone else' },
        overrideAccess: true,
      }),
    ).rejects.toBeInstanceOf(AuditLogIsAppendOnly)
    // Bulk operations answer each document's refusal in `errors` rather than throwing.
    const bulkUpdate = await app.payload.update({
      collection: 'audit-log',
      where: { id: { exists: true } },
      data: { actorLabel: 'someone else' },
      overrideAccess: true,
    })
    expect(bulkUpdate.docs).toEqual([])
    expect(bulkUpdate.errors[0]?.message).toMatch(/append-only/)
    await expect(
      app.payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true }),
    ).rejects.toBeInstanceOf(AuditLogIsAppendOnly)
    const bulkDelete = await app.payload.delete({
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
    expect(
      (await app.api.request('GET', '/audit-log', { token: app.sessions[role].token })).status,
    ).toBe(403)
    const graphql = await (
      await app.api.graphql('{ AuditLogs { docs { id } } }', { token: app.sessions[role].token })
    ).json()
    expect(graphql.errors?.length).toBeGreaterThan(0)
    await expect(
      app.payload.find({ collection: 'audit-log', user: await user(role), overrideAccess: false }),
    ).rejects.toThrow()
    expect(
      (await app.api.request('GET', '/audit-log/export', { token: app.sessions[role].token }))
        .status,
    ).toBe(403)
  })

  it('anonymous: not at all', async () => {
    expect((await app.api.request('GET', '/audit-log')).status).toBe(403)
    expect((await app.api.request('GET', '/audit-log/export')).status).toBe(401)
  })

  it('admin: the list, filtered by person and action', async () => {
    const response = await app.api.request(
      'GET',
      `/audit-log?where[actor][equals]=${app.sessions.editor.id}&where[action][equals]=publish`,
      { token: app.sessions.admin.token },
    )
    expect(response.status).toBe(200)
    const { docs } = await response.json()
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc: Entry) => doc.action === 'publish')).toBe(true)
  })
})

describe('export as JSON lines', () => {
  it('answers every matching entry, one JSON object a line', async () => {
    const response = await app.api.request('GET', '/audit-log/export?action=role.change', {
      token: app.sessions.admin.token,
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
    const req = await createLocalReq({}, app.payload)
    for (let i = 0; i < 1100; i++) {
      await recordAuditEvent(req, { action: 'review.submit', collection: 'bulk', documentId: i })
    }
    const response = await app.api.request('GET', '/audit-log/export?collection=bulk', {
      token: app.sessions.admin.token,
    })
    const lines = (await response.text()).trimEnd().split('\n')
    expect(lines).toHaveLength(1100)
    expect(JSON.parse(lines[1099]!).documentId).toBe('1099')
  })

  it('refuses a filter it does not know, or a wrong value, with a 400 naming it', async () => {
    for (const query of ['?action=nonsense', '?from=yesterday', '?colour=red']) {
      const response = await app.api.request('GET', `/audit-log/export${query}`, {
        token: app.sessions.admin.token,
      })
      expect(response.status, query).toBe(400)
      expect((await response.json()).errors[0].message).toBeTruthy()
    }
  })
})

describe('retention', () => {
  it('deletes entries older than the retention days, and no others', async () => {
    const old = await app.payload.db.create({
      collection: 'audit-log',
      data: {
        at: new Date(Date.now() - 400 * 86_400_000).toISOString(),
        action: 'save',
        actorLabel: 'system',
      },
    })
    const before = await app.payload.count({ collection: 'audit-log', overrideAccess: true })
    expect(await pruneAuditLog(app.payload, 'audit-log', 365)).toBe(1)
    expect(await entries({ id: { equals: old.id } })).toEqual([])
    const after = await app.payload.count({ collection: 'audit-log', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs - 1)
  })

  it('is a task on the jobs queue, not scheduled unless retention days are set', () => {
    const task = app.config.jobs.tasks?.find((candidate) => candidate.slug === 'pruneAuditLog')
    expect(task).toBeDefined()
    expect(task?.schedule ?? []).toEqual([])
  })
})

describe('transactions', () => {
  it.skipIf(!process.env.DATABASE_URL)(
    'a change that rolls back leaves no entry (PostgreSQL)',
    async () => {
      const { createLocalReq, initTransaction, killTransaction } = await import('payload')
      const req = await createLocalReq({ user: await user('editor') }, app.payload)
      await initTransaction(req)
      const category = await app.payload.create({
        collection: 'categories',
        data: { title: 'Rolled back' },
        req,
      })
      const inside = await app.payload.find({
        collection: 'audit-log',
        where: aboutDoc('categories', category.id),
        overrideAccess: true,
        req,
      })
      expect(inside.docs.map((doc) => doc.action)).toEqual(['create'])
      await killTransaction(req)
      expect(await entries(aboutDoc('categories', category.id))).toEqual([])
      expect(
        await app.payload.find({
          collection: 'categories',
          where: { id: { equals: category.id } },
        }),
      ).toMatchObject({ totalDocs: 0 })
    },
  )
})
