/**
 * The crisis rule measured, not asserted on a few phrasings: recall over the crisis comments of the
 * labelled corpus (tests/unit/crisisCorpus/, three parts by three authors), false alarms over the
 * benign ones, every entry with an apostrophe also typed with a phone's curly one (’). Fails below
 * recall 0.98 or above 10 % false alarms, and when the misses are not exactly the ones listed below
 * with why — so a fix shows up as a list to shorten, and a regression as a new miss.
 *
 * The figures printed here are the ones docs/plugins/moderatedComments.md gives ("How well the
 * crisis rule works, measured"). How the rule did on each part before it was tuned on it (the honest
 * estimate for comments nobody has written yet) is in FIRST_SIGHT.
 */
import { describe, expect, it } from 'vitest'

import { findCrisis } from '../../plugins/moderatedComments/rules/sensitive'
import { CRISIS_CORPUS } from './crisisCorpus/part1'
import { CRISIS_HELD_OUT } from './crisisCorpus/part2'
import { CRISIS_FRESH_SET } from './crisisCorpus/part3'

type Entry = { text: string; crisis: boolean; kind: string; part: string; typing: string }

const CURLY = '\u2019'
const withTwins = (part: string, entries: { text: string; crisis: boolean; kind: string }[]) =>
  entries.flatMap((entry): Entry[] => {
    const straight = { ...entry, part, typing: 'as written' }
    return entry.text.includes("'")
      ? [straight, { ...straight, text: entry.text.replaceAll("'", CURLY), typing: 'curly’' }]
      : [straight]
  })

const ENTRIES: Entry[] = [
  ...withTwins('part 1', CRISIS_CORPUS),
  ...withTwins(
    'part 2',
    CRISIS_HELD_OUT.map((entry) => ({ ...entry, kind: entry.note })),
  ),
  ...withTwins(
    'part 3',
    CRISIS_FRESH_SET.map((entry) => ({ ...entry, kind: entry.note })),
  ),
]

/** Crisis comments the rule misses, with why they are left. Both typings of each. */
const KNOWN_MISSES: Record<string, string> = {
  "I've been looking at the train schedule. The express doesn't stop at my station. That feels like a sign.":
    'Nothing in the words is about dying: the means and the intent are both implied. A phrase that ' +
    'caught it (train + station + sign) would only match this sentence; a moderator reads every ' +
    'comment before it is published, so it still reaches a person, but not as urgent.',
}
/** Benign comments the rule calls a crisis, with why they are left. */
const KNOWN_FALSE_ALARMS: Record<string, string> = {}

/**
 * History: how each rule did on text it had not been tuned on — the honest estimate for comments
 * nobody has written yet. Recall, then false alarms, both typings.
 */
const FIRST_SIGHT: [string, number, number][] = [
  ['the 13-pattern rule this replaced, on the whole corpus', 0.115, 0.202],
  ['the phrase rule as first written, on part 1', 0.613, 0.132],
  ['tuned on part 1, on part 2', 0.798, 0.255],
  ['tuned on parts 1 and 2, on part 3', 0.608, 0.087],
]

describe('the crisis rule on the labelled corpus', () => {
  const results = ENTRIES.map((entry) => ({ entry, found: findCrisis(entry.text) }))

  it('has at least 300 written comments, with both typings of every apostrophe', () => {
    const written = CRISIS_CORPUS.length + CRISIS_HELD_OUT.length + CRISIS_FRESH_SET.length
    expect(written).toBeGreaterThanOrEqual(300)
    expect(new Set(ENTRIES.map((entry) => entry.text)).size).toBe(ENTRIES.length)
    expect(ENTRIES.filter((entry) => entry.typing === 'curly’').length).toBeGreaterThan(100)
  })

  it('finds crisis language with recall ≥ 0.98 and false alarms ≤ 10 %, missing only what is listed', () => {
    const crisis = results.filter(({ entry }) => entry.crisis)
    const benign = results.filter(({ entry }) => !entry.crisis)
    const misses = crisis.filter(({ found }) => !found)
    const falseAlarms = benign.filter(({ found }) => found)
    const recall = (crisis.length - misses.length) / crisis.length
    const falseAlarmRate = falseAlarms.length / benign.length

    const rows = ['part 1', 'part 2', 'part 3'].map((part) => {
      const inPart = results.filter(({ entry }) => entry.part === part)
      const positives = inPart.filter(({ entry }) => entry.crisis)
      const negatives = inPart.filter(({ entry }) => !entry.crisis)
      return {
        part,
        comments: inPart.length,
        recall: (positives.filter(({ found }) => found).length / positives.length).toFixed(3),
        falseAlarms: (negatives.filter(({ found }) => found).length / negatives.length).toFixed(3),
      }
    })
    rows.push({
      part: 'all',
      comments: results.length,
      recall: recall.toFixed(3),
      falseAlarms: falseAlarmRate.toFixed(3),
    })
    console.log(
      `Crisis rule on the corpus (${crisis.length} crisis, ${benign.length} benign, both typings):\n` +
        rows
          .map(
            (row) =>
              `  ${row.part.padEnd(7)} ${row.comments} comments  recall ${row.recall}  false alarms ${row.falseAlarms}`,
          )
          .join('\n') +
        '\nFirst sight (before tuning on that text):\n' +
        FIRST_SIGHT.map(
          ([what, recall, alarms]) => `  ${what}: recall ${recall}, false alarms ${alarms}`,
        ).join('\n'),
    )

    // Listed by the text as written (straight apostrophes), whichever typing missed.
    const asWritten = ({ entry }: { entry: Entry }) => entry.text.replaceAll(CURLY, "'")
    const missed = new Set(misses.map(asWritten))
    const alarmed = new Set(falseAlarms.map(asWritten))
    expect(
      [...missed].filter((text) => !(text in KNOWN_MISSES)),
      'new misses',
    ).toEqual([])
    expect(
      Object.keys(KNOWN_MISSES).filter((text) => !missed.has(text)),
      'fixed: unlist',
    ).toEqual([])
    expect(
      [...alarmed].filter((text) => !(text in KNOWN_FALSE_ALARMS)),
      'new false alarms',
    ).toEqual([])
    expect(
      Object.keys(KNOWN_FALSE_ALARMS).filter((text) => !alarmed.has(text)),
      'fixed: unlist',
    ).toEqual([])
    expect(recall).toBeGreaterThanOrEqual(0.98)
    expect(falseAlarmRate).toBeLessThanOrEqual(0.1)
  })

  it('answers in Spanish when the comment is in Spanish, in English otherwise', () => {
    const wrong = results
      .filter(({ entry, found }) => entry.crisis && found && !/spanglish/i.test(entry.kind))
      .filter(({ entry, found }) => (found!.language === 'es') !== /spanish/i.test(entry.kind))
      .map(({ entry, found }) => `${found!.language}: ${entry.text}`)
    expect(wrong).toEqual([])
  })
})
