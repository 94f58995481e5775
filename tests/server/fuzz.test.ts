/**
 * Property-based fuzzing (fast-check) of every public entry point of the production server: comment
 * submission over REST and GraphQL, sign-in and password reset, REST reads with random
 * where/select/populate/sort/depth/page/limit/draft on every collection, and random schema-valid
 * GraphQL queries. For every case: no 5xx, an answer within 10 s, none of the private values planted
 * in the database (commenter email, user agent, client hash, moderation note, license number,
 * private notes, an unpublished draft, staff email addresses) in any answer, and no comment stored
 * by a refused submission.
 *
 *   FUZZ_RUNS (default 150 per entry point; the long mode is 10,000: `npm run test:fuzz`)
 *   FUZZ_SEED (default fixed, so CI is reproducible; a failure prints the seed and the case)
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findCrisis } from '../../plugins/moderatedComments/rules/sensitive'
import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { randomQuery } from '../helpers/randomGraphql'
import { startServerWithAdmin, type ServerWithAdmin } from '../helpers/serverWithAdmin'

const RUNS = Number(process.env.FUZZ_RUNS || 150)
const SEED = Number(process.env.FUZZ_SEED || 20261127)
const ANSWER_WITHIN_MS = 10_000
/** Generous: ~30 ms a case here, a 10,000-case run takes minutes per entry point. */
const TIME_LIMIT_MS = 60_000 + RUNS * 300

const ADMIN = { email: 'admin@example.com', password: 'fuzzing-admin-password' }
const PRIVATE = {
  commenterEmail: 'leakmarker-commenter@private.example',
  userAgent: 'LeakMarkerAgent/1.0',
  moderationNote: 'LEAKMARKER-moderation-note',
  licenseNumber: 'LEAKMARKER-LIC-4711',
  privateNotes: 'LEAKMARKER-private-notes',
  draftTitle: 'LEAKMARKER unpublished draft',
  newerDraftTitle: 'LEAKMARKER newer draft of a published article',
  staffEmail: 'leakmarker-writer@private.example',
  // Single words in the drafts' bodies: search highlights split text into parts at matched words,
  // so a leak through a snippet shows as the word, not as a whole title.
  draftWord: 'leakmarkerdraftbody',
  newerDraftWord: 'leakmarkernewerdraft',
}

let server: ServerWithAdmin
let url: string
let articleId: number
/** Everything that must never appear in an anonymous answer, filled once the content exists. */
const secrets: string[] = [...Object.values(PRIVATE), ADMIN.email]

const COLLECTIONS = [
  'articles',
  'authors',
  'services',
  'categories',
  'media',
  'credentials',
  'comments',
  'users',
]
const FIELDS = [
  'id',
  'title',
  'slug',
  'name',
  'body',
  'excerpt',
  'authors',
  'authors.name',
  'authors.credentials',
  'credentials.licenseNumber',
  'privateNotes',
  'createdBy',
  'createdBy.email',
  'authorEmail',
  'ipHash',
  'userAgent',
  'flags',
  'urgent',
  'moderationNote',
  'status',
  'target',
  'target.value',
  'parent',
  'email',
  'roles',
  'publishedAt',
  '_status',
  'updatedAt',
  'relatedArticles',
  'relatedArticles.title',
  'coverImage',
  'coverImage.url',
  'commentThread',
  'approvedCommentCount',
  'reviewedBy',
  'services',
  'providers',
  'salt',
  'hash',
  'password',
  'resetPasswordToken',
  'sessions',
  'lockUntil',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'like',
  'contains',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'bogus',
  '',
  '$where',
  '__proto__',
]
const junkText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    '-1',
    '0',
    '1e999',
    'NaN',
    'null',
    'true',
    '[]',
    '{}',
    '%00',
    '../..',
    "' OR 1=1 --",
  ),
  fc.integer().map(String),
)
const junkJson = fc.jsonValue({ maxDepth: 2 })

beforeAll(async () => {
  server = await startServerWithAdmin(ADMIN, {
    // Fuzzing submits hundreds of comments from one address: the limits are tested elsewhere.
    COMMENTS_FLOOD_SECONDS: '0',
    COMMENTS_MAX_PER_HOUR: '1000000',
  })
  url = server.cms.url
  await plantPrivateValues()
}, 120_000)

afterAll(async () => {
  await server?.stop()
})

async function asAdmin(method: string, path: string, body?: unknown) {
  const response = await server.http.request(method, path, { token: server.token, body })
  expect(response.status, `${method} ${path}`).toBeLessThan(300)
  return response.json()
}

/** Content with a private value in every private place, readable only by staff. */
async function plantPrivateValues() {
  const credentials = await asAdmin('GET', '/api/credentials?where[abbreviation][equals]=LCSW')
  const author = await asAdmin('POST', '/api/authors', {
    name: 'Fuzz Clinician',
    credentials: [
      {
        credential: credentials.docs[0].id,
        jurisdiction: 'NY',
        licenseNumber: PRIVATE.licenseNumber,
        licenseNumberPublic: false,
      },
    ],
    privateNotes: PRIVATE.privateNotes,
  })
  const article = (body: Record<string, unknown>) =>
    asAdmin('POST', '/api/articles', {
      body: lexicalFromParagraphs(['Fuzzing target.']),
      authors: [author.doc.id],
      ...body,
    })
  articleId = (await article({ title: 'Published fuzz target', _status: 'published' })).doc.id
  await article({
    title: PRIVATE.draftTitle,
    body: lexicalFromParagraphs([`Fuzzing target ${PRIVATE.draftWord}.`]),
    _status: 'draft',
  })
  await asAdmin('PATCH', `/api/articles/${articleId}?draft=true`, {
    title: PRIVATE.newerDraftTitle,
    body: lexicalFromParagraphs([`Fuzzing target ${PRIVATE.newerDraftWord}.`]),
  })
  await asAdmin('POST', '/api/users', {
    email: PRIVATE.staffEmail,
    password: 'leakmarker-writer-password',
    roles: ['writer'],
  })

  const submitted = await fetch(`${url}/api/comments/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': PRIVATE.userAgent },
    body: JSON.stringify({
      targetId: articleId,
      authorName: 'Fuzz Reader',
      authorEmail: PRIVATE.commenterEmail,
      body: 'A comment with private details around it.',
    }),
  })
  expect(submitted.status).toBe(201)
  const commentId = ((await submitted.json()) as { id: number }).id
  const moderated = await asAdmin('PATCH', `/api/comments/${commentId}`, {
    status: 'approved',
    moderationNote: PRIVATE.moderationNote,
  })
  secrets.push(moderated.doc.ipHash)
}

type Answer = { status: number; text: string }

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  })
  return { status: response.status, text: await response.text() }
}

/** The properties every anonymous answer has, whatever was asked. */
function expectSafe(answer: Answer, request: string) {
  expect(answer.status, `5xx for ${request}: ${answer.text.slice(0, 300)}`).toBeLessThan(500)
  for (const secret of secrets) {
    expect(answer.text.includes(secret), `"${secret}" leaked for ${request}`).toBe(false)
  }
}

/**
 * A GraphQL answer without the errors of validation: those (no `path`) are raised before anything is
 * read, from the query document alone, and quote its values back ("DateTime cannot represent …
 * leakmarkerdraftbody"), which is the client's own text, not a leak. Errors raised while executing
 * (with a `path`) and all data stay in what is checked.
 */
function withoutValidationEchoes(answer: Answer): Answer {
  try {
    const body = JSON.parse(answer.text) as { errors?: { path?: unknown }[] }
    if (!Array.isArray(body.errors)) return answer
    return {
      ...answer,
      text: JSON.stringify({ ...body, errors: body.errors.filter((e) => e.path) }),
    }
  } catch {
    return answer
  }
}

const settings = () => ({ numRuns: RUNS, seed: SEED, endOnFailure: true })

async function storedComments() {
  return (await asAdmin('GET', '/api/comments?limit=1&depth=0')).totalDocs as number
}

/** A submission a reader could have written: valid fields with odd but allowed text. */
const plausibleSubmission = () =>
  fc.record({
    targetId: fc.constant(0).map(() => articleId),
    authorName: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    authorEmail: fc.emailAddress(),
    body: fc.string({ unit: 'grapheme', minLength: 2, maxLength: 400 }),
  })

/** A submission that filled the honeypot and holds no crisis language: a bot, to the CMS. */
function filledHoneypotOnly(raw: string): boolean {
  try {
    const { website, body } = JSON.parse(raw) as { website?: unknown; body?: unknown }
    return (
      typeof website === 'string' &&
      website.trim() !== '' &&
      !(typeof body === 'string' && findCrisis(body))
    )
  } catch {
    return false
  }
}

const postJson = (path: string, body: string, contentType = 'application/json') =>
  send(path, { method: 'POST', headers: { 'content-type': contentType }, body })

describe('fuzzing the public entry points', () => {
  it(
    'comment submission over REST: never a 5xx or a leak; a refused submission stores nothing',
    async () => {
      const before = await storedComments()
      let accepted = 0
      let botsAnswered = 0
      const submission = fc.record(
        {
          targetId: fc.oneof(
            fc.constant(0).map(() => articleId),
            junkJson,
          ),
          authorName: fc.oneof(fc.string({ maxLength: 100 }), junkJson),
          authorEmail: fc.oneof(fc.emailAddress(), junkJson),
          body: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), junkJson),
          parent: junkJson,
          targetCollection: fc.oneof(fc.constantFrom('articles', 'users', 'comments'), junkJson),
          website: fc.oneof(fc.constant(''), fc.string()),
        },
        { requiredKeys: [] },
      )
      const body = fc.oneof(
        { weight: 3, arbitrary: plausibleSubmission().map((value) => JSON.stringify(value)) },
        { weight: 3, arbitrary: submission.map((value) => JSON.stringify(value)) },
        { weight: 1, arbitrary: junkJson.map((value) => JSON.stringify(value)) },
        { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
      )
      const contentType = fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        '',
      )
      await fc.assert(
        fc.asyncProperty(body, contentType, async (raw, type) => {
          const answer = await postJson('/api/comments/submit', raw, type)
          expectSafe(answer, `POST /api/comments/submit ${type} ${raw.slice(0, 200)}`)
          if (answer.status === 201) accepted += 1
          if (answer.status === 201 && filledHoneypotOnly(raw)) botsAnswered += 1
        }),
        settings(),
      )
      // A filled honeypot is answered as accepted and stored nowhere (unless crisis language).
      expect(await storedComments()).toBe(before + accepted - botsAnswered)
    },
    TIME_LIMIT_MS,
  )

  it(
    'comment submission over GraphQL: never a 5xx or a leak; a refused submission stores nothing',
    async () => {
      const before = await storedComments()
      let accepted = 0
      const mutation =
        'mutation Submit($input: SubmitCommentInput!) { submitComment(input: $input) { ok id status message code errors { field message } } }'
      const input = fc.record(
        {
          targetId: fc.oneof(
            fc.constant(0).map(() => String(articleId)),
            junkJson,
          ),
          authorName: fc.oneof(fc.string({ maxLength: 100 }), junkJson),
          authorEmail: fc.oneof(fc.emailAddress(), junkJson),
          body: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), junkJson),
          parent: junkJson,
        },
        { requiredKeys: [] },
      )
      await fc.assert(
        fc.asyncProperty(fc.oneof(plausibleSubmission(), input), async (variables) => {
          const raw = JSON.stringify({ query: mutation, variables: { input: variables } })
          const answer = await postJson('/api/graphql', raw)
          expectSafe(answer, `submitComment ${raw.slice(0, 300)}`)
          if (answer.text.includes('"ok":true')) accepted += 1
        }),
        settings(),
      )
      expect(await storedComments()).toBe(before + accepted)
    },
    TIME_LIMIT_MS,
  )

  it(
    'sign-in, forgotten password and reset: never a 5xx, a leak, or a session',
    async () => {
      const credentials = fc.record(
        {
          email: fc.oneof(fc.emailAddress(), fc.constantFrom(PRIVATE.staffEmail), junkJson),
          password: fc.oneof(fc.string({ maxLength: 80 }), junkJson),
          token: fc.oneof(
            fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 40 }),
            junkJson,
          ),
        },
        { requiredKeys: [] },
      )
      const path = fc.constantFrom(
        '/api/users/login',
        '/api/users/forgot-password',
        '/api/users/reset-password',
      )
      await fc.assert(
        fc.asyncProperty(path, credentials, async (endpoint, body) => {
          const answer = await postJson(endpoint, JSON.stringify(body))
          const request = `POST ${endpoint} ${JSON.stringify(body).slice(0, 200)}`
          // The staff address is planted as private: a login answer naming it would be the leak.
          expectSafe(answer, request)
          expect(answer.text, request).not.toMatch(/"token"\s*:\s*"ey/)
          if (endpoint !== '/api/users/forgot-password')
            expect(answer.status, request).not.toBe(200)
        }),
        settings(),
      )
    },
    TIME_LIMIT_MS,
  )

  it(
    'REST reads with random parameters on every collection: never a 5xx or a leak',
    async () => {
      const parameter = fc.oneof(
        fc
          .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), junkText, fc.boolean())
          .map(([field, op, value, asList]) =>
            asList
              ? `where[${field}][${op}][0]=${encodeURIComponent(value)}`
              : `where[or][0][${field}][${op}]=${encodeURIComponent(value)}`,
          ),
        fc
          .tuple(fc.constantFrom(...FIELDS), fc.constantFrom('true', 'false', '1', 'x'))
          .map(([field, value]) => `select[${field.replace('.', '][')}]=${value}`),
        fc
          .tuple(fc.constantFrom(...COLLECTIONS), fc.constantFrom(...FIELDS))
          .map(([collection, field]) => `populate[${collection}][${field}]=true`),
        fc
          .constantFrom(...FIELDS, ...FIELDS.map((field) => `-${field}`))
          .map((sort) => `sort=${sort}`),
        junkText.map((value) => `depth=${encodeURIComponent(value)}`),
        junkText.map((value) => `page=${encodeURIComponent(value)}`),
        junkText.map((value) => `limit=${encodeURIComponent(value)}`),
        fc.constantFrom('true', 'false', 'x').map((value) => `draft=${value}`),
        junkText.map((value) => `joins[commentThread][limit]=${encodeURIComponent(value)}`),
        fc
          .tuple(junkText, junkText)
          .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`),
      )
      const target = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...COLLECTIONS).map((c) => `/api/${c}`) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom(...COLLECTIONS), fc.oneof(junkText, fc.constant('1')))
            .map(([c, id]) => `/api/${c}/${encodeURIComponent(id) || 'x'}`),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom('/api/globals/practice', '/api/articles/by-slug/x'),
        },
      )
      await fc.assert(
        fc.asyncProperty(target, fc.array(parameter, { maxLength: 6 }), async (path, query) => {
          const request = `${path}?${query.join('&')}`
          expectSafe(await send(request), `GET ${request}`)
        }),
        settings(),
      )
    },
    TIME_LIMIT_MS,
  )

  it(
    'article search over REST with random queries and paging: never a 5xx, never a draft',
    async () => {
      const words = fc.constantFrom(
        PRIVATE.draftWord,
        PRIVATE.newerDraftWord,
        'leakmarkerdraftbdy',
        'leakmarker',
        'fuzzing target',
        '"newer draft"',
        'unpublished -published',
        'draft or target',
      )
      const q = fc.oneof(
        words,
        junkText,
        fc.tuple(words, junkText).map(([a, b]) => `${a} ${b}`),
      )
      const parameter = fc.oneof(
        junkText.map((value) => `page=${encodeURIComponent(value)}`),
        junkText.map((value) => `limit=${encodeURIComponent(value)}`),
        junkText.map((value) => `depth=${encodeURIComponent(value)}`),
        fc.constantFrom('draft=true', 'page=2', 'limit=50', 'depth=2'),
      )
      await fc.assert(
        fc.asyncProperty(
          fc.option(q, { nil: undefined }),
          fc.array(parameter, { maxLength: 3 }),
          async (text, query) => {
            const params = [
              ...(text === undefined ? [] : [`q=${encodeURIComponent(text)}`]),
              ...query,
            ]
            const request = `/api/articles/search?${params.join('&')}`
            const answer = await send(request)
            expectSafe(answer, `GET ${request}`)
            expect([200, 400], `GET ${request}: ${answer.text.slice(0, 300)}`).toContain(
              answer.status,
            )
          },
        ),
        settings(),
      )
    },
    TIME_LIMIT_MS,
  )

  it(
    'random GraphQL queries from the committed schema: never a 5xx or a leak',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer(), async (seed) => {
          const query = randomQuery(seed)
          const answer = await postJson('/api/graphql', JSON.stringify({ query }))
          expectSafe(
            withoutValidationEchoes(answer),
            `GraphQL (seed ${seed}) ${query.slice(0, 400)}`,
          )
        }),
        settings(),
      )
    },
    TIME_LIMIT_MS,
  )
})
