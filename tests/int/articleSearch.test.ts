/**
 * Ranked search over published articles (plugins/practiceContent/search), over REST and GraphQL, on
 * whichever database the run uses: PostgreSQL's full-text search on PGlite and PostgreSQL, the
 * documented `where` fallback on SQLite (TEST_DATABASE=sqlite). Drafts never appear on any path.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { articleData, createClinician, createCoach } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { usingSqlite } from '../helpers/testDatabase'
import { useTestApp } from '../helpers/useTestApp'
import { lexicalFromBlocks, lexicalFromParagraphs } from '../../src/seed/lexical'
import { postgresPool } from '../../plugins/practiceContent/search/postgres'

const app = useTestApp(startPayload, { admin: true })

/** The fallback (SQLite) searches titles, excerpts, authors and categories only, without ranking. */
const fullText = !usingSqlite()

const ids: Record<string, number> = {}

type Part = { text: string; match: boolean }
type Hit = {
  rank: number
  highlightedTitle: Part[]
  snippet: Part[]
  article: { id: number; title: string; _status?: string }
}
type SearchPage = {
  docs: Hit[]
  totalDocs: number
  page: number
  limit: number
  totalPages: number
  hasNextPage: boolean
  hasPrevPage: boolean
  correctedQuery: string | null
}

async function rest(query: string, token?: string): Promise<SearchPage> {
  const response = await app.api.request('GET', `/articles/search?${query}`, { token })
  const body = await response.json()
  if (response.status !== 200) throw new Error(`${response.status}: ${JSON.stringify(body)}`)
  return body as SearchPage
}
const search = (q: string, extra = '') => rest(`q=${encodeURIComponent(q)}${extra}`)
const titles = (page: SearchPage) => page.docs.map((hit) => hit.article.title)

beforeAll(async () => {
  const lauren = await createClinician(app.payload)
  const sam = await createCoach(app.payload, 'Sam Rivera')
  const wellbeing = await app.payload.create({
    collection: 'categories',
    data: { title: 'Wellbeing' },
  })
  const anxiety = await app.payload.create({ collection: 'categories', data: { title: 'Anxiety' } })
  const publish = async (key: string, data: Record<string, unknown>, day: number) => {
    const doc = await app.payload.create({
      collection: 'articles',
      data: {
        publishedAt: `2026-04-${String(day).padStart(2, '0')}T09:00:00.000Z`,
        _status: 'published',
        ...data,
      } as never,
    })
    ids[key] = doc.id
    return doc
  }
  // Newest: the body-only match is the newer one, so ranking, not date, must put the title first.
  await publish('titleMatch', articleData('Coaching for a Career Change', lauren.id), 2)
  await publish(
    'bodyMatch',
    articleData('Finding Your Footing', lauren.id, [
      'Some people try coaching before they try therapy, and that can be the right start.',
      'Others need a clinician first.',
    ]),
    20,
  )
  await publish(
    'excerptMatch',
    { ...articleData('Small Steps', lauren.id), excerpt: 'How coaching sessions are planned.' },
    10,
  )
  await publish(
    'byAuthor',
    { ...articleData('Sleep and Mood', sam.id), categories: [wellbeing.id] },
    5,
  )
  await publish(
    'inCategory',
    { ...articleData('When Worry Takes Over', lauren.id), categories: [anxiety.id] },
    6,
  )
  await publish(
    'formatted',
    {
      ...articleData('Formatting Inside Words', lauren.id),
      body: lexicalFromBlocks([
        ['Self-', { text: 'compass', bold: true }, 'ion grows with practice.'],
        { heading: 'h2', text: 'Closing' },
        { list: 'bullet', items: ['first point', 'second point'] },
      ]),
    },
    7,
  )
  for (let n = 1; n <= 12; n++) {
    await publish(
      `journal${n}`,
      articleData(`Journaling Notes ${n}`, lauren.id, [`Prompt number ${n} for the week.`]),
      8,
    )
  }

  // A draft that was never published.
  const neverPublished = await app.payload.create({
    collection: 'articles',
    draft: true,
    data: {
      ...articleData('Zephyr Plans', lauren.id, ['A secret zephyr paragraph.']),
      excerpt: 'zephyr',
      _status: 'draft',
    },
  })
  ids.neverPublished = neverPublished.id
  // A published article with a newer draft on top: only the published words are searchable.
  const published = await publish(
    'withDraft',
    articleData('Marigold Garden', lauren.id, ['The original wording about marigolds.']),
    9,
  )
  await app.payload.update({
    collection: 'articles',
    id: published.id,
    draft: true,
    data: {
      title: 'Quokka Garden',
      excerpt: 'quokka',
      body: lexicalFromParagraphs(['A new paragraph about a quokka, not yet published.']),
      _status: 'draft',
    },
  })
})

describe('ranking and matching', () => {
  it.skipIf(!fullText)(
    'ranks a title match above an excerpt match above a body-only match',
    async () => {
      const page = await search('coaching')
      expect(titles(page)).toEqual([
        'Coaching for a Career Change',
        'Small Steps',
        'Finding Your Footing',
      ])
      expect(page.docs[0].rank).toBeGreaterThan(page.docs[1].rank)
      expect(page.docs[1].rank).toBeGreaterThan(page.docs[2].rank)
    },
  )

  it.skipIf(fullText)('the fallback finds title and excerpt matches, newest first', async () => {
    const page = await search('coaching')
    expect(titles(page)).toEqual(['Small Steps', 'Coaching for a Career Change'])
    expect(page.docs[1].rank).toBeGreaterThan(page.docs[0].rank)
  })

  it('matches an author by name and a category by title', async () => {
    expect(titles(await search('Rivera'))).toEqual(['Sleep and Mood'])
    expect(titles(await search('anxiety'))).toEqual(['When Worry Takes Over'])
    expect(titles(await search('wellbeing'))).toEqual(['Sleep and Mood'])
  })

  it.skipIf(!fullText)(
    'finds coaching articles when a reader types "coching", and says so',
    async () => {
      const page = await search('coching')
      expect(page.correctedQuery).toBe('coaching')
      expect(titles(page)).toEqual([
        'Coaching for a Career Change',
        'Small Steps',
        'Finding Your Footing',
      ])
      // Only a word that finds nothing is corrected; the rest of the query stays as typed.
      const mixed = await search('"career change" coching')
      expect(mixed.correctedQuery).toBe('"career change" coaching')
      expect(titles(mixed)).toEqual(['Coaching for a Career Change'])
      expect((await search('coaching')).correctedQuery).toBeNull()
    },
  )

  it.skipIf(!fullText)('understands web search syntax: phrases, or, -word', async () => {
    expect(titles(await search('"career change"'))).toEqual(['Coaching for a Career Change'])
    expect(titles(await search('"change career"'))).toEqual([])
    expect(titles(await search('coaching -career'))).toEqual([
      'Small Steps',
      'Finding Your Footing',
    ])
    expect(titles(await search('rivera or anxiety')).sort()).toEqual([
      'Sleep and Mood',
      'When Worry Takes Over',
    ])
    // Stemming: "coaches" and "coached" find "coaching".
    expect((await search('coached')).totalDocs).toBe(3)
  })

  it.skipIf(!fullText)(
    'reads the body as a reader does: words split by formatting join up, blocks do not',
    async () => {
      expect(titles(await search('self-compassion'))).toEqual(['Formatting Inside Words'])
      expect(titles(await search('ion'))).toEqual([])
      expect(titles(await search('"closing first point"'))).toEqual(['Formatting Inside Words'])
    },
  )
})

describe('highlights', () => {
  it.skipIf(!fullText)(
    'marks the matched words in a snippet of the body and in the title',
    async () => {
      const [hit] = (await search('therapy clinician')).docs
      expect(hit.article.title).toBe('Finding Your Footing')
      expect(
        hit.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase()),
      ).toEqual(expect.arrayContaining(['therapy', 'clinician']))
      expect(hit.snippet.map((part) => part.text).join('')).toContain(
        'coaching before they try therapy',
      )
      const [titled] = (await search('career')).docs
      expect(titled.highlightedTitle).toEqual([
        { text: 'Coaching for a ', match: false },
        { text: 'Career', match: true },
        { text: ' Change', match: false },
      ])
    },
  )

  it('marks matches in the title and excerpt on every engine', async () => {
    const [hit] = (await search('sessions')).docs
    expect(hit.article.title).toBe('Small Steps')
    expect(hit.snippet.some((part) => part.match && /sessions/i.test(part.text))).toBe(true)
  })
})

describe('drafts never appear', () => {
  it('leaves out a draft that was never published, for readers and editors alike', async () => {
    expect((await search('zephyr')).totalDocs).toBe(0)
    expect((await rest('q=zephyr', app.adminToken)).totalDocs).toBe(0)
    const data = await app.api.graphqlData(
      `{ searchArticles(query: "zephyr plans") { totalDocs } }`,
    )
    expect(data.searchArticles.totalDocs).toBe(0)
  })

  it('finds a published article by its published words only, not by its newer draft', async () => {
    expect((await search('quokka')).totalDocs).toBe(0)
    expect((await rest('q=quokka', app.adminToken)).totalDocs).toBe(0)
    const found = await search('marigold')
    expect(titles(found)).toEqual(['Marigold Garden'])
    expect(found.docs[0].snippet.map((part) => part.text).join('')).not.toMatch(/quokka/i)
  })

  it.skipIf(!fullText)(
    'because Payload keeps the published version in the main table, drafts in versions',
    async () => {
      const pool = postgresPool(app.payload)!
      const main = await pool.query('SELECT title, _status FROM articles WHERE id = $1', [
        ids.withDraft,
      ])
      expect(main.rows).toEqual([{ title: 'Marigold Garden', _status: 'published' }])
      const latest = await pool.query(
        'SELECT version_title, version__status FROM _articles_v WHERE parent_id = $1 AND latest',
        [ids.withDraft],
      )
      expect(latest.rows).toEqual([{ version_title: 'Quokka Garden', version__status: 'draft' }])
      const neverPublished = await pool.query('SELECT _status FROM articles WHERE id = $1', [
        ids.neverPublished,
      ])
      expect(neverPublished.rows).toEqual([{ _status: 'draft' }])
    },
  )

  it('forgets an article once it is unpublished, and finds it again when it is republished', async () => {
    await app.payload.update({
      collection: 'articles',
      id: ids.excerptMatch,
      data: { _status: 'draft' },
    })
    expect(titles(await search('sessions'))).toEqual([])
    await app.payload.update({
      collection: 'articles',
      id: ids.excerptMatch,
      data: { _status: 'published' },
    })
    expect(titles(await search('sessions'))).toEqual(['Small Steps'])
  })
})

describe('the index follows every change', () => {
  it('an author renamed, a category retitled, an article edited or deleted', async () => {
    const article = await app.payload.findByID({
      collection: 'articles',
      id: ids.byAuthor,
      depth: 0,
    })
    const samId = article.authors[0] as number
    await app.payload.update({ collection: 'authors', id: samId, data: { name: 'Sam Okafor' } })
    expect(titles(await search('okafor'))).toEqual(['Sleep and Mood'])
    expect(titles(await search('rivera'))).toEqual([])

    const categoryId = (
      await app.payload.findByID({ collection: 'articles', id: ids.inCategory, depth: 0 })
    ).categories![0] as number
    await app.payload.update({ collection: 'categories', id: categoryId, data: { title: 'Worry' } })
    expect(titles(await search('anxiety'))).toEqual([])

    await app.payload.update({
      collection: 'articles',
      id: ids.inCategory,
      data: { title: 'Calmer Days' },
    })
    expect(titles(await search('calmer'))).toEqual(['Calmer Days'])

    await app.payload.delete({ collection: 'articles', id: ids.inCategory })
    expect(titles(await search('calmer'))).toEqual([])
  })

  it.skipIf(!fullText)('corrects only to words published articles use', async () => {
    // "zephyr" is in a draft only: no correction leads to it.
    expect((await search('zephyrs')).correctedQuery).toBeNull()
    const pool = postgresPool(app.payload)!
    const words = await pool.query(
      "SELECT word FROM articles_fts_words WHERE word IN ('zephyr', 'quokka', 'calmer', 'marigolds')",
    )
    expect(words.rows).toEqual([{ word: 'marigolds' }])
  })
})

describe('pagination', () => {
  it('pages through matches with totals', async () => {
    const first = await search('journaling', '&limit=5')
    expect(first).toMatchObject({
      totalDocs: 12,
      totalPages: 3,
      page: 1,
      limit: 5,
      hasNextPage: true,
      hasPrevPage: false,
    })
    const last = await search('journaling', '&limit=5&page=3')
    expect(last.docs).toHaveLength(2)
    expect(last).toMatchObject({ page: 3, hasNextPage: false, hasPrevPage: true })
    const all = new Set(
      [first, await search('journaling', '&limit=5&page=2'), last].flatMap(titles),
    )
    expect(all.size).toBe(12)
    const beyond = await search('journaling', '&limit=5&page=4')
    expect(beyond).toMatchObject({ docs: [], totalDocs: 12, totalPages: 3 })
  })

  it('answers the same over GraphQL, with the article as the schema types it', async () => {
    const data = await app.api.graphqlData(`{
      searchArticles(query: "journaling", limit: 5, page: 2) {
        totalDocs page totalPages hasNextPage correctedQuery
        docs { rank snippet { text match } highlightedTitle { text match } article { title authors { name } } }
      }
    }`)
    expect(data.searchArticles).toMatchObject({
      totalDocs: 12,
      page: 2,
      totalPages: 3,
      hasNextPage: true,
      correctedQuery: null,
    })
    expect(data.searchArticles.docs).toHaveLength(5)
    expect(data.searchArticles.docs[0].article.authors).toEqual([{ name: 'Lauren Farina' }])
  })
})

describe('bad input is a 400 that names the parameter', () => {
  const cases: [string, string, RegExp][] = [
    ['', 'q', /q is required/],
    ['q=', 'q', /at least one letter or digit/],
    ['q=%20%22%20-', 'q', /at least one letter or digit/],
    [`q=${'a'.repeat(201)}`, 'q', /at most 200 characters \(got 201\)/],
    ['q=coaching&page=0', 'page', /page must be a whole number from 1 to 1000/],
    ['q=coaching&page=abc', 'page', /got "abc"/],
    ['q=coaching&page=1001', 'page', /from 1 to 1000 when limit is 10/],
    ['q=coaching&limit=51', 'limit', /limit must be a whole number from 1 to 50/],
    ['q=coaching&limit=-1', 'limit', /from 1 to 50/],
    ['q=coaching&limit=2.5', 'limit', /from 1 to 50/],
    ['q=coaching&depth=11', 'depth', /depth must be a whole number from 0 to 10/],
  ]
  it.each(cases)('REST ?%s', async (query, path, message) => {
    const response = await app.api.request('GET', `/articles/search?${query}`)
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors[0]).toMatchObject({
      name: 'QueryError',
      message: expect.stringMatching(message),
    })
    expect(body.errors[0].data.map((problem: { path: string }) => problem.path)).toContain(path)
  })

  it('REST lists every problem at once', async () => {
    const response = await app.api.request('GET', '/articles/search?page=0&limit=0')
    const body = await response.json()
    expect(body.errors[0].data.map((problem: { path: string }) => problem.path)).toEqual([
      'q',
      'limit',
      'page',
    ])
  })

  it('GraphQL answers a QueryError with status 400 in its extensions', async () => {
    for (const [args, message] of [
      ['query: "   "', /query must contain at least one letter or digit/],
      [`query: "${'b'.repeat(201)}"`, /at most 200 characters/],
      ['query: "coaching", page: 0', /page must be a whole number/],
      ['query: "coaching", limit: 500', /limit must be a whole number from 1 to 50/],
    ] as const) {
      const response = await app.api.graphql(`{ searchArticles(${args}) { totalDocs } }`)
      const body = await response.json()
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { name: 'QueryError', statusCode: 400 },
      })
    }
  })

  it('odd but valid queries answer 200, never a 500', async () => {
    for (const q of [
      '"',
      '"unclosed phrase',
      'or or or',
      '-',
      '!!! coaching',
      "l'anxiété",
      '(a | b) & c',
      '\\',
      '%_%',
      'a:*',
    ]) {
      const response = await app.api.request('GET', `/articles/search?q=${encodeURIComponent(q)}`)
      expect([200, 400]).toContain(response.status)
    }
  })
})
