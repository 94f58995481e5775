/**
 * The crisis rule's cost, measured here rather than in a test (speed is the benchmark's): how long
 * `findCrisis` takes per comment of the labelled corpus (both typings), warmed up, and on one
 * comment of the longest allowed length (5,000 characters of ordinary words, the most work the
 * anchors leave it). In process, no server: the rule runs inside the submission, on one core.
 */
import { findCrisis } from '../plugins/moderatedComments/rules/sensitive'
import { CRISIS_CORPUS } from '../tests/unit/crisisCorpus/part1'
import { CRISIS_HELD_OUT } from '../tests/unit/crisisCorpus/part2'
import { CRISIS_FRESH_SET } from '../tests/unit/crisisCorpus/part3'

const ROUNDS = 20

function microsPerCall(texts: string[], rounds: number): number {
  const started = performance.now()
  for (let round = 0; round < rounds; round += 1) for (const text of texts) findCrisis(text)
  return ((performance.now() - started) * 1000) / (texts.length * rounds)
}

export function measureCrisisRule(): { corpusMicros: number; longCommentMicros: number } {
  const texts = [...CRISIS_CORPUS, ...CRISIS_HELD_OUT, ...CRISIS_FRESH_SET].flatMap(({ text }) =>
    text.includes("'") ? [text, text.replaceAll("'", '\u2019')] : [text],
  )
  const long = Array.from({ length: 10 }, (_, variant) =>
    `I want to know how much of my life is going to be spent on this, and what I think about ${variant} when I am alone at night with my thoughts. `
      .repeat(40)
      .slice(0, 5000),
  )
  microsPerCall(texts, 3) // warm-up: the first calls compile the expressions
  microsPerCall(long, 3)
  return {
    corpusMicros: Math.round(microsPerCall(texts, ROUNDS)),
    longCommentMicros: Math.round(microsPerCall(long, ROUNDS)),
  }
}
