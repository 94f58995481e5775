/**
 * Pure text handling around search: highlighted text as parts (never markup), and the words of a
 * query that typo correction may replace.
 */

/** A piece of a title or snippet; `match` marks the words the query found. Front ends render
 * matches as `<mark>` — as text, so nothing from an article is ever injected as HTML. */
export type SearchTextPart = { text: string; match: boolean }

/** Unicode private-use characters: they mark highlights inside the database's answer, and are
 * removed from the source text first, so an article cannot forge one. */
export const HIGHLIGHT_START = '\uE000'
export const HIGHLIGHT_END = '\uE001'
/**
 * Stands in for `<` while the database makes a headline: its parser reads `<b>` as a tag and drops
 * it, and an article's text must come back as written.
 */
export const ANGLE_BRACKET = '\uE002'
const MARKERS = /[\uE000\uE001\uE002]/g
const HIGHLIGHT_MARKS = /[\uE000\uE001]/g

/** Splits text marked with HIGHLIGHT_START … HIGHLIGHT_END into parts; whitespace runs become one space. */
export function partsFromMarked(marked: string): SearchTextPart[] {
  const parts: SearchTextPart[] = []
  const push = (text: string, match: boolean) => {
    const clean = text.replace(/\s+/g, ' ').replaceAll(ANGLE_BRACKET, '<')
    if (!clean) return
    const last = parts[parts.length - 1]
    if (last && last.match === match) last.text += clean
    else parts.push({ text: clean, match })
  }
  let rest = marked.trim()
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START)
    if (start < 0) {
      push(rest.replace(HIGHLIGHT_MARKS, ''), false)
      break
    }
    push(rest.slice(0, start).replace(HIGHLIGHT_MARKS, ''), false)
    const end = rest.indexOf(HIGHLIGHT_END, start + 1)
    const stop = end < 0 ? rest.length : end
    push(rest.slice(start + 1, stop).replace(HIGHLIGHT_MARKS, ''), true)
    rest = rest.slice(stop + 1)
  }
  return parts
}

/** The plain text of parts. */
export const partsText = (parts: SearchTextPart[]) => parts.map((part) => part.text).join('')

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Marks every occurrence of any of `words` in `text` (case-insensitive, at word starts), for
 * engines without the database's `ts_headline`.
 */
export function highlightWords(text: string, words: string[]): SearchTextPart[] {
  const wanted = words.filter(Boolean).map(escapeRegExp)
  if (wanted.length === 0 || !text) return text ? [{ text, match: false }] : []
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${wanted.join('|')})`, 'giu')
  return partsFromMarked(
    text.replace(MARKERS, '').replace(pattern, `${HIGHLIGHT_START}$1${HIGHLIGHT_END}`),
  )
}

/** Where a query's words start and end, for replacing one without touching quotes, OR or `-`. */
export type QueryWord = { word: string; start: number; end: number }

/** Letters only (a word with a digit is a code or a number: nothing to correct). */
const WORD = /\p{L}+/gu

/** Words of a query that could be typos: 4 letters or more, not the `or` of websearch syntax. */
export function correctableWords(query: string): QueryWord[] {
  const words: QueryWord[] = []
  for (const match of query.matchAll(WORD)) {
    const word = match[0]
    const index = match.index ?? 0
    const before = query[index - 1]
    const after = query[index + word.length]
    // Part of a token with digits or joined by other characters (an email, a code): left alone.
    if ((before && /[\p{N}_@.]/u.test(before)) || (after && /[\p{N}_@]/u.test(after))) continue
    if (word.length < 4) continue
    words.push({ word, start: index, end: index + word.length })
  }
  return words
}

/** The query with each word in `corrections` (by lower case) replaced, all else as typed. */
export function applyCorrections(query: string, corrections: Map<string, string>): string {
  let result = ''
  let at = 0
  for (const { word, start, end } of correctableWords(query)) {
    const replacement = corrections.get(word.toLowerCase())
    if (!replacement) continue
    result += query.slice(at, start) + replacement
    at = end
  }
  return result + query.slice(at)
}

/** Words for engines without websearch syntax: quotes, `-word`, `or` dropped. */
export function plainWords(query: string): string[] {
  const words = query
    .split(/\s+/)
    .filter((word) => word && !word.startsWith('-') && word.toLowerCase() !== 'or')
    .map((word) => word.replace(/^["'“”]+|["'“”.,;:!?]+$/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
  return [...new Set(words.map((word) => word.toLowerCase()))].slice(0, 10)
}
