/**
 * What a mental-health practice must notice in a public comment:
 * - crisis language (suicide, self-harm): the comment is held, marked urgent, and moderators are told
 *   at once; the person who wrote it is shown crisis resources;
 * - disclosed personal health information (diagnoses, medication, treatment): held for a moderator to
 *   decide, since publishing it could harm the person who shared it.
 * Patterns, not a model: they err on the side of holding a comment for a human to read.
 */
import { matchableText } from './text.ts'

const CRISIS_PATTERNS = [
  /\bsuicid/,
  /\bkill(?:ing)? (?:my ?self|myself)\b/,
  /\bend(?:ed|ing|s)? (?:my|my own) life\b/,
  /\bend it all\b/,
  /\btake my (?:own )?life\b/,
  /\bwant(?:ed)? to die\b/,
  /\bdon'?t want to (?:live|be alive|be here)\b/,
  /\bno reason to (?:live|go on)\b/,
  /\bbetter off (?:dead|without me)\b/,
  /\bbetter off if i (?:died|was dead|were dead|wasn t here|ended)/,
  /\bself ?harm/,
  /\b(?:cut|cutting|hurt|hurting|harm|harming) (?:my ?self|myself)\b/,
  /\boverdos/,
]

const HEALTH_PATTERNS = [
  /\b(?:i was|i ve been|i have been|i m|i am|got) diagnosed\b/,
  /\bmy diagnosis\b/,
  /\bi (?:have|suffer from|struggle with|live with) (?:depression|anxiety|bipolar|ptsd|ocd|adhd|schizophrenia|an eating disorder|anorexia|bulimia|borderline|bpd|panic disorder)\b/,
  /\bmy (?:medication|meds|antidepressants?|psychiatrist|therapist|treatment)\b/,
  /\b(?:i take|i m taking|i am taking|taking|prescribed) (?:sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|bupropion|wellbutrin|venlafaxine|effexor|lithium|xanax|alprazolam|klonopin|clonazepam|adderall|ritalin|seroquel|quetiapine|abilify)\b/,
  /\b(?:i was|i ve been|i have been) (?:hospitalized|hospitalised|admitted to (?:a )?(?:psych|psychiatric))/,
]

export function mentionsCrisis(text: string): boolean {
  const haystack = matchableText(text).replace(/'/g, '')
  return CRISIS_PATTERNS.some((pattern) => pattern.test(haystack))
}

export function disclosesHealthInformation(text: string): boolean {
  const haystack = matchableText(text).replace(/'/g, ' ')
  return HEALTH_PATTERNS.some((pattern) => pattern.test(haystack))
}
