/**
 * Building blocks for content tests, created through the Local API as an admin would: editorial
 * users of every role, and authors holding real credentials from the seeded catalogue.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Article } from '../../payload-types'
import { lexicalParagraphs } from './lexical'
import type { RouteClient } from './routeClient'
import { TEST_ADMIN } from './testApp'

export const PEOPLE = {
  editor: { email: 'editor@example.com', password: 'editor-password-123', roles: ['editor'] },
  writer: { email: 'writer@example.com', password: 'writer-password-123', roles: ['writer'] },
  otherWriter: {
    email: 'other.writer@example.com',
    password: 'writer-password-456',
    roles: ['writer'],
  },
  moderator: {
    email: 'moderator@example.com',
    password: 'moderator-password-123',
    roles: ['moderator'],
  },
} as const

export type Role = keyof typeof PEOPLE | 'admin'
export type Sessions = Record<Role, { id: number; token: string }>

export async function createPeople(payload: Payload, api: RouteClient): Promise<Sessions> {
  const sessions = {} as Sessions
  for (const [role, person] of Object.entries(PEOPLE) as [
    keyof typeof PEOPLE,
    (typeof PEOPLE)[keyof typeof PEOPLE],
  ][]) {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: person.email,
        password: person.password,
        roles: [...person.roles] as ('editor' | 'writer' | 'moderator')[],
      },
    })
    sessions[role] = { id: user.id, token: await api.login(person.email, person.password) }
  }
  const admin = await payload.find({
    collection: 'users',
    where: { email: { equals: TEST_ADMIN.email } },
  })
  sessions.admin = {
    id: admin.docs[0].id,
    token: await api.login(TEST_ADMIN.email, TEST_ADMIN.password),
  }
  return sessions
}

/** The signed-in user of `role`, as access functions see it; none for an anonymous reader. */
export async function userOf(payload: Payload, sessions: Sessions, role: Role | 'anonymous') {
  if (role === 'anonymous') return undefined
  return payload.findByID({ collection: 'users', id: sessions[role].id })
}

export async function credentialId(payload: Payload, abbreviation: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'credentials',
    where: { abbreviation: { equals: abbreviation } },
  })
  if (!docs[0]) throw new Error(`credential ${abbreviation} is not in the catalogue`)
  return docs[0].id
}

const inYears = (years: number) =>
  new Date(Date.now() + years * 365 * 24 * 3600 * 1000).toISOString()

/** Lauren Farina, MSW, LCSW: a degree and a verified, current clinical license. */
export async function createClinician(
  payload: Payload,
  name = 'Lauren Farina',
  licenseOverrides: Record<string, unknown> = {},
) {
  return payload.create({
    collection: 'authors',
    data: {
      name,
      roleTitle: 'Psychotherapist',
      credentials: [
        { credential: await credentialId(payload, 'MSW') },
        {
          credential: await credentialId(payload, 'LCSW'),
          jurisdiction: 'NY',
          licenseNumber: '012345',
          expiresOn: inYears(2),
          verified: true,
          ...licenseOverrides,
        },
      ],
      privateNotes: 'Renewal paperwork filed.',
    },
  })
}

/** A certified coach without any clinical license. */
export async function createCoach(payload: Payload, name = 'Sam Rivera') {
  return payload.create({
    collection: 'authors',
    data: {
      name,
      roleTitle: 'Coach',
      credentials: [{ credential: await credentialId(payload, 'PCC') }],
    },
  })
}

export function articleData(
  title: string,
  authorId: number,
  paragraphs = ['A short body for a test article.'],
) {
  return { title, body: lexicalParagraphs(paragraphs) as Article['body'], authors: [authorId] }
}

/**
 * A comment as it is stored after moderation, straight through the Local API (not the public
 * submission): on `articleId`, answering `parent` when given, with the status asked for.
 */
export async function createComment(
  payload: Payload,
  {
    articleId,
    body,
    status = 'approved',
    parent,
    authorName = 'Approved Person',
  }: {
    articleId: number
    body: string
    status?: 'pending' | 'approved' | 'rejected' | 'spam'
    parent?: number
    authorName?: string
  },
) {
  const parentDoc = parent
    ? await payload.findByID({ collection: 'comments', id: parent })
    : undefined
  return payload.create({
    collection: 'comments',
    data: {
      target: { relationTo: 'articles', value: articleId },
      parent,
      depth: parentDoc ? (parentDoc.depth ?? 0) + 1 : 0,
      authorName,
      authorEmail: 'reader@example.com',
      body,
      status,
      targetPublished: true,
    },
    // As the public submission stores it: not a staff reply.
    context: { invitedPublicSubmission: true },
  })
}

/** A small PNG drawn with sharp, uploaded to `media` as an editor would; file names are unique. */
export async function createImage(
  payload: Payload,
  {
    name,
    alt,
    width = 16,
    height = 9,
  }: { name: string; alt: string; width?: number; height?: number },
) {
  const png = await sharp({ create: { width, height, channels: 3, background: '#5b8a72' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data: png, mimetype: 'image/png', name: `${name}-${Date.now()}.png`, size: png.length },
  })
}
