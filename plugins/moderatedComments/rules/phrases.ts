/**
 * Phrase patterns: how the moderation rules are written. A pattern reads like the words it looks for
 * ("don't want to (live|be here)") and is compiled through the same `matchableText` as the comment,
 * so an apostrophe, an accent or a capital in the pattern cannot stop it matching — the defect that
 * let "I don’t want to live" (typed with a phone's curly apostrophe) through.
 *
 *   word        that whole word ("dont" = "don't" = "don’t"; a letter stretched for emphasis matches)
 *   word*       any word that starts so: suicid* = suicide, suicidal
 *   (a|b c|)    one of the alternatives, each any number of words; an empty one makes it optional
 *   [a|b]       optional: the same as (a|b|)
 *   ~           up to three other words; ~5 up to five
 *
 * Groups nest. Anything else (digits included) is a word; punctuation inside a word is ignored like
 * punctuation in the comment, and a pattern that is only punctuation is an error.
 *
 * Speed: a set of phrases is indexed by the words each one cannot match without ("anchors"), so a
 * comment is tested only against the phrases whose anchors it contains — a few regular expressions
 * per comment instead of hundreds.
 */
import { matchableText } from './text.ts'

/** A compiled pattern, with its source for error messages and the tests' lists of misses. */
export type Phrase = { source: string; regex: RegExp }

type Node =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'group'; alternatives: Node[][]; optional: boolean }
  | { kind: 'gap'; words: number }

const DEFAULT_GAP = 3

/** What a word can be looked up by: its letters with runs cut to one (kill → kil, diie → die). */
const anchorKey = (word: string) => word.replace(/(\p{L})\1+/gu, '$1')

class PhraseSyntaxError extends Error {
  constructor(source: string, problem: string) {
    super(`Phrase "${source}": ${problem}`)
  }
}

function parse(source: string): Node[] {
  const tokens = source.match(/[()[\]|]|~\d*|[^\s()[\]|~]+/g) ?? []
  let at = 0
  const sequence = (closing?: ')' | ']'): Node[][] => {
    const alternatives: Node[][] = [[]]
    while (at < tokens.length) {
      const token = tokens[at++]
      const current = alternatives[alternatives.length - 1]
      if (token === '(' || token === '[') {
        const inner = sequence(token === '(' ? ')' : ']')
        const optional = token === '[' || inner.some((alternative) => alternative.length === 0)
        current.push({ kind: 'group', alternatives: inner, optional })
      } else if (token === ')' || token === ']') {
        if (token !== closing) throw new PhraseSyntaxError(source, 'unbalanced brackets')
        return alternatives
      } else if (token === '|') {
        if (!closing) throw new PhraseSyntaxError(source, '"|" outside a group')
        alternatives.push([])
      } else if (token.startsWith('~')) {
        current.push({ kind: 'gap', words: Number(token.slice(1) || DEFAULT_GAP) })
      } else {
        const prefix = token.endsWith('*')
        const text = matchableText(prefix ? token.slice(0, -1) : token).trim()
        if (text === '') throw new PhraseSyntaxError(source, `"${token}" is not a word`)
        current.push({ kind: 'word', text, prefix })
      }
    }
    if (closing) throw new PhraseSyntaxError(source, 'a group is not closed')
    return alternatives
  }
  const [nodes] = sequence()
  if (!nodes.some((node) => node.kind !== 'gap')) throw new PhraseSyntaxError(source, 'no words')
  return nodes
}

/**
 * A word of a pattern as a regular expression, followed by the space that ends every word of the
 * text: a single letter matches once or twice (the text keeps stretched letters as two, text.ts), a
 * doubled letter exactly twice — so "die" finds "diiie" and "off" is not found in "of".
 */
function wordRegex({ text, prefix }: { text: string; prefix: boolean }): string {
  const letters = text.replace(/(\p{L})\1|(\p{L})|(\p{N})/gu, (_, double, single, digit) =>
    double ? `${double}{2}` : single ? `${single}{1,2}` : digit,
  )
  return prefix ? `${letters}[\\p{L}\\p{N}]* ` : `${letters} `
}

function toRegex(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'word') return wordRegex(node)
      if (node.kind === 'gap') return `(?:[\\p{L}\\p{N}]+ ){0,${node.words}}`
      const inner = node.alternatives.map(toRegex).join('|')
      return node.optional ? `(?:${inner})?` : `(?:${inner})`
    })
    .join('')
}

type Anchors = { words: string[]; prefixes: string[] }

/** How selective anchors are: by their shortest word — "i" or "my" are in most comments. */
const selectivity = ({ words, prefixes }: Anchors) =>
  Math.min(...words.map((word) => word.length), ...prefixes.map((prefix) => prefix.length - 1))

function anchorsOfNode(node: Node): Anchors | undefined {
  if (node.kind === 'word') {
    const first = anchorKey(node.text.split(' ')[0])
    return node.prefix && !node.text.includes(' ')
      ? { words: [], prefixes: [first] }
      : { words: [first], prefixes: [] }
  }
  if (node.kind === 'gap' || node.optional) return undefined
  const found = node.alternatives.map(anchorsOf)
  if (found.some((anchors) => anchors === undefined)) return undefined
  return {
    words: found.flatMap((anchors) => anchors!.words),
    prefixes: found.flatMap((anchors) => anchors!.prefixes),
  }
}

/**
 * Words of which a text must contain one for the pattern to match: those of the most selective
 * element that is not optional. Undefined when every element is optional (the phrase is then always
 * tried).
 */
function anchorsOf(nodes: Node[]): Anchors | undefined {
  let best: Anchors | undefined
  for (const node of nodes) {
    const anchors = anchorsOfNode(node)
    if (anchors && (!best || selectivity(anchors) > selectivity(best))) best = anchors
  }
  return best
}

/** A configured word or phrase taken literally: a moderator's spam word is not pattern syntax. */
function compileLiteral(words: string): RegExp | undefined {
  const text = matchableText(words).trim()
  if (text === '') return undefined
  const body = text
    .split(' ')
    .map((word) => wordRegex({ text: word, prefix: false }))
    .join('')
  return new RegExp(`(?<= )${body}`, 'u')
}

const literals = new Map<string, RegExp | undefined>()

/**
 * The configured words or phrases found in the text: whole words, matched like the rules' phrases
 * (any case, accents and apostrophes ignored, "viiiagra" = "viagra").
 */
export function findWords(text: string, words: readonly string[]): string[] {
  const haystack = matchableText(text)
  return words.filter((word) => {
    if (!literals.has(word)) literals.set(word, compileLiteral(word))
    return literals.get(word)?.test(haystack) ?? false
  })
}

/** Phrases indexed by their anchor words; every method takes text already made matchable. */
export class PhraseSet {
  private readonly byWord = new Map<string, Phrase[]>()
  private readonly byPrefix: [string, Phrase][] = []
  private readonly unanchored: Phrase[] = []
  private readonly order = new Map<Phrase, number>()
  private readonly everywhere = new Map<Phrase, RegExp>()

  constructor(sources: readonly string[]) {
    sources.forEach((source, index) => {
      const nodes = parse(source)
      const phrase = { source, regex: new RegExp(`(?<= )${toRegex(nodes)}`, 'u') }
      this.order.set(phrase, index)
      this.everywhere.set(phrase, new RegExp(phrase.regex.source, 'gu'))
      const anchors = anchorsOf(nodes)
      if (!anchors) return void this.unanchored.push(phrase)
      for (const word of anchors.words) {
        const list = this.byWord.get(word) ?? []
        if (!list.includes(phrase)) list.push(phrase)
        this.byWord.set(word, list)
      }
      for (const prefix of anchors.prefixes) this.byPrefix.push([prefix, phrase])
    })
  }

  /** The phrases that could match, in the order they were written. */
  private candidates(haystack: string): Phrase[] {
    const found = new Set<Phrase>(this.unanchored)
    for (const word of new Set(haystack.trim().split(' '))) {
      const key = anchorKey(word)
      for (const phrase of this.byWord.get(key) ?? []) found.add(phrase)
      for (const [prefix, phrase] of this.byPrefix) if (key.startsWith(prefix)) found.add(phrase)
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!)
  }

  /** The first phrase (in written order) found in the text, or undefined. */
  firstMatch(haystack: string): Phrase | undefined {
    return this.candidates(haystack).find((phrase) => phrase.regex.test(haystack))
  }

  /** The text with every occurrence of the phrases taken out, still words between single spaces. */
  remove(haystack: string): string {
    let text = haystack
    for (const phrase of this.candidates(haystack))
      text = text.replace(this.everywhere.get(phrase)!, '')
    return text
  }
}
