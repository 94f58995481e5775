/**
 * GraphQL reads load only the fields a query selects (upstream/graphqlSelect.ts)
 * and answer exactly what a read of every field (`select: false`) answers: for random selections —
 * aliases, fragments, relations, joins with random arguments, two root fields at once — on every
 * collection and global read, for readers, writers, editors and moderators, over content with private
 * fields, drafts, lapsed providers, comments awaiting moderation and relationships.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  articleData,
  createClinician,
  createCoach,
  createComment,
  createImage,
} from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { randomSelection } from '../helpers/randomGraphql'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { people: true })

let articleId: number
let publicLicenseAuthorId: number

/** What the database was asked for, per call: which collection (or global) and whether with a `select`. */
type DatabaseRead = { slug: string; select: unknown }
let reads: DatabaseRead[] = []

/** Records every read the database adapter is asked for, leaving it to do its work. */
function recordDatabaseReads(payload: Payload) {
  const db = payload.db as unknown as Record<string, (args: Record<string, unknown>) => unknown>
  for (const method of ['find', 'findOne', 'queryDrafts', 'findGlobal']) {
    const original = db[method].bind(db)
    db[method] = (args) => {
      reads.push({ slug: String(args.collection ?? args.slug), select: args.select })
      return original(args)
    }
  }
}

async function readsOf(run: () => Promise<unknown>): Promise<DatabaseRead[]> {
  reads = []
  await run()
  return reads
}

beforeAll(async () => {
  const publicLicense = await createClinician(app.payload, 'Avery Public', {
    licenseNumber: 'PUB-778',
    licenseNumberPublic: true,
  })
  publicLicenseAuthorId = publicLicense.id
  const privateLicense = await createClinician(app.payload, 'Blair Private')
  const lapsing = await createClinician(app.payload, 'Casey Lapsing')
  const coach = await createCoach(app.payload, 'Drew Coach')
  const clinical = await app.payload.create({
    collection: 'services',
    data: {
      title: 'Anxiety therapy',
      kind: 'clinical',
      providers: [publicLicense.id, privateLicense.id, lapsing.id],
    },
  })
  await app.payload.create({
    collection: 'services',
    data: { title: 'Career coaching', kind: 'non_clinical', providers: [coach.id] },
  })
  // Casey's license lapses: readers no longer see Casey providing the clinical service.
  const lapsingDoc = await app.payload.findByID({ collection: 'authors', id: lapsing.id })
  await app.payload.update({
    collection: 'authors',
    id: lapsing.id,
    data: {
      credentials: (lapsingDoc.credentials ?? []).map((entry) => ({ ...entry, verified: false })),
    },
  })
  const category = await app.payload.create({
    collection: 'categories',
    data: { title: 'Anxiety' },
  })
  const cover = await createImage(app.payload, { name: 'lean-cover', alt: 'A quiet lake' })

  const article = await app.payload.create({
    collection: 'articles',
    data: {
      ...articleData('Lean reads', publicLicense.id),
      authors: [publicLicense.id, privateLicense.id],
      coverImage: cover.id,
      categories: [category.id],
      services: [clinical.id],
      excerpt: 'Only what is asked for.',
      _status: 'published',
    },
  })
  articleId = article.id
  // A newer draft of the published article, and an article never published.
  await app.payload.update({
    collection: 'articles',
    id: article.id,
    data: { title: 'Lean reads (newer draft)' },
    draft: true,
  })
  await app.payload.create({
    collection: 'articles',
    data: { ...articleData('Unpublished draft', coach.id), _status: 'draft' },
    draft: true,
  })
  const first = await createComment(app.payload, { articleId, body: 'Approved first' })
  await createComment(app.payload, { articleId, body: 'Approved reply', parent: first.id })
  await createComment(app.payload, { articleId, body: 'Awaiting moderation', status: 'pending' })
  recordDatabaseReads(app.payload)
})

const answer = async (query: string, token?: string) =>
  (await app.api.graphql(query, { token })).json()

/** The answer without the errors' places in the query text (the two queries compared differ in length). */
const withoutLocations = (body: { errors?: Record<string, unknown>[] }) => ({
  ...body,
  errors: body.errors?.map(({ locations: _, ...error }) => error),
})

/** Every document read of the schema, as a root field with fixed arguments: its documents' type, and whether a page of them. */
const ROOTS = (): { root: string; slug: string; type: string; page: boolean }[] => [
  { root: 'Articles(limit: 5, sort: "id"%s)', slug: 'articles', type: 'Article', page: true },
  { root: `Article(id: ${articleId}%s)`, slug: 'articles', type: 'Article', page: false },
  {
    root: 'Articles(limit: 5, sort: "id", draft: true%s)',
    slug: 'articles',
    type: 'Article',
    page: true,
  },
  { root: 'Authors(limit: 10, sort: "id"%s)', slug: 'authors', type: 'Author', page: true },
  { root: `Author(id: ${publicLicenseAuthorId}%s)`, slug: 'authors', type: 'Author', page: false },
  { root: 'Services(limit: 5, sort: "id"%s)', slug: 'services', type: 'Service', page: true },
  { root: 'Categories(limit: 5, sort: "id"%s)', slug: 'categories', type: 'Category', page: true },
  { root: 'allMedia(limit: 5, sort: "id"%s)', slug: 'media', type: 'Media', page: true },
  { root: 'Comments(limit: 10, sort: "id"%s)', slug: 'comments', type: 'Comment', page: true },
  {
    root: 'Credentials(limit: 5, sort: "id"%s)',
    slug: 'credentials',
    type: 'Credential',
    page: true,
  },
  { root: 'Practice(%s)', slug: 'practice', type: 'Practice', page: false },
]

const withSelect = (root: string, select: string) =>
  root.replace('%s', root.includes('(%s)') ? select.replace(/^, /, '') : select).replace('()', '')

const VIEWERS = ['anonymous', 'writer', 'editor', 'moderator'] as const
const SEEDS_PER_ROOT = 5

describe('a GraphQL read that selects some fields', () => {
  it('answers exactly what a read of every field answers, for every reader', async () => {
    // Queries with one root field and no alias: Payload's select answers them, so they are lean.
    let leanable = 0
    let lean = 0
    let seed = 0
    const roots = ROOTS()
    const rootQuery = (index: number, select: string, prefix: string) => {
      const { root, type, page } = roots[index]
      // Every other selection has aliases: those are read in full (upstream/graphqlSelect.ts).
      seed += 1
      const aliases = seed % 2 === 0
      const { selection, fragments } = randomSelection(type, seed * 7919, { aliases })
      // Two roots in one query each spread their own fragments: F0 … and G0 ….
      const named = (text: string) => text.replace(/\bF(\d+)\b/g, `${prefix}$1`)
      const shape = page ? `{ totalDocs hasNextPage docs ${selection} }` : selection
      return {
        field: named(`${withSelect(root, select)} ${shape}`),
        fragments: fragments.map(named),
        aliases,
      }
    }
    for (const viewer of VIEWERS) {
      const token = viewer === 'anonymous' ? undefined : app.sessions[viewer].token
      for (const [index, { slug }] of roots.entries()) {
        for (let round = 1; round <= SEEDS_PER_ROOT; round++) {
          // Every third query asks a second root field too (named `other`).
          const other = round % 3 === 0 ? (index + round) % roots.length : undefined
          let aliased = false
          const query = (select: string) => {
            const seedBefore = seed
            const first = rootQuery(index, select, 'F')
            const second = other === undefined ? undefined : rootQuery(other, select, 'G')
            seed = seedBefore // the same selections for both ways of reading
            aliased = first.aliases || Boolean(second?.aliases)
            const fields = [first.field, ...(second ? [`other: ${second.field}`] : [])]
            return [
              `query Lean { ${fields.join(' ')} }`,
              ...first.fragments,
              ...(second?.fragments ?? []),
            ].join('\n')
          }
          const full = query(', select: false')
          const byDefault = query('')
          seed += other === undefined ? 1 : 2
          let fullAnswer: unknown
          const fullReads = await readsOf(async () => {
            fullAnswer = withoutLocations(await answer(full, token))
          })
          let defaultAnswer: unknown
          const defaultReads = await readsOf(async () => {
            defaultAnswer = withoutLocations(await answer(byDefault, token))
          })
          expect(defaultAnswer, `${viewer}: ${byDefault}`).toEqual(fullAnswer)
          const rootRead = (list: DatabaseRead[]) => list.find((read) => read.slug === slug)
          expect(rootRead(fullReads)?.select, full).toBeUndefined()
          // Refused reads (a reader asking for credentials) never reach the database.
          if (rootRead(fullReads) && other === undefined && !aliased) {
            leanable += 1
            if (rootRead(defaultReads)?.select) lean += 1
          }
        }
      }
    }
    // The comparison is worth something only if the reads compared were lean ones (all but those
    // where a random fragment asks for a field twice).
    expect(leanable).toBeGreaterThan(50)
    expect(lean / leanable).toBeGreaterThan(0.9)
  }, 300_000)

  it('shows a public license number, and hides a private one, when only the number is asked for', async () => {
    const query = `{ Authors(sort: "name") { docs { name credentials { licenseNumber } } } }`
    const numbers = (data: {
      Authors: { docs: { name: string; credentials: { licenseNumber: string | null }[] }[] }
    }) =>
      Object.fromEntries(
        data.Authors.docs.map((doc) => [
          doc.name,
          doc.credentials.map((entry) => entry.licenseNumber),
        ]),
      )
    expect(numbers((await answer(query)).data)).toMatchObject({
      'Avery Public': [null, 'PUB-778'],
      'Blair Private': [null, null],
    })
    // REST's select, the same.
    const rest = await (
      await app.api.request(
        'GET',
        `/authors/${publicLicenseAuthorId}?select[credentials][licenseNumber]=true`,
      )
    ).json()
    expect(
      rest.credentials.map((entry: { licenseNumber?: string }) => entry.licenseNumber),
    ).toEqual([undefined, 'PUB-778'])
  })
})

describe('which reads are lean', () => {
  const articlesRead = async (query: string) =>
    (await readsOf(() => answer(query))).find((read) => read.slug === 'articles')?.select

  it('a query reads only the fields it selects, unless it says select: false', async () => {
    expect(await articlesRead('{ Articles(limit: 2) { docs { title slug } } }')).toMatchObject({
      title: true,
      slug: true,
    })
    expect(
      await articlesRead('{ Articles(limit: 2, select: false) { docs { title slug } } }'),
    ).toBeUndefined()
  })

  it('a relationship under an alias: read in full, and every field asked for answers', async () => {
    const query = `{ Articles(where: { id: { equals: ${articleId} } }) {
      docs { people: authors { slug } topics: categories { title } }
    } }`
    expect(await articlesRead(query)).toBeUndefined()
    const { docs } = (await answer(query)).data.Articles
    expect(docs[0]).toEqual({
      people: [{ slug: 'avery-public' }, { slug: 'blair-private' }],
      topics: [{ title: 'Anxiety' }],
    })
  })

  it('a relationship asked for twice through fragments: read in full, and complete', async () => {
    const twice = `query { Article(id: ${articleId}) { ...Names ...Slugs } }
      fragment Names on Article { authors { name } meta { title } }
      fragment Slugs on Article { authors { slug } meta { description } }`
    expect(await articlesRead(twice)).toBeUndefined()
    expect((await answer(twice)).data.Article.authors).toEqual([
      { name: 'Avery Public', slug: 'avery-public' },
      { name: 'Blair Private', slug: 'blair-private' },
    ])
  })

  it('two root fields: read in full, and each complete', async () => {
    const twoRoots = `{
      a: Article(id: ${articleId}) { authors { name } }
      b: Article(id: ${articleId}) { authors { slug } }
    }`
    expect(await articlesRead(twoRoots)).toBeUndefined()
    const { data } = await answer(twoRoots)
    expect(data.a.authors).toEqual([{ name: 'Avery Public' }, { name: 'Blair Private' }])
    expect(data.b.authors).toEqual([{ slug: 'avery-public' }, { slug: 'blair-private' }])
  })
})
