/** What counts as a change a clinical reviewer must see again, and when a review falls due. */
import { describe, expect, it } from 'vitest'

import { reviewDueBefore, reviewFingerprint } from '../../collections/Articles/clinicalReview'
import { lexicalParagraphs } from '../helpers/lexical'

const body = (...paragraphs: string[]) => lexicalParagraphs(paragraphs)

describe('reviewFingerprint', () => {
  it('changes with the words, their order and the structure', () => {
    const reviewed = reviewFingerprint(body('Sleep matters.', 'So does movement.'))
    expect(reviewFingerprint(body('Sleep matters.', 'So does movement.'))).toBe(reviewed)
    expect(reviewFingerprint(body('Sleep matters!', 'So does movement.'))).not.toBe(reviewed)
    expect(reviewFingerprint(body('So does movement.', 'Sleep matters.'))).not.toBe(reviewed)
    expect(reviewFingerprint(body('Sleep matters. So does movement.'))).not.toBe(reviewed)
  })

  it('changes with a link target or an embedded image, not with formatting', () => {
    const link = (url: string) => ({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', fields: { url }, children: [{ type: 'text', text: 'see' }] },
            ],
          },
        ],
      },
    })
    expect(reviewFingerprint(link('https://a.example'))).not.toBe(
      reviewFingerprint(link('https://b.example')),
    )
    const upload = (id: number) => ({
      root: { type: 'root', children: [{ type: 'upload', relationTo: 'media', value: { id } }] },
    })
    expect(reviewFingerprint(upload(1))).not.toBe(reviewFingerprint(upload(2)))

    const plain = body('Rest is part of the work.')
    const bold = structuredClone(plain)
    const paragraph = bold.root.children[0] as unknown as { children: object[] }
    Object.assign(paragraph.children[0], { format: 1, style: 'color: red' })
    Object.assign(paragraph, { format: 'center', indent: 2, direction: 'rtl' })
    expect(reviewFingerprint(bold)).toBe(reviewFingerprint(plain))
  })

  it('is null for a missing body', () => {
    expect(reviewFingerprint(null)).toBeNull()
    expect(reviewFingerprint({})).toBeNull()
  })
})

describe('review due', () => {
  it('falls due once the review is older than the interval', () => {
    const now = new Date('2026-11-27T12:00:00Z')
    expect(reviewDueBefore(now, 12).toISOString()).toBe('2025-11-27T12:00:00.000Z')
    expect(reviewDueBefore(now, 2).toISOString()).toBe('2026-09-27T12:00:00.000Z')
    // From the end of a longer month: the last day of the shorter one, not a day that does not exist.
    expect(reviewDueBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    )
  })
})
