import { describe, expect, it } from 'vitest'

import { DEFAULT_RULES } from '../../plugins/moderatedComments/defaults'
import { moderate } from '../../plugins/moderatedComments/rules/moderate'
import {
  disclosesHealthInformation,
  mentionsCrisis,
} from '../../plugins/moderatedComments/rules/sensitive'
import {
  countLinks,
  findWords,
  normalizeCommentText,
} from '../../plugins/moderatedComments/rules/text'

describe('normalizeCommentText', () => {
  it('removes invisible characters, folds compatibility forms and trims', () => {
    expect(normalizeCommentText('  ｈｅｌｌｏ\u200b\u202e world\r\n\n\n\nbye  ')).toBe(
      'hello world\n\nbye',
    )
  })
  it('keeps markup as literal text', () => {
    expect(normalizeCommentText('<img src=x onerror=alert(1)>')).toBe(
      '<img src=x onerror=alert(1)>',
    )
  })
})

describe('countLinks and findWords', () => {
  it('counts URLs and bare domains', () => {
    expect(countLinks('see https://a.example/x, www.b.example and cheap-pills.com')).toBe(3)
    expect(countLinks('no links here.')).toBe(0)
  })
  it('matches whole words and phrases, ignoring case and accents', () => {
    expect(findWords('Visit our CASINO now', ['casino'])).toEqual(['casino'])
    expect(findWords('occasional', ['casino'])).toEqual([])
    expect(findWords('a Crypto  giveaway!', ['crypto giveaway'])).toEqual(['crypto giveaway'])
  })
})

describe('sensitive content', () => {
  it.each([
    'I have been thinking about suicide',
    "I don't want to live anymore",
    'sometimes I want to die',
    'I started cutting myself again',
    'I took an overdose once',
    'I want to end my life',
    'everyone would be better off without me',
  ])('notices crisis language: %s', (text) => {
    expect(mentionsCrisis(text)).toBe(true)
  })

  it.each([
    'This article on coaching was killer!',
    'I would die for a good night of sleep, haha',
    'Therapy saved my life',
  ])('does not call everyday phrases a crisis: %s', (text) => {
    expect(mentionsCrisis(text)).toBe(false)
  })

  it('notices disclosed health information', () => {
    expect(disclosesHealthInformation('I was diagnosed with PTSD in 2019')).toBe(true)
    expect(disclosesHealthInformation("I'm taking sertraline")).toBe(true)
    expect(disclosesHealthInformation('I have depression and anxiety')).toBe(true)
    expect(disclosesHealthInformation('Great article about coaching')).toBe(false)
  })
})

describe('moderate', () => {
  const clean = { body: 'Thank you, this was clear.', name: 'Riley' }

  it('holds every comment by default', () => {
    expect(moderate(clean, DEFAULT_RULES, { authorHasApprovedComment: true })).toEqual({
      status: 'pending',
      flags: [],
      urgent: false,
    })
  })

  it('approves a known author’s clean comment when that rule is on', () => {
    const rules = { ...DEFAULT_RULES, autoApproveKnownAuthors: true }
    expect(moderate(clean, rules, { authorHasApprovedComment: true }).status).toBe('approved')
    expect(moderate(clean, rules, { authorHasApprovedComment: false }).status).toBe('pending')
  })

  it('never auto-approves crisis language or health information', () => {
    const rules = { ...DEFAULT_RULES, autoApproveKnownAuthors: true }
    expect(
      moderate({ ...clean, body: 'I want to die' }, rules, { authorHasApprovedComment: true }),
    ).toEqual({
      status: 'pending',
      flags: ['crisis'],
      urgent: true,
    })
    expect(
      moderate({ ...clean, body: 'my medication helps' }, rules, { authorHasApprovedComment: true })
        .status,
    ).toBe('pending')
  })

  it('sends spam words to spam, and holds words and links for review', () => {
    expect(
      moderate({ ...clean, body: 'payday loan offers' }, DEFAULT_RULES, {
        authorHasApprovedComment: false,
      }).status,
    ).toBe('spam')
    const rules = { ...DEFAULT_RULES, holdWords: ['refund'], autoApproveKnownAuthors: true }
    expect(
      moderate({ ...clean, body: 'I want a refund' }, rules, { authorHasApprovedComment: true }),
    ).toMatchObject({
      status: 'pending',
      flags: ['held_words'],
    })
    expect(
      moderate({ ...clean, body: 'https://a.example https://b.example' }, rules, {
        authorHasApprovedComment: true,
      }).flags,
    ).toEqual(['links'])
  })
})
