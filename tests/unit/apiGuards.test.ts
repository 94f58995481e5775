/**
 * The pure checks behind apiGuards: which operators and values fit which fields, what an id looks
 * like (numeric on SQL adapters, strings elsewhere), and the paging bounds.
 */
import { describe, expect, it } from 'vitest'

import type { FieldDescriptor, FieldResolver } from '../../plugins/apiGuards/checks/fields'
import { idProblem } from '../../collections/shared/ids'
import { apiGuards } from '../../plugins/apiGuards'
import { pagingProblems, type PagingBounds } from '../../plugins/apiGuards/checks/paging'
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
  target: { kind: 'polymorphic', options: ['articles'] },
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
