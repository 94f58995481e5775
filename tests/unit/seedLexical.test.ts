/**
 * The seed's Lexical builder (the demo content's headings, links, lists and quotes): the nodes of
 * Payload's default editor, which the library's plain-text reading understands.
 */
import { describe, expect, it } from 'vitest'

import { lexicalToPlainText } from '../../collections/Articles/readingTime'
import { lexicalFromBlocks } from '../../src/seed/lexical'

describe('lexicalFromBlocks', () => {
  const body = lexicalFromBlocks([
    { heading: 'h2', text: 'Psychotherapy' },
    ['Ask ', { text: 'us', href: '/contact' }, ': a ', { text: 'short', bold: true }, ' call.'],
    { list: 'bullet', items: ['assessment', 'diagnosis'] },
    { list: 'number', items: ['one', 'two'] },
    { quote: 'Warmth is part of the method.' },
  ])

  it('builds the nodes of Payload’s default editor', () => {
    const [heading, paragraph, bullets, numbers, quote] = body.root.children as Record<
      string,
      unknown
    >[]
    expect(heading).toMatchObject({ type: 'heading', tag: 'h2' })
    expect((paragraph.children as Record<string, unknown>[])[1]).toMatchObject({
      type: 'link',
      fields: { url: '/contact', linkType: 'custom' },
    })
    expect((paragraph.children as Record<string, unknown>[])[3]).toMatchObject({
      type: 'text',
      text: 'short',
      format: 1,
    })
    expect(bullets).toMatchObject({
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      children: [{ type: 'listitem', value: 1 }, { value: 2 }],
    })
    expect(numbers).toMatchObject({ type: 'list', listType: 'number', tag: 'ol' })
    expect(quote).toMatchObject({ type: 'quote' })
  })

  it('reads as text with links inside their sentence', () => {
    expect(lexicalToPlainText(body).split('\n').filter(Boolean)).toEqual([
      'Psychotherapy',
      'Ask us: a short call.',
      'assessment',
      'diagnosis',
      'one',
      'two',
      'Warmth is part of the method.',
    ])
  })
})
