/**
 * practiceContent in someone else's Payload config: its own auth collection (`editors`), other slugs
 * (`posts`, `team`, `offerings`, `images`), its own credential catalogue — and the model still works:
 * display names, the clinical rule, drafts hidden from the public.
 */
import { configToSchema } from '@payloadcms/graphql'
import { buildConfig, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { practiceContentPlugin } from 'invited-cms'
import { consumerConfig, plainUsersCollection, startConsumerApp } from '../helpers/consumerApp'
import { foreignSlug } from '../helpers/foreignSlug'
import { lexicalParagraphs } from '../helpers/lexical'
import type { TestApp } from '../helpers/testApp'

/** Only practiceContent, as a consumer who wants the content model and nothing else would install it. */
const contentOnly = { comments: false, apiGuards: false, reliableCommits: false } as const

let app: TestApp
let payload: Payload
let editor: Record<string, unknown> & { id: number }

beforeAll(async () => {
  app = await startConsumerApp({
    ...contentOnly,
    users: plainUsersCollection('editors'),
    content: {
      slugs: { articles: 'posts', authors: 'team', services: 'offerings', media: 'images' },
      usersCollection: 'editors',
      credentialCatalogue: [
        {
          abbreviation: 'MA',
          name: 'Master of Arts',
          kind: 'degree',
          permitsClinicalPractice: false,
        },
        {
          abbreviation: 'LMFT',
          name: 'Licensed Marriage and Family Therapist',
          kind: 'license',
          permitsClinicalPractice: true,
        },
      ],
      mediaDir: '/tmp/invited-foreign-media',
    },
    key: 'foreign-config',
  })
  payload = app.payload
  editor = (await payload.create({
    collection: foreignSlug('editors'),
    data: {
      email: 'editor@elsewhere.example',
      password: 'editor-password-123',
      roles: ['editor'],
    } as never,
  })) as never
})

afterAll(async () => {
  await app?.close()
})

async function credential(abbreviation: string) {
  const { docs } = await payload.find({
    collection: foreignSlug('credentials'),
    where: { abbreviation: { equals: abbreviation } },
  })
  return docs[0].id
}

describe('practiceContent in a foreign config', () => {
  it('adds its collections under the chosen slugs, beside the project’s own', () => {
    const slugs = payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(
      expect.arrayContaining([
        'editors',
        'posts',
        'team',
        'offerings',
        'images',
        'categories',
        'credentials',
      ]),
    )
    expect(slugs).not.toContain('articles')
    expect(slugs).not.toContain('authors')
  })

  it('seeds the catalogue it was given, and only that', async () => {
    const { docs } = await payload.find({ collection: foreignSlug('credentials') })
    expect(docs.map((doc) => (doc as { abbreviation: string }).abbreviation).sort()).toEqual([
      'LMFT',
      'MA',
    ])
  })

  it('links the foreign auth collection to author profiles', () => {
    const editors = payload.config.collections.find(
      (collection) => (collection.slug as string) === 'editors',
    )
    expect(editors?.fields.some((field) => 'name' in field && field.name === 'authorProfile')).toBe(
      true,
    )
  })

  it('computes display names and enforces the clinical rule there', async () => {
    const therapist = await payload.create({
      collection: foreignSlug('team'),
      data: {
        name: 'Morgan Lee',
        credentials: [
          { credential: await credential('MA') },
          { credential: await credential('LMFT'), verified: true },
        ],
      } as never,
    })
    const read = (await payload.findByID({
      collection: foreignSlug('team'),
      id: therapist.id,
    })) as {
      displayName?: string
    }
    expect(read.displayName).toBe('Morgan Lee, MA, LMFT')

    const untrained = await payload.create({
      collection: foreignSlug('team'),
      data: { name: 'Ari Untrained' } as never,
    })
    await expect(
      payload.create({
        collection: foreignSlug('offerings'),
        data: {
          title: 'Family therapy',
          kind: 'clinical',
          providers: [therapist.id, untrained.id],
        } as never,
      }),
    ).rejects.toThrow(/invalid/i)
  })

  it('keeps drafts from anonymous readers and shows published posts', async () => {
    const author = await payload.create({
      collection: foreignSlug('team'),
      data: { name: 'Writer Person' } as never,
    })
    const user = await payload.findByID({ collection: foreignSlug('editors'), id: editor.id })
    const base = { body: lexicalParagraphs(['Hello.']), authors: [author.id] }
    await payload.create({
      collection: foreignSlug('posts'),
      data: { ...base, title: 'Live post', _status: 'published' } as never,
      user,
      overrideAccess: false,
    })
    await payload.create({
      collection: foreignSlug('posts'),
      draft: true,
      data: { ...base, title: 'Hidden draft', _status: 'draft' } as never,
      user,
      overrideAccess: false,
    })

    const anonymous = await payload.find({
      collection: foreignSlug('posts'),
      overrideAccess: false,
      draft: true,
    })
    expect(anonymous.docs.map((doc) => (doc as { title: string }).title)).toEqual(['Live post'])
    const asEditor = await payload.find({
      collection: foreignSlug('posts'),
      overrideAccess: false,
      user,
      draft: true,
    })
    expect(asEditor.totalDocs).toBe(2)
  })

  it('holds a post about a clinical offering for review, under these slugs too', async () => {
    const therapist = await payload.create({
      collection: foreignSlug('team'),
      data: {
        name: 'Robin Gate',
        credentials: [{ credential: await credential('LMFT'), verified: true }],
      } as never,
    })
    const offering = await payload.create({
      collection: foreignSlug('offerings'),
      data: { title: 'Couples therapy', kind: 'clinical', providers: [therapist.id] } as never,
    })
    const user = await payload.findByID({ collection: foreignSlug('editors'), id: editor.id })
    const data = {
      title: 'About couples therapy',
      body: lexicalParagraphs(['What couples therapy is.']),
      authors: [therapist.id],
      services: [offering.id],
    }
    await expect(
      payload.create({
        collection: foreignSlug('posts'),
        data: { ...data, _status: 'published' } as never,
        user,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/licensed clinician has reviewed/)
    const submitted = await payload.create({
      collection: foreignSlug('posts'),
      draft: true,
      data: { ...data, _status: 'draft', reviewRequest: { status: 'submitted' } } as never,
      user,
      overrideAccess: false,
    })
    expect((submitted as { reviewRequest?: { status?: string } }).reviewRequest?.status).toBe(
      'submitted',
    )
    expect(
      payload.collections[foreignSlug('posts')].config.endpoints
        ? (payload.collections[foreignSlug('posts')].config.endpoints as { path: string }[]).some(
            (endpoint) => endpoint.path === '/:id/review',
          )
        : false,
    ).toBe(true)
  })

  it('makes GraphQL reads lean by default, and leaves them to Payload with leanGraphQLReads: false', async () => {
    const selectArgument = async (leanGraphQLReads?: boolean) => {
      const config = await buildConfig(
        consumerConfig(app.database, {
          ...contentOnly,
          users: { slug: 'editors', auth: true, fields: [] },
          content: {
            usersCollection: 'editors',
            slugs: { articles: 'posts' },
            credentialCatalogue: false,
            leanGraphQLReads,
          },
        }),
      )
      const { schema } = configToSchema(config)
      return schema
        .getQueryType()
        ?.getFields()
        .Posts?.args.find((argument) => argument.name === 'select')
    }
    expect((await selectArgument())?.description).toMatch(/only the fields this query selects/)
    const payloadsOwn = await selectArgument(false)
    expect(payloadsOwn).toBeDefined()
    expect(payloadsOwn?.description).toBeUndefined()
  })

  it('refuses to install into a config without that auth collection', () => {
    expect(() =>
      practiceContentPlugin({ usersCollection: 'nobody' })({ collections: [] } as never),
    ).toThrow(/"nobody" is missing/)
  })

  it('names each wrong option when the config is built', () => {
    const install = (options: Record<string, unknown>) => () =>
      practiceContentPlugin(options as never)({ collections: [] } as never)
    expect(install({ slugs: { articles: 'Posts!' }, mediaDir: '' })).toThrow(
      'practiceContentPlugin: "slugs.articles" must be a slug (a-z, 0-9, - and _), got "Posts!"; "mediaDir" must be a folder, got ""',
    )
    expect(install({ slugs: { authors: 'articles' } })).toThrow(
      /"slugs.authors" must be a slug no other collection of the plugin uses, got "articles"/,
    )
    expect(install({ credentialCatalogue: [{ abbreviation: 'LCSW', kind: 'licence' }] })).toThrow(
      /"credentialCatalogue\[0\]" must be \{ abbreviation, name, kind: degree \| license \| certification/,
    )
    expect(
      install({ publicSite: { url: 'www.practice.example', articlePath: '/articles' } }),
    ).toThrow(
      /"publicSite.url" must be an http\(s\) address, got "www.practice.example"; "publicSite.articlePath" must be a function, got "\/articles"/,
    )
    expect(install({ clinicalReview: { intervalMonths: 0 } })).toThrow(
      /"clinicalReview.intervalMonths" must be a whole number of months from 1 to 120, got 0/,
    )
    expect(install({ clinicalReview: { gate: 'on' } })).toThrow(
      /"clinicalReview.gate" must be true or false, got "on"/,
    )
    expect(install({ leanGraphQLReads: 'yes' })).toThrow(
      /"leanGraphQLReads" must be true or false, got "yes"/,
    )
  })
})
