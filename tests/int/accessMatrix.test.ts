/**
 * The access matrix, cell by cell: every role × collection × operation, through the Local API with
 * access control on (overrideAccess: false), which is what REST and GraphQL enforce too.
 * "someone else's" documents are created by another writer, so a writer's own rights do not count.
 * The app's: its collections include the webhooks' (src/webhooks). Commenters' private fields, all
 * the library's, are in tests/library/commenterPrivateFields.test.ts.
 */
import sharp from 'sharp'
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician, credentialId, userOf } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startPayload, { people: true })

type Role = 'anonymous' | 'moderator' | 'writer' | 'editor' | 'admin'
type Operation = 'read' | 'create' | 'update' | 'delete'
const ROLES: Role[] = ['anonymous', 'moderator', 'writer', 'editor', 'admin']

/** Who may do what to a document that is not theirs. `read` is of a published / public document. */
const MATRIX: Record<string, Record<Operation, Role[]>> = {
  articles: {
    read: ['anonymous', 'moderator', 'writer', 'editor', 'admin'],
    create: ['writer', 'editor', 'admin'],
    update: ['editor', 'admin'],
    delete: ['editor', 'admin'],
  },
  authors: {
    read: ['anonymous', 'moderator', 'writer', 'editor', 'admin'],
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    delete: ['editor', 'admin'],
  },
  services: {
    read: ['anonymous', 'moderator', 'writer', 'editor', 'admin'],
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    delete: ['editor', 'admin'],
  },
  categories: {
    read: ['anonymous', 'moderator', 'writer', 'editor', 'admin'],
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    delete: ['editor', 'admin'],
  },
  media: {
    read: ['anonymous', 'moderator', 'writer', 'editor', 'admin'],
    create: ['writer', 'editor', 'admin'],
    update: ['editor', 'admin'],
    delete: ['editor', 'admin'],
  },
  credentials: {
    read: ['writer', 'editor', 'admin'],
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    delete: ['editor', 'admin'],
  },
  comments: {
    // read: an approved comment on a published article; the public submit endpoint is tested elsewhere
    read: ['anonymous', 'moderator', 'writer', 'editor', 'admin'],
    create: ['moderator', 'admin'],
    update: ['moderator', 'admin'],
    delete: ['admin'],
  },
  users: {
    read: ['admin'],
    create: ['admin'],
    update: ['admin'],
    delete: ['admin'],
  },
  'webhook-endpoints': {
    read: ['admin'],
    create: ['admin'],
    update: ['admin'],
    delete: ['admin'],
  },
  // The delivery log is written only by the delivery job: nobody edits it, not even an admin.
  'webhook-deliveries': {
    read: ['admin'],
    create: [],
    update: [],
    delete: [],
  },
  // Append-only: written by the audit log plugin's hooks, never by a person, never changed.
  'audit-log': {
    read: ['admin'],
    create: [],
    update: [],
    delete: [],
  },
}

let clinicianId: number
let publishedArticleId: number
let png: Buffer
let counter = 0

beforeAll(async () => {
  clinicianId = (await createClinician(app.payload)).id
  publishedArticleId = (
    await app.payload.create({
      collection: 'articles',
      data: { ...articleData('Commented article', clinicianId), _status: 'published' },
    })
  ).id
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#88aa99' } })
    .png()
    .toBuffer()
})

const unique = () => `${Date.now()}-${counter++}`

/** Valid data for a new document of each collection. */
async function newData(collection: string): Promise<Record<string, unknown>> {
  const id = unique()
  switch (collection) {
    case 'articles':
      return { ...articleData(`Article ${id}`, clinicianId), _status: 'published' }
    case 'authors':
      return { name: `Author ${id}` }
    case 'services':
      return { title: `Service ${id}`, kind: 'non_clinical' }
    case 'categories':
      return { title: `Category ${id}` }
    case 'media':
      return { alt: `Image ${id}` }
    case 'credentials':
      return { abbreviation: `X${counter}`, name: `Credential ${id}`, kind: 'certification' }
    case 'comments':
      return {
        target: { relationTo: 'articles', value: publishedArticleId },
        authorName: `Reader ${id}`,
        body: 'A comment.',
        status: 'approved',
        targetPublished: true,
      }
    case 'users':
      return { email: `user-${id}@example.com`, password: 'a-long-password-123', roles: ['writer'] }
    case 'webhook-endpoints':
      // A public address written as one: no name to resolve on a machine without DNS.
      return {
        name: `Endpoint ${id}`,
        url: 'https://93.184.215.14/hook',
        events: ['article.published'],
      }
    case 'webhook-deliveries':
      return { event: 'article.published', messageId: `msg_${id}`, status: 'succeeded', body: '{}' }
    case 'audit-log':
      return { at: new Date().toISOString(), action: 'save', actorLabel: `Entry ${id}` }
    default:
      throw new Error(collection)
  }
}

/** A harmless change per collection, for the update cells. */
const UPDATES: Record<string, Record<string, unknown>> = {
  users: { name: 'Changed' },
  media: { alt: 'Changed' },
  authors: { name: 'Changed' },
  credentials: { name: 'Changed' },
  comments: { moderationNote: 'Changed' },
  'webhook-endpoints': { name: 'Changed' },
  'webhook-deliveries': { status: 'failed' },
  'audit-log': { actorLabel: 'Changed' },
}

const fileFor = (collection: string) =>
  collection === 'media'
    ? {
        file: { data: png, mimetype: 'image/png', name: `image-${unique()}.png`, size: png.length },
      }
    : {}

/** A document owned by someone else (the other writer) — created with access control off. */
async function existingDocument(collection: string) {
  const doc = await app.payload.create({
    collection: collection as CollectionSlug,
    data: (await newData(collection)) as never,
    ...fileFor(collection),
    user: await app.payload.findByID({ collection: 'users', id: app.sessions.otherWriter.id }),
  })
  return doc
}

const userFor = (role: Role) => userOf(app.payload, app.sessions, role)

async function attempt(role: Role, collection: string, operation: Operation): Promise<boolean> {
  const user = await userFor(role)
  const access = { overrideAccess: false, user } as const
  const slug = collection as CollectionSlug
  try {
    if (operation === 'create') {
      await app.payload.create({
        collection: slug,
        data: (await newData(collection)) as never,
        ...fileFor(collection),
        ...access,
      })
      return true
    }
    const target = await existingDocument(collection)
    if (operation === 'read') {
      const found = await app.payload.findByID({ collection: slug, id: target.id, ...access })
      return Boolean(found)
    }
    if (operation === 'update') {
      const data = UPDATES[collection] ?? { title: 'Changed' }
      await app.payload.update({ collection: slug, id: target.id, data: data as never, ...access })
      return true
    }
    await app.payload.delete({ collection: slug, id: target.id, ...access })
    return true
  } catch (error) {
    const name = (error as Error).name
    if (name === 'Forbidden' || name === 'NotFound' || name === 'AuditLogIsAppendOnly') return false
    throw error
  }
}

describe('access matrix', () => {
  const cells = Object.entries(MATRIX).flatMap(([collection, operations]) =>
    (Object.entries(operations) as [Operation, Role[]][]).flatMap(([operation, allowed]) =>
      ROLES.map((role) => ({ collection, operation, role, allowed: allowed.includes(role) })),
    ),
  )

  it.each(cells)(
    '$collection: $role $operation → $allowed',
    async ({ collection, operation, role, allowed }) => {
      expect(await attempt(role, collection, operation)).toBe(allowed)
    },
  )

  it('uses credentials from the seeded catalogue', async () => {
    expect(await credentialId(app.payload, 'LCSW')).toBeGreaterThan(0)
  })
})
