/**
 * Builds Lexical rich-text JSON, as the admin editor stores it, from a compact description (demo
 * content, tests): paragraphs, headings, bullet and numbered lists, quotes, with bold, italic and
 * links inside. Only nodes of Payload's default editor features are produced.
 */
import type { Article } from '../../payload-types'

/** Inline content: plain text, or runs of text with formatting or a link. */
export type Inline =
  string | (string | { text: string; bold?: boolean; italic?: boolean; href?: string })[]

export type LexicalBlock =
  | Inline
  | { heading: 'h2' | 'h3' | 'h4'; text: Inline }
  | { list: 'bullet' | 'number'; items: Inline[] }
  | { quote: Inline }

const BOLD = 1
const ITALIC = 2

const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr' as const,
  ...extra,
  children,
})

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

function inline(content: Inline): unknown[] {
  const runs = typeof content === 'string' ? [content] : content
  return runs.map((run) => {
    if (typeof run === 'string') return text(run)
    const format = (run.bold ? BOLD : 0) | (run.italic ? ITALIC : 0)
    if (!run.href) return text(run.text, format)
    return element('link', [text(run.text, format)], {
      version: 3,
      fields: { linkType: 'custom', url: run.href, newTab: false },
    })
  })
}

function block(description: LexicalBlock): unknown {
  if (typeof description === 'string' || Array.isArray(description)) {
    return element('paragraph', inline(description), { textFormat: 0, textStyle: '' })
  }
  if ('heading' in description)
    return element('heading', inline(description.text), { tag: description.heading })
  if ('quote' in description) return element('quote', inline(description.quote))
  const numbered = description.list === 'number'
  return element(
    'list',
    description.items.map((item, index) => element('listitem', inline(item), { value: index + 1 })),
    { listType: description.list, start: 1, tag: numbered ? 'ol' : 'ul' },
  )
}

export function lexicalFromBlocks(blocks: LexicalBlock[]): Article['body'] {
  return { root: element('root', blocks.map(block)) as unknown as Article['body']['root'] }
}

/** Plain paragraphs, one Lexical paragraph each. */
export function lexicalFromParagraphs(paragraphs: string[]): Article['body'] {
  return lexicalFromBlocks(paragraphs)
}
