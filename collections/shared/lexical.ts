import type { Article } from '../../payload-types'

/** Builds Lexical rich-text JSON, as the admin editor stores it, from plain paragraphs (seeds, tests). */
export function lexicalFromParagraphs(paragraphs: string[]): Article['body'] {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}
