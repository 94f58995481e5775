/**
 * The search-result title and description an article shows when its writer chose none: the article
 * title (at most 70 characters) and the excerpt — or, without one, the start of the body — (at most
 * 160), shortened at a word with an ellipsis. Stored on the article (hooks/fillSeoMeta.ts) so that
 * every front end reads the effective values from `meta` instead of reimplementing this.
 */
import { lexicalToPlainText } from './readingTime.ts'

export const SEO_TITLE_MAX = 70
export const SEO_DESCRIPTION_MAX = 160

export function truncateAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  // The last word boundary that leaves room for the ellipsis; a hard cut when that loses too much.
  const boundary = clean.lastIndexOf(' ', max - 1)
  const cut = clean.slice(0, boundary >= max / 2 ? boundary : max - 1)
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`
}

export function seoTitleFrom(title: unknown): string | null {
  return typeof title === 'string' && title.trim() ? truncateAtWord(title, SEO_TITLE_MAX) : null
}

export function seoDescriptionFrom(excerpt: unknown, body: unknown): string | null {
  const source = typeof excerpt === 'string' && excerpt.trim() ? excerpt : lexicalToPlainText(body)
  return source.trim() ? truncateAtWord(source, SEO_DESCRIPTION_MAX) : null
}
