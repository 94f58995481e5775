import { describe, expect, it } from 'vitest'

import { DEFAULT_RULES } from '../../plugins/moderatedComments/defaults'
import { moderate } from '../../plugins/moderatedComments/rules/moderate'
import {
  disclosesHealthInformation,
  mentionsCrisis,
} from '../../plugins/moderatedComments/rules/sensitive'
import { findWords, PhraseSet } from '../../plugins/moderatedComments/rules/phrases'
import {
  countLinks,
  matchableText,
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

describe('matchableText: one form of the text for every rule', () => {
  it.each([
    ["don't", 'straight'],
    ['don’t', 'right single quotation mark, what phones type'],
    ['don‘t', 'left single quotation mark'],
    ['donʼt', 'modifier letter apostrophe'],
    ['don´t', 'acute accent'],
    ['don`t', 'grave accent'],
    ['don′t', 'prime'],
    ['don＇t', 'full-width apostrophe'],
    ['dont', 'none at all'],
  ])('reads %s (%s) as "dont"', (typed) => {
    expect(matchableText(`I ${typed} want to`)).toBe(' i dont want to ')
  })

  it('cuts letters stretched for emphasis to two, keeps numbers, reads digits in words as letters', () => {
    expect(matchableText('I just wanna diiiiie, sooooo tired')).toBe(
      ' i just wanna diie soo tired ',
    )
    expect(matchableText('9 floors in 2019')).toBe(' 9 floors in 2019 ')
    expect(matchableText('su1c1de, k1ll, $elf h@rm')).toBe(' suicide kill self harm ')
  })

  it('folds case, accents, full-width letters, emoji and invisible characters', () => {
    expect(matchableText('ＹＡ NO QUIERO\u200b VIVIR 😔 más')).toBe(' ya no quiero vivir mas ')
  })
})

describe('phrase patterns', () => {
  const phrases = (...sources: string[]) => new PhraseSet(sources)
  const found = (set: PhraseSet, text: string) => set.firstMatch(matchableText(text))?.source

  it('match however the apostrophe was typed, in the pattern and in the text', () => {
    const set = phrases("don't want to (live|be here)")
    for (const text of ["I don't want to live", 'I don’t want to live', 'i dont want to be here'])
      expect(found(set, text)).toBe("don't want to (live|be here)")
    expect(found(set, 'I do want to live')).toBeUndefined()
  })

  it('take alternatives, optional words, prefixes and gaps of a few words', () => {
    const set = phrases('(end|ending) [it] all', 'suicid*', 'wrote ~2 note')
    expect(found(set, 'ending it tonight')).toBeUndefined()
    expect(found(set, 'ending all of it')).toBe('(end|ending) [it] all')
    expect(found(set, 'thinking of ending it all')).toBe('(end|ending) [it] all')
    expect(found(set, 'I feel suicidal')).toBe('suicid*')
    expect(found(set, 'I wrote the last note')).toBe('wrote ~2 note')
    expect(found(set, 'I wrote a very long last note')).toBeUndefined()
  })

  it('match whole words only, a stretched letter, and not a doubled letter as a single one', () => {
    const set = phrases('die', 'off myself')
    expect(found(set, 'I want to diiiie')).toBe('die')
    expect(found(set, 'diet tips')).toBeUndefined()
    expect(found(set, 'the best of myself')).toBeUndefined()
  })

  it('refuse a malformed pattern, naming it', () => {
    expect(() => phrases('(want|wish to die')).toThrow(
      'Phrase "(want|wish to die": a group is not closed',
    )
    expect(() => phrases('want) to die')).toThrow(/unbalanced brackets/)
    expect(() => phrases('a | b')).toThrow(/"\|" outside a group/)
    expect(() => phrases('want to ?')).toThrow(/"\?" is not a word/)
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
    expect(findWords('VIIIAGRA for you', ['viagra'])).toEqual(['viagra'])
    expect(findWords('it’s a scam', ["it's a scam"])).toEqual(["it's a scam"])
  })
})

describe('sensitive content', () => {
  it.each([
    'I have been thinking about suicide',
    "I don't want to live anymore",
    'I don’t want to live anymore',
    'I DON’T WANT TO LIVE ANYMORE',
    'i dont want to live anymore',
    'My friend says she wants to kill herself',
    'ya no quiero vivir',
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
    expect(disclosesHealthInformation('I’ve been diagnosed with ADHD')).toBe(true)
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
      crisisLanguage: 'en',
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
