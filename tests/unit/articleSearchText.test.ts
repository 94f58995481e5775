/**
 * The pure parts of article search (plugins/practiceContent/search): highlights as parts, the words
 * typo correction may replace, input checks, and the migration that froze the index's SQL.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseSearchInput } from '../../plugins/practiceContent/search/input'
import {
  articleSearchInstallSql,
  articleSearchTables,
} from '../../plugins/practiceContent/search/tables'
import {
  ANGLE_BRACKET as ANGLE,
  applyCorrections,
  correctableWords,
  HIGHLIGHT_END as END,
  HIGHLIGHT_START as START,
  highlightWords,
  partsFromMarked,
  plainWords,
} from '../../plugins/practiceContent/search/text'

describe('highlights become parts, never markup', () => {
  it('splits marked text and folds whitespace', () => {
    expect(
      partsFromMarked(`Try ${START}coaching${END}\n first, then ${START}therapy${END}.`),
    ).toEqual([
      { text: 'Try ', match: false },
      { text: 'coaching', match: true },
      { text: ' first, then ', match: false },
      { text: 'therapy', match: true },
      { text: '.', match: false },
    ])
  })

  it('keeps HTML in an article as text, and a stray or unclosed mark harmless', () => {
    expect(partsFromMarked(`<b>${START}x${END}</b>`)).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ])
    expect(partsFromMarked(`a${END}b ${START}c`)).toEqual([
      { text: 'ab ', match: false },
      { text: 'c', match: true },
    ])
    expect(partsFromMarked('')).toEqual([])
    // The database's headline parser would drop `<b>` as a tag: `<` travels as a stand-in.
    expect(partsFromMarked(`${ANGLE}b>bold${ANGLE}/b>`)).toEqual([
      { text: '<b>bold</b>', match: false },
    ])
  })

  it('marks words at word starts for the fallback engine, case-insensitively', () => {
    expect(highlightWords('Coaching and recoaching', ['coach'])).toEqual([
      { text: 'Coach', match: true },
      { text: 'ing and recoaching', match: false },
    ])
    // Regular-expression characters in a query are text.
    expect(highlightWords('a (b) c', ['(b)'])).toEqual([
      { text: 'a ', match: false },
      { text: '(b)', match: true },
      { text: ' c', match: false },
    ])
  })
})

describe('typo correction touches only words', () => {
  it('finds words of four letters or more, not codes, numbers or emails', () => {
    expect(
      correctableWords('"life coching" or -anxeity cbt ab12 x@mail.com').map((w) => w.word),
    ).toEqual(['life', 'coching', 'anxeity'])
  })

  it('replaces a word and keeps quotes, or and minus as typed', () => {
    const corrections = new Map([
      ['coching', 'coaching'],
      ['anxeity', 'anxiety'],
    ])
    expect(applyCorrections('"life Coching" or -anxeity', corrections)).toBe(
      '"life coaching" or -anxiety',
    )
    expect(applyCorrections('nothing to fix', corrections)).toBe('nothing to fix')
  })

  it('gives the fallback plain words: no quotes, no or, no -word', () => {
    expect(plainWords('"Life coaching" OR -anxiety  burnout.')).toEqual([
      'life',
      'coaching',
      'burnout',
    ])
  })
})

describe('input', () => {
  it('defaults page 1, limit 10, depth 0, and reads REST strings', () => {
    expect(parseSearchInput({ query: '  coaching   goals ' })).toEqual({
      query: 'coaching goals',
      page: 1,
      limit: 10,
      depth: 0,
    })
    expect(parseSearchInput({ query: 'x', page: '3', limit: '50', depth: '2' })).toMatchObject({
      page: 3,
      limit: 50,
      depth: 2,
    })
  })

  it('refuses with a QueryError naming each parameter', () => {
    expect(() => parseSearchInput({ query: 7 }, 'q')).toThrow(/q must be text/)
    expect(() => parseSearchInput({ query: 'x', page: 201, limit: 50 })).toThrow(
      /page must be a whole number from 1 to 200 when limit is 50/,
    )
    expect(() => parseSearchInput({ query: 'x', page: '1e3' })).toThrow(/got "1e3"/)
  })
})

describe('the migration', () => {
  it('installs the SQL the library generates today (a change to it needs a new migration)', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/migrations')
    const file = readdirSync(dir).find((name) => /_article_search\.ts$/.test(name))!
    const migration = readFileSync(path.join(dir, file), 'utf8')
    const frozen = migration.split('const INSTALL = String.raw`')[1].split('`')[0]
    const current = articleSearchInstallSql(
      articleSearchTables({ articles: 'articles', authors: 'authors', categories: 'categories' }),
    )
    expect(frozen.trim()).toBe(current.trim())
  })
})
