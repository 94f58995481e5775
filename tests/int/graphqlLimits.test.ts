/**
 * What one GraphQL operation may ask for (src/graphqlLimits.ts, GRAPHQL_MAX_* at their defaults):
 * beyond a bound the query is refused with an error that names the bound, before anything is read
 * (no `data`); at the bound it is answered. Through Payload's GraphQL route handler, as front ends
 * call it: like every GraphQL error over `application/json`, the HTTP status is 200.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician } from '../helpers/contentFixtures'
import { fragmentBomb } from '../helpers/graphqlDocuments'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startPayload)

const MAX_DEPTH = 12
const MAX_ALIASES = 30

beforeAll(async () => {
  // Two published articles that relate to each other: a relatedArticles chain never ends.
  const author = await createClinician(app.payload)
  const first = await app.payload.create({
    collection: 'articles',
    data: { ...articleData('Therapy vs. Coaching', author.id), _status: 'published' },
  })
  await app.payload.create({
    collection: 'articles',
    data: {
      ...articleData('Setting Goals You Can Keep', author.id),
      relatedArticles: [first.id],
      _status: 'published',
    },
  })
  const second = await app.payload.find({
    collection: 'articles',
    where: { id: { not_equals: first.id } },
  })
  await app.payload.update({
    collection: 'articles',
    id: first.id,
    data: { relatedArticles: [second.docs[0].id], _status: 'published' },
  })
})

/** Articles → docs → relatedArticles × n → title: n + 3 levels deep. */
const relatedChain = (links: number) =>
  `{ Articles { docs { ${'relatedArticles { '.repeat(links)}title${' }'.repeat(links)} } } }`

async function answer(query: string) {
  const response = await app.api.graphql(query)
  const body = (await response.json()) as {
    data?: Record<string, unknown>
    errors?: { message: string }[]
  }
  return { status: response.status, body }
}

describe('how deep a query may nest', () => {
  it('answers a relatedArticles chain at the bound, following the links', async () => {
    const { status, body } = await answer(relatedChain(MAX_DEPTH - 3))
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.errors).toBeUndefined()
    const docs = (body.data?.Articles as { docs: Record<string, unknown>[] }).docs
    let level = docs.find((doc) => (doc.relatedArticles as unknown[]).length > 0)!
    for (let link = 1; link < MAX_DEPTH - 3; link++) {
      level = (level.relatedArticles as Record<string, unknown>[])[0]
      expect(level.relatedArticles).toHaveLength(1)
    }
  })

  it('refuses one level more, saying how deep it went and what is allowed', async () => {
    const { body } = await answer(relatedChain(MAX_DEPTH - 2))
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0].message).toBe(
      `The query nests ${MAX_DEPTH + 1} levels deep; this API answers at most ${MAX_DEPTH}. Ask for less in one query, or follow a relationship in a second one.`,
    )
  })

  it('counts the levels that fragments and inline fragments add', async () => {
    const query = `
      query Deep { Articles { docs { ...Link } } }
      fragment Link on Article { relatedArticles { ... on Article { ...Deeper } } }
      fragment Deeper on Article { ${'relatedArticles { '.repeat(MAX_DEPTH)}title${' }'.repeat(MAX_DEPTH)} }`
    const { body } = await answer(query)
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0].message).toMatch(/^The query nests 16 levels deep/)
  })
})

describe('how many aliases a query may use', () => {
  const aliased = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`

  it('answers the bound', async () => {
    const { status, body } = await answer(aliased(MAX_ALIASES))
    expect(status, JSON.stringify(body.errors)).toBe(200)
    expect(body.data?.[`a${MAX_ALIASES - 1}`]).toEqual({ totalDocs: 2 })
  })

  it('refuses one more', async () => {
    const { body } = await answer(aliased(MAX_ALIASES + 1))
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0].message).toBe(
      `The query uses ${MAX_ALIASES + 1} aliased fields; this API answers at most ${MAX_ALIASES} per query.`,
    )
  })

  it('counts a fragment each time it is spread, through fragments that spread fragments', async () => {
    // Each level spreads the next twice: 2^14 aliased fields. Through the route handler Payload's own
    // complexity rule also runs, and it expands the spreads (its time doubles per level), so this stays
    // small; that such a document is refused at once whatever its size is proven over HTTP, where the
    // server checks the limits first (tests/server/frontEndApi.test.ts).
    const levels = 14
    const { body } = await answer(fragmentBomb(levels))
    expect(body.data).toBeUndefined()
    expect(body.errors?.map((error) => error.message)).toContain(
      `The query uses ${2 ** levels} aliased fields; this API answers at most ${MAX_ALIASES} per query.`,
    )
  })
})

describe('how much a query may cost', () => {
  it("refuses a query beyond Payload's complexity budget", async () => {
    // Within depth and aliases; 8 relationship levels (10 each) under each of 25 aliases: ~2,000.
    const chain = `docs { ${'relatedArticles { '.repeat(8)}title${' }'.repeat(8)} }`
    const query = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: Articles { ${chain} }`).join(' ')} }`
    const { body } = await answer(query)
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0].message).toMatch(/exceeds the maximum complexity of 1000/)
  })
})
