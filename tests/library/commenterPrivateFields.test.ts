/**
 * A commenter's private fields, role by role (moved here from tests/int/accessMatrix.test.ts, whose
 * matrix also covers the app's webhook collections): the comments plugin's field access, on a
 * consumer's app.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician, userOf } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { people: true })

type Role = 'anonymous' | 'moderator' | 'writer' | 'editor' | 'admin'
const ROLES: Role[] = ['anonymous', 'moderator', 'writer', 'editor', 'admin']

let clinicianId: number
let publishedArticleId: number

beforeAll(async () => {
  clinicianId = (await createClinician(app.payload)).id
  publishedArticleId = (
    await app.payload.create({
      collection: 'articles',
      data: { ...articleData('Commented article', clinicianId), _status: 'published' },
    })
  ).id
})

const userFor = (role: Role) => userOf(app.payload, app.sessions, role)

/**
 * What moderation needs and nobody else: a commenter's email, client hash, user agent and the
 * moderation record. Read by moderators and admins only — on REST (by id, in lists, at depth), over
 * GraphQL and through the Local API with a user; for everyone else the fields are absent (REST) or
 * null (GraphQL), and the comments themselves are the approved ones only.
 */
describe('commenters’ private fields', () => {
  const PRIVATE = ['authorEmail', 'ipHash', 'userAgent', 'moderationNote', 'urgent', 'moderatedAt']
  const SEES_PRIVATE: Role[] = ['moderator', 'admin']
  let commentId: number

  beforeAll(async () => {
    commentId = (
      await app.payload.create({
        collection: 'comments',
        data: {
          target: { relationTo: 'articles', value: publishedArticleId },
          authorName: 'Private Reader',
          authorEmail: 'private.reader@example.com',
          body: 'A comment with private fields.',
          status: 'approved',
          targetPublished: true,
          ipHash: 'hash-of-an-address',
          userAgent: 'Mozilla/5.0 test',
          moderationNote: 'Known reader.',
          urgent: false,
          moderatedAt: new Date().toISOString(),
        },
      })
    ).id
  })

  const tokenOf = (role: Role) => (role === 'anonymous' ? undefined : app.sessions[role].token)

  it.each(ROLES)('%s: over REST by id, in a list and at depth 1', async (role) => {
    const token = tokenOf(role)
    const byId = await (await app.api.request('GET', `/comments/${commentId}`, { token })).json()
    const list = await (
      await app.api.request('GET', `/comments?where[id][equals]=${commentId}&depth=1`, { token })
    ).json()
    expect(list.docs, JSON.stringify(list)).toHaveLength(1)
    for (const doc of [byId, list.docs[0]]) {
      expect(doc.authorName).toBe('Private Reader')
      const shown = PRIVATE.filter((field) => doc[field] !== undefined && doc[field] !== null)
      expect(shown).toEqual(SEES_PRIVATE.includes(role) ? PRIVATE : [])
    }
  })

  it.each(ROLES)('%s: over GraphQL', async (role) => {
    const response = await app.api.graphql(
      `{ Comment(id: ${commentId}) { authorName ${PRIVATE.join(' ')} } }`,
      { token: tokenOf(role) },
    )
    const { data } = await response.json()
    expect(data.Comment.authorName).toBe('Private Reader')
    const shown = PRIVATE.filter((field) => data.Comment[field] !== null)
    expect(shown).toEqual(SEES_PRIVATE.includes(role) ? PRIVATE : [])
  })

  it.each(ROLES)('%s: through the Local API with the user', async (role) => {
    const doc = (await app.payload.findByID({
      collection: 'comments',
      id: commentId,
      overrideAccess: false,
      user: await userFor(role),
    })) as unknown as Record<string, unknown>
    const shown = PRIVATE.filter((field) => doc[field] !== undefined && doc[field] !== null)
    expect(shown).toEqual(SEES_PRIVATE.includes(role) ? PRIVATE : [])
  })
})
