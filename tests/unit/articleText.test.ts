import { describe, expect, it } from 'vitest'

import {
  computeReadingTime,
  countWords,
  lexicalToPlainText,
} from '../../collections/Articles/readingTime'
import { truncateAtWord } from '../../collections/Articles/seo'
import { slugify } from '../../collections/shared/slugField'
import { lexicalParagraphs } from '../helpers/lexical'

describe('reading time', () => {
  it('counts words across paragraphs without merging them', () => {
    const body = lexicalParagraphs(['Therapy treats.', 'Coaching optimises.'])
    expect(lexicalToPlainText(body)).toBe('Therapy treats.\nCoaching optimises.')
    expect(countWords(lexicalToPlainText(body))).toBe(4)
  })

  it('counts contractions and hyphenated words once', () => {
    expect(countWords("Let's explore values-aligned living")).toBe(4)
  })

  it('is 2 minutes for an article the length of the reference (about 540 words)', () => {
    const paragraph = Array.from({ length: 108 }, (_, i) => `word${i}`).join(' ')
    const body = lexicalParagraphs([paragraph, paragraph, paragraph, paragraph, paragraph])
    expect(computeReadingTime(body)).toBe(2)
  })

  it('is at least one minute, even for an empty body', () => {
    expect(computeReadingTime(lexicalParagraphs(['Short.']))).toBe(1)
    expect(computeReadingTime(null)).toBe(1)
  })

  it('grows with the text: 1,200 words read in 5 minutes', () => {
    const paragraph = Array.from({ length: 1200 }, () => 'word').join(' ')
    expect(computeReadingTime(lexicalParagraphs([paragraph]))).toBe(5)
  })
})

describe('slugify', () => {
  it.each([
    ["Therapy vs. Coaching: What's the Difference?", 'therapy-vs-coaching-whats-the-difference'],
    ['Café & Wellbeing', 'cafe-and-wellbeing'],
    ['  --Mind–Body  System-- ', 'mind-body-system'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('gives nothing for a title without letters or digits', () => {
    expect(slugify('?!')).toBeUndefined()
    expect(slugify(42)).toBeUndefined()
  })
})

describe('truncateAtWord (SEO titles and descriptions)', () => {
  it('keeps text that fits, whitespace tidied', () => {
    expect(truncateAtWord('  Therapy   vs. Coaching ', 70)).toBe('Therapy vs. Coaching')
    expect(truncateAtWord('x'.repeat(70), 70)).toBe('x'.repeat(70))
  })

  it('cuts at the last whole word that leaves room for the ellipsis', () => {
    expect(truncateAtWord('one two three four', 12)).toBe('one two…')
    expect(truncateAtWord('one two, three four', 10)).toBe('one two…')
  })

  it('cuts hard when the only boundary would lose more than half', () => {
    expect(truncateAtWord('a Supercalifragilisticexpialidocious', 12)).toBe('a Supercali…')
    expect(truncateAtWord('a Supercalifragilisticexpialidocious', 12)).toHaveLength(12)
  })
})
