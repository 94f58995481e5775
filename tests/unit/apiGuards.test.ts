/**
 * The pure checks behind apiGuards: which operators and values fit which fields, what an id looks
 * like (numeric on SQL adapters, strings elsewhere), and the paging bounds.
 */
import { describe, expect, it } from 'vitest'

import type { FieldDescriptor, FieldResolver } from '../../plugins/apiGuards/checks/fields'
import { generatedIdRule, idProblem } from '../../plugins/shared/ids'
import { apiGuards } from '../../plugins/apiGuards'
import {
  lastCountablePage,
  pagingProblems,
  type PagingBounds,
} from '../../plugins/apiGuards/checks/paging'
import { restParameterProblems } from '../../plugins/apiGuards/checks/restParameters'
import { sortProblems } from '../../plugins/apiGuards/checks/selection'
import { whereProblems } from '../../plugins/apiGuards/checks/where'

const FIELDS: Record<string, FieldDescriptor> = {
  title: { kind: 'text' },
  count: { kind: 'number' },
  when: { kind: 'date' },
  flag: { kind: 'checkbox' },
  status: { kind: 'select', options: ['draft', 'published'] },
  tags: { kind: 'select', hasMany: true, options: ['a', 'b'] },
  author: { kind: 'id', id: { type: 'number', max: 2_147_483_647 } },
  mongoAuthor: { kind: 'id', id: { type: 'text', maxLength: 255 } },
  place: { kind: 'point' },
  target: {
    kind: 'polymorphic',
    options: ['articles'],
    ids: { articles: { type: 'number', max: 2_147_483_647 } },
  },
  body: { kind: 'json' },
}
const resolve: FieldResolver = (path) => FIELDS[path]
const check = (where: unknown, supportsAll = false) =>
  whereProblems(where, resolve, { supportsAll }).map((problem) => problem.path)

describe('whereProblems', () => {
  it('accepts well-formed filters on every kind of field', () => {
    expect(
      check({
        and: [
          { title: { like: 'therapy', exists: 'true' } },
          { count: { greater_than: '2', in: '1,2,3' } },
          { when: { less_than: '2026-03-30' } },
          { flag: { equals: 'false' } },
          { status: { in: ['draft', 'published'] } },
          { tags: { contains: 'a' } },
          { author: { in: [1, '2'] } },
          { mongoAuthor: { equals: '6650a1b2c3d4e5f6a7b8c9d0' } },
          { place: { near: '1,2,1000' } },
          { body: { equals: { root: {} } } },
          { target: { equals: { relationTo: 'articles', value: 1 } } },
          { or: [{ title: { equals: null } }] },
        ],
      }),
    ).toEqual([])
  })

  it('names each misfit by its path', () => {
    expect(
      check({
        title: { near: '1,2' },
        count: { equals: 'abc', contains: '1' },
        when: { equals: 'soon' },
        flag: { equals: 'maybe', greater_than: 'true' },
        status: { equals: 'live', like: 'dra' },
        author: { in: '1,2,a', equals: '99999999999999999999' },
        place: { like: 'x' },
        body: { like: 'x' },
        target: { equals: { relationTo: 'users', value: 1 }, like: 'x' },
      }),
    ).toEqual([
      'where.title.near',
      'where.count.equals',
      'where.count.contains',
      'where.when.equals',
      'where.flag.equals',
      'where.flag.greater_than',
      'where.status.equals',
      'where.status.like',
      'where.author.in',
      'where.author.equals',
      'where.place.like',
      'where.body.like',
      'where.target.equals',
      'where.target.like',
    ])
  })

  it('refuses numbers beyond what the database takes, and takes every finite one a number field can', () => {
    const HUGE = '9'.repeat(40)
    expect(
      check({
        count: { greater_than: '1e308', less_than: -Number.MAX_VALUE, in: `1,${HUGE}` },
        author: { equals: 2_147_483_647 },
      }),
    ).toEqual([])
    expect(
      check({
        count: { equals: '1e400', in: [1, Number.POSITIVE_INFINITY] },
        author: { equals: HUGE, not_in: `1,${HUGE}`, greater_than: '2147483648' },
        target: { equals: { relationTo: 'articles', value: HUGE } },
      }),
    ).toEqual([
      'where.count.equals',
      'where.count.in',
      'where.author.equals',
      'where.author.not_in',
      'where.author.greater_than',
      'where.target.equals',
    ])
    const [problem] = whereProblems(
      { target: { in: [{ relationTo: 'articles', value: 2_147_483_648 }] } },
      resolve,
      { supportsAll: false },
    )
    expect(problem.message).toMatch(
      /^where\.target\.in: target takes a value that is an id of articles: ids are whole numbers from 1 to 2147483647/,
    )
  })

  it('refuses malformed structure', () => {
    expect(check('abc')).toEqual(['where'])
    expect(check({ or: 'abc' })).toEqual(['where.or'])
    expect(check({ title: 'abc' })).toEqual(['where.title'])
    expect(check({ title: { bogus: 1 } })).toEqual(['where.title.bogus'])
    expect(check({ title: { equals: { nested: 1 } } })).toEqual(['where.title.equals'])
  })

  it('leaves unknown paths to Payload, which names them itself', () => {
    expect(check({ nonexistent: { equals: 1 } })).toEqual([])
  })

  it('allows "all" only where the database implements it', () => {
    expect(check({ tags: { all: 'a,b' } })).toEqual(['where.tags.all'])
    expect(check({ tags: { all: 'a,b' } }, true)).toEqual([])
  })
})

describe('idProblem', () => {
  const serial = { type: 'number', max: 2_147_483_647 } as const
  it.each([1, '1', 2_147_483_647, '2147483647'])('accepts %j as a serial id', (id) =>
    expect(idProblem(id, serial)).toBeUndefined(),
  )
  it.each([
    'abc',
    '0',
    0,
    -1,
    1.5,
    '1.5',
    '2147483648',
    '99999999999999999999',
    Number.NaN,
    '',
    ' 1',
  ])('refuses %j as a serial id', (id) =>
    expect(idProblem(id, serial)).toMatch(/whole numbers from 1 to 2147483647/),
  )
  it('knows the ids each database generates: serial on PostgreSQL, safe integers on SQLite, strings on MongoDB', () => {
    const rule = (name: string, defaultIDType: string) =>
      generatedIdRule({ db: { name, defaultIDType } } as never)
    expect(rule('postgres', 'number')).toEqual(serial)
    expect(rule('sqlite', 'number')).toEqual({ type: 'number', max: Number.MAX_SAFE_INTEGER })
    expect(rule('mongoose', 'text')).toEqual({ type: 'text', maxLength: 255 })
  })
  it('takes any short string where ids are strings (MongoDB, UUIDs)', () => {
    const text = { type: 'text', maxLength: 255 } as const
    expect(idProblem('6650a1b2c3d4e5f6a7b8c9d0', text)).toBeUndefined()
    expect(idProblem('', text)).toMatch(/strings of 1 to 255/)
    expect(idProblem('x'.repeat(256), text)).toMatch(/strings of 1 to 255/)
  })
})

describe('pagingProblems', () => {
  const anonymous: PagingBounds = { maxDepth: 10, anonymous: { maxLimit: 100, maxDepth: 2 } }
  const paths = (args: Record<string, unknown>, bounds: PagingBounds = anonymous) =>
    pagingProblems(args, bounds).map((problem) => problem.path)

  it('accepts sensible paging', () => {
    expect(paths({ page: 3, limit: 100, depth: 2, pagination: true })).toEqual([])
    expect(paths({ pagination: false, limit: 20 })).toEqual([])
  })

  it('refuses values no page can have', () => {
    expect(paths({ page: 0, limit: -1, depth: 'abc', pagination: 'maybe' })).toEqual([
      'page',
      'limit',
      'depth',
      'pagination',
    ])
  })

  it('refuses pages and limits past what LIMIT and OFFSET can count exactly, naming each', () => {
    const signedIn: PagingBounds = { maxDepth: 10 }
    const messages = (args: Record<string, unknown>, bounds: PagingBounds = signedIn) =>
      pagingProblems(args, bounds).map((problem) => problem.message)
    const HUGE = 1e40 // what REST makes of page=9999999999999999999999999999999999999999
    const lastDefaultPage = lastCountablePage(10)
    expect(lastDefaultPage * 11).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER)

    expect(messages({ page: lastDefaultPage })).toEqual([])
    expect(messages({ page: lastDefaultPage + 1 })).toEqual([
      `page must be a whole number from 1 to ${lastDefaultPage} when limit is 10 (the default) (got ${lastDefaultPage + 1}).`,
    ])
    expect(messages({ page: HUGE, limit: 100 })).toEqual([
      `page must be a whole number from 1 to ${lastCountablePage(100)} when limit is 100 (got 1e+40).`,
    ])
    expect(messages({ page: 1e17, limit: 100 }, anonymous)[0]).toMatch(/^page must be/)
    expect(messages({ limit: Number.MAX_SAFE_INTEGER })).toEqual([])
    expect(messages({ limit: HUGE, page: 2 })).toEqual([
      `limit must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (got 1e+40).`,
    ])
    // A join's default page size is its own.
    expect(
      messages({ page: lastCountablePage(20) + 1 }, { maxDepth: 10, defaultLimit: 20 }),
    ).toEqual([expect.stringMatching(/when limit is 20 \(the default\)/)])
    // Without paging nothing is skipped, but the page number itself must still be exact.
    expect(messages({ page: Number.MAX_SAFE_INTEGER, limit: 0 })).toEqual([])
    expect(paths({ page: HUGE, limit: 0 }, signedIn)).toEqual(['page'])
    // A limit refused on its own bounds nothing: the page is not blamed for it.
    expect(paths({ page: 2_147_483_647, limit: 2_147_483_647 }, anonymous)).toEqual(['limit'])
    expect(paths({ depth: HUGE })).toEqual(['depth'])
    expect(messages({ page: Number.POSITIVE_INFINITY })).toEqual([
      'page must be a whole number of 1 or more (got Infinity).',
    ])
  })

  it('bounds anonymous requests, and signed-in ones only by maxDepth', () => {
    expect(paths({ limit: 0 })).toEqual(['limit'])
    expect(paths({ pagination: false })).toEqual(['limit'])
    expect(paths({ limit: 101, depth: 3 })).toEqual(['limit', 'depth'])
    expect(paths({ limit: 0, depth: 10 }, { maxDepth: 10 })).toEqual([])
    expect(paths({ depth: 11 }, { maxDepth: 10 })).toEqual(['depth'])
  })
})

describe('sortProblems and restParameterProblems', () => {
  it('names an unknown sort field', () => {
    expect(sortProblems('-count,title', resolve)).toEqual([])
    expect(sortProblems('zzz', resolve)[0].message).toMatch(/cannot sort by "zzz"/)
  })

  it('names booleans that are neither true nor false, and join numbers that are not numbers', () => {
    const problems = restParameterProblems(
      new URLSearchParams(
        'draft=maybe&pagination=true&joins[comments][limit]=x&joins[comments][count]=1',
      ),
    )
    expect(problems.map((problem) => problem.path)).toEqual([
      'draft',
      'joins.comments.limit',
      'joins.comments.count',
    ])
  })
})

describe('apiGuards options', () => {
  it('are checked when the config is built, each named', () => {
    const install = (options: Record<string, unknown>) => () =>
      apiGuards(options as never)({ collections: [] } as never)
    expect(install({ maxAnonymousLimit: 0, maxAnonymousDepth: 1.5 })).toThrow(
      'apiGuards: "maxAnonymousLimit" must be a whole number of 1 or more, got 0; "maxAnonymousDepth" must be a whole number of 1 or more, got 1.5.',
    )
    expect(install({ maxAnonymousLimit: 50 })).not.toThrow()
  })
})
