/**
 * Reading time of a Lexical rich-text body, in whole minutes, as readers see it on article cards
 * ("2 min read"). 238 words a minute is the average silent reading speed for non-fiction in English
 * (Brysbaert, 2019); rounding to the nearest minute, with a floor of one, matches what blogs show.
 */
export const WORDS_PER_MINUTE = 238

type LexicalNode = { type?: string; text?: unknown; children?: LexicalNode[] }

/** Element nodes that sit inside a line of text rather than starting one. */
const INLINE_ELEMENTS = new Set(['link', 'autolink'])

/** The text of a Lexical document, one line per block, so words of adjacent paragraphs do not merge. */
export function lexicalToPlainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const lines: string[] = []
  const walk = (node: LexicalNode, line: string[]): void => {
    if (typeof node.text === 'string') line.push(node.text)
    if (node.type === 'linebreak') line.push('\n')
    for (const child of node.children ?? []) {
      if (child.children && !INLINE_ELEMENTS.has(child.type ?? '')) {
        const childLine: string[] = []
        walk(child, childLine)
        lines.push(childLine.join(''))
      } else {
        walk(child, line)
      }
    }
  }
  const top: string[] = []
  walk(root, top)
  if (top.length) lines.push(top.join(''))
  return lines.join('\n')
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

export function computeReadingTime(body: unknown): number {
  const words = countWords(lexicalToPlainText(body))
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
