/**
 * Comment bodies are plain text. They are stored as the reader typed them (markup stays literal text,
 * for front ends to escape), after removing what no reader can see and what only confuses filters:
 * control and zero-width characters, and Unicode compatibility forms (full-width letters, ligatures).
 */

const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g

export function normalizeCommentText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The same text in a form for matching words: lowercase, accents removed, punctuation as spaces. */
export function matchableText(text: string): string {
  return ` ${normalizeCommentText(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')} `
}

const LINK =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|co|info|biz|ru|xyz|top)\b(?:\/\S*)?/gi

export function countLinks(text: string): number {
  return normalizeCommentText(text).match(LINK)?.length ?? 0
}

/** The configured words or phrases found in the text (whole words, any case, accents ignored). */
export function findWords(text: string, words: readonly string[]): string[] {
  const haystack = matchableText(text)
  return words.filter((word) => {
    const needle = matchableText(word).trim()
    return needle !== '' && haystack.includes(` ${needle} `)
  })
}
