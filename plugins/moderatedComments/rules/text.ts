/**
 * Comment bodies are plain text. They are stored as the reader typed them (markup stays literal text,
 * for front ends to escape), after removing what no reader can see and what only confuses filters:
 * control and zero-width characters, and Unicode compatibility forms (full-width letters, ligatures).
 */

const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]|\u034F/g

export function normalizeCommentText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * Every mark a keyboard types for an apostrophe: the straight one, the curly ones phones type (’ ‘),
 * the modifier letter (ʼ), accents and backticks used as one (´ `), primes, and the full-width
 * apostrophe. Within a word they are dropped, so "don't",
 * "don’t" and "dont" read alike.
 */
const APOSTROPHES =
  /['\u2018\u2019\u201B\u02BC\u02B9\u02BB\u02BD\u02C8\u00B4\u0060\u2032\uA78C\uFF07]/g

/**
 * A letter typed three or more times in a row is emphasis ("diiiie", "sooo tired"): no English or
 * Spanish word has three, so a run is kept as two. Whether two were meant (kill) or one (die) cannot
 * be told from the text, so phrase patterns accept either (phrases.ts).
 */
const EMPHASIS = /(\p{L})\1{2,}/gu

/**
 * Digits and symbols standing for letters inside a word ("su1c1de", "k1ll", "$elf"), read as the
 * letters: only in words that also hold letters, so "9 floors" and "2019" keep their numbers.
 */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
}
const LEET_WORD = /[\p{L}\p{N}@$]*\p{L}[\p{L}\p{N}@$]*/gu
const foldLeet = (word: string) =>
  /[\p{N}@$]/u.test(word) ? word.replace(/[013457@$]/g, (digit) => LEET[digit]) : word

/**
 * The text in the one form every rule matches against: lowercase, accents and apostrophes removed,
 * digits standing for letters read as letters, letters stretched for emphasis cut to two, any run of other characters (punctuation, emoji, line
 * breaks) a single space, with a space at each end so whole words can be found as ` word `.
 * Rules apply the same function to their own words and phrases, so what a rule author writes with an
 * apostrophe or an accent matches however a reader typed it.
 */
export function matchableText(text: string): string {
  // Apostrophes first: compatibility folding turns the acute accent (´) into a space and a mark.
  const words = normalizeCommentText(text.replace(APOSTROPHES, ''))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LEET_WORD, foldLeet)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(EMPHASIS, '$1$1')
    .trim()
  return ` ${words} `
}

const LINK =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|co|info|biz|ru|xyz|top)\b(?:\/\S*)?/gi

export function countLinks(text: string): number {
  return normalizeCommentText(text).match(LINK)?.length ?? 0
}
