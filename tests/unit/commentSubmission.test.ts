/**
 * A comment submission's ids, as the database adapter shapes them: whole numbers on PostgreSQL and
 * SQLite, strings on MongoDB (ObjectIds) or for custom text ids. The same submission validates on
 * either; what cannot be an id is refused with the field it came in.
 */
import { describe, expect, it } from 'vitest'

import { parseId, type IdRule } from '../../plugins/shared/ids'
import { DEFAULT_LIMITS } from '../../plugins/moderatedComments/defaults'
import { validateSubmission } from '../../plugins/moderatedComments/submission/validate'

const SERIAL: IdRule = { type: 'number', max: 2_147_483_647 }
const TEXT: IdRule = { type: 'text', maxLength: 255 }
const OBJECT_ID = '6650a1b2c3d4e5f6a7b8c9d0'

const submission = {
  authorName: 'A reader',
  authorEmail: 'reader@example.com',
  body: 'Thank you for this.',
}
const rulesFor = (rule: IdRule) => ({
  targets: ['articles'],
  commentsSlug: 'comments',
  limits: DEFAULT_LIMITS,
  idRuleOf: () => rule,
})

describe('parseId', () => {
  it('reads numeric ids from numbers and digit strings', () => {
    expect(parseId(12, SERIAL)).toBe(12)
    expect(parseId('12', SERIAL)).toBe(12)
  })

  it('keeps string ids as strings', () => {
    expect(parseId(OBJECT_ID, TEXT)).toBe(OBJECT_ID)
    expect(parseId('12', TEXT)).toBe('12')
  })

  it('refuses what cannot be an id', () => {
    expect(parseId(OBJECT_ID, SERIAL)).toBeUndefined()
    expect(parseId(0, SERIAL)).toBeUndefined()
    expect(parseId('', TEXT)).toBeUndefined()
    expect(parseId('x'.repeat(256), TEXT)).toBeUndefined()
    expect(parseId({ id: 1 }, TEXT)).toBeUndefined()
  })
})

describe('validateSubmission ids', () => {
  it('accepts MongoDB ObjectIds for the document and the parent when ids are strings', () => {
    const parent = '6650a1b2c3d4e5f6a7b8c9d1'
    const { input } = validateSubmission(
      { ...submission, targetId: OBJECT_ID, parent },
      rulesFor(TEXT),
    )
    expect(input).toMatchObject({
      targetCollection: 'articles',
      targetId: OBJECT_ID,
      parentId: parent,
    })
  })

  it('accepts numeric ids as numbers or digit strings when ids are serial', () => {
    expect(
      validateSubmission({ ...submission, targetId: '7', parent: 3 }, rulesFor(SERIAL)).input,
    ).toMatchObject({ targetId: 7, parentId: 3 })
  })

  it('names the field whose id cannot exist', () => {
    const { errors } = validateSubmission(
      { ...submission, targetId: OBJECT_ID, parent: 'abc' },
      rulesFor(SERIAL),
    )
    expect(errors.map((error) => error.field)).toEqual(['targetId', 'parent'])
  })
})
