/**
 * What a mental-health practice must notice in a public comment:
 * - crisis language (suicide, self-harm), of the writer or of someone they write about, in English or
 *   Spanish: the comment is held, marked urgent, and moderators are told at once; the person who wrote
 *   it is shown crisis resources, in Spanish when they wrote in Spanish;
 * - disclosed personal health information (diagnoses, medication, treatment): held for a moderator to
 *   decide, since publishing it could harm the person who shared it.
 * Phrases, not a model: offline, in-process, a fraction of a millisecond per comment, and erring on the
 * side of holding a comment for a human to read. How well they do is measured, not assumed:
 * tests/unit/crisisCorpus/ states recall and false alarms on a labelled corpus.
 */
import {
  CRISIS_PHRASES_EN,
  CRISIS_PHRASES_ES,
  LOOSE_PHRASES,
  RECOVERY_PHRASES,
} from './crisisPhrases.ts'
import { PhraseSet } from './phrases.ts'
import { matchableText } from './text.ts'

/** The languages crisis resources come in. */
export type CrisisLanguage = 'en' | 'es'

const CRISIS: Record<CrisisLanguage, PhraseSet> = {
  en: new PhraseSet(CRISIS_PHRASES_EN),
  es: new PhraseSet(CRISIS_PHRASES_ES),
}
const LOOSE = new PhraseSet(LOOSE_PHRASES)
const RECOVERY = {
  past: new PhraseSet(RECOVERY_PHRASES.past),
  safeNow: new PhraseSet(RECOVERY_PHRASES.safeNow),
  stillAtRisk: new PhraseSet(RECOVERY_PHRASES.stillAtRisk),
}

const HEALTH = new PhraseSet([
  "(I was|I've been|I have been|I'm|I am|I got|just got|got) diagnosed",
  'my diagnosis',
  '(I have|I suffer from|I struggle with|I live with|I deal with|I am living with) (depression|anxiety|bipolar|ptsd|ocd|adhd|schizophrenia|an eating disorder|anorexia|bulimia|borderline|bpd|panic disorder)',
  'my (medication|meds|antidepressant*|psychiatrist|therapist|treatment)',
  "(I take|I'm taking|I am taking|taking|prescribed|I'm on|I am on) (sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|bupropion|wellbutrin|venlafaxine|effexor|lithium|xanax|alprazolam|klonopin|clonazepam|adderall|ritalin|seroquel|quetiapine|abilify)",
  "(I was|I've been|I have been) (hospitalized|hospitalised|admitted to [a] (psych|psychiatric))",
])

/** Common words that tell Spanish from English when a comment's crisis words are shared (suicid*). */
const SPANISH_WORDS = new Set(
  'que de la el y en los las por con para una es no me mi se ya pero muy esta estoy quiero todo nada porque como mas yo tengo hoy vida lo le su sus'.split(
    ' ',
  ),
)
const ENGLISH_WORDS = new Set(
  'the and to of in is it you that for my i me this but not be have with so im was just dont like what about'.split(
    ' ',
  ),
)

function looksSpanish(haystack: string): boolean {
  let spanish = 0
  let english = 0
  for (const word of haystack.trim().split(' ')) {
    if (SPANISH_WORDS.has(word)) spanish += 1
    if (ENGLISH_WORDS.has(word)) english += 1
  }
  return spanish > english
}

/** Loose uses taken out; what they leave is still words between single spaces. */
const withoutLoose = (haystack: string) => LOOSE.remove(haystack)

const crisisIn = (strict: string) => CRISIS.es.firstMatch(strict) ?? CRISIS.en.firstMatch(strict)

/**
 * A survivor's story rather than a crisis (crisisPhrases.ts, RECOVERY_PHRASES): each sentence with
 * crisis words is told in the past, the writer says they are safe now, nothing says it is back.
 */
function isRecoveryStory(text: string, haystack: string): boolean {
  if (RECOVERY.stillAtRisk.firstMatch(haystack) || !RECOVERY.safeNow.firstMatch(haystack))
    return false
  const alarming = text
    .split(/[.!?;\n]+/)
    .map(matchableText)
    .filter((sentence) => crisisIn(withoutLoose(sentence)))
  return alarming.length > 0 && alarming.every((sentence) => RECOVERY.past.firstMatch(sentence))
}

export type CrisisFinding = {
  /** The language to answer in: Spanish when a Spanish phrase matched or the comment reads as Spanish. */
  language: CrisisLanguage
  /** The phrase that matched, for tests and for tuning the phrase list. */
  phrase: string
}

/** The crisis language in a comment, or undefined when there is none. */
export function findCrisis(text: string): CrisisFinding | undefined {
  const haystack = matchableText(text)
  const strict = withoutLoose(haystack)
  const spanish = CRISIS.es.firstMatch(strict)
  const found = spanish ?? CRISIS.en.firstMatch(strict)
  if (!found || isRecoveryStory(text, haystack)) return undefined
  return { language: spanish || looksSpanish(haystack) ? 'es' : 'en', phrase: found.source }
}

export function mentionsCrisis(text: string): boolean {
  return findCrisis(text) !== undefined
}

export function disclosesHealthInformation(text: string): boolean {
  return HEALTH.firstMatch(matchableText(text)) !== undefined
}
