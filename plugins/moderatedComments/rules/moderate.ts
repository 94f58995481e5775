/**
 * Decides what happens to a new public comment, WordPress-style, plus what a mental-health practice
 * needs: every comment waits for a moderator unless a rule approves it; spam words send it to spam;
 * too many links or hold words keep it pending; crisis language and disclosed health information are
 * flagged (crisis as urgent) and never approved automatically.
 */
import type { CommentFlag, CommentStatus } from '../vocabulary.ts'
import { disclosesHealthInformation, findCrisis, type CrisisLanguage } from './sensitive.ts'
import { findWords } from './phrases.ts'
import { countLinks } from './text.ts'

export type ModerationRules = {
  /** Hold a comment with more links than this. WordPress' default holds at two links. */
  maxLinks: number
  /** Words or phrases that send a comment straight to spam. */
  spamWords: string[]
  /** Words or phrases that keep a comment pending for a moderator. */
  holdWords: string[]
  /** Approve, without a moderator, comments from an email address with an earlier approved comment. */
  autoApproveKnownAuthors: boolean
}

export type ModerationDecision = {
  status: CommentStatus
  flags: CommentFlag[]
  urgent: boolean
  /** The language of the crisis language found, for the resources shown; undefined without crisis. */
  crisisLanguage?: CrisisLanguage
}

export function moderate(
  { body, name }: { body: string; name: string },
  rules: ModerationRules,
  { authorHasApprovedComment }: { authorHasApprovedComment: boolean },
): ModerationDecision {
  const text = `${name}\n${body}`
  const flags: CommentFlag[] = []
  const crisis = findCrisis(body)
  if (crisis) flags.push('crisis')
  if (disclosesHealthInformation(body)) flags.push('health_information')
  if (countLinks(body) > rules.maxLinks) flags.push('links')
  const spam = findWords(text, rules.spamWords).length > 0
  if (spam) flags.push('spam_words')
  if (findWords(text, rules.holdWords).length > 0) flags.push('held_words')

  // Crisis language outranks spam words: a person in crisis must reach a human, not the spam folder.
  if (spam && !crisis) return { status: 'spam', flags, urgent: false }
  const approvable = rules.autoApproveKnownAuthors && authorHasApprovedComment && flags.length === 0
  return {
    status: approvable ? 'approved' : 'pending',
    flags,
    urgent: crisis !== undefined,
    ...(crisis && { crisisLanguage: crisis.language }),
  }
}
