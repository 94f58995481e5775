/**
 * The one answer to a comment submission, the same over REST and GraphQL:
 *
 *   { ok, id, status, message, crisisResources, crisisResourcesLanguage, code,
 *     errors: [{ field, message }], retryAfterSeconds }
 *
 * `crisisResources` (with its language, `en` or `es`, for the front end's `lang` attribute) comes
 * whenever the comment holds crisis language — also when it was refused: a person in crisis is told
 * where to turn even if their comment could not be taken.
 * `status` is the comment's moderation state (pending or approved — spam is never revealed), `code`
 * says why a submission was refused, `errors` name the input fields as the client sent them
 * (targetId, authorEmail …), and `retryAfterSeconds` says when to try again after `rate_limited`.
 * REST also sends the matching HTTP status and, for `rate_limited`, a `Retry-After` header.
 */
import type { CrisisLanguage } from '../rules/sensitive.ts'

export type FieldError = { field: string; message: string }

export type RefusalCode = 'invalid_input' | 'target_not_found' | 'comments_closed' | 'rate_limited'

export const HTTP_STATUS_OF: Record<RefusalCode, number> = {
  invalid_input: 400,
  target_not_found: 404,
  comments_closed: 409,
  rate_limited: 429,
}

export type SubmissionResult = {
  ok: boolean
  id: number | string | null
  status: 'pending' | 'approved' | null
  message: string
  crisisResources: string | null
  crisisResourcesLanguage: CrisisLanguage | null
  code: RefusalCode | null
  errors: FieldError[]
  retryAfterSeconds: number | null
}

/** Crisis resources as the answer carries them: the text and its language, or nothing. */
export type CrisisAnswer = { crisisResources: string; crisisResourcesLanguage: CrisisLanguage }
const NO_CRISIS = { crisisResources: null, crisisResourcesLanguage: null }

export function accepted(
  id: number | string,
  status: 'pending' | 'approved',
  crisis: CrisisAnswer | undefined,
): SubmissionResult {
  return {
    ok: true,
    id,
    status,
    message:
      status === 'approved'
        ? 'Thank you: your comment is published.'
        : 'Thank you: your comment will appear once a moderator has read it.',
    ...(crisis ?? NO_CRISIS),
    code: null,
    errors: [],
    retryAfterSeconds: null,
  }
}

const REFUSAL_MESSAGES: Record<RefusalCode, string> = {
  invalid_input: 'The comment could not be submitted: please correct the fields named in errors.',
  target_not_found: 'There is no published document with this id to comment on.',
  comments_closed: 'Comments are closed on this document.',
  rate_limited: 'Too many comments from here just now.',
}

export function refused(
  code: RefusalCode,
  errors: FieldError[],
  {
    message,
    retryAfterSeconds = null,
    crisis,
  }: { message?: string; retryAfterSeconds?: number | null; crisis?: CrisisAnswer } = {},
): SubmissionResult {
  return {
    ok: false,
    id: null,
    status: null,
    message:
      message ??
      (errors.length === 1 && code !== 'invalid_input'
        ? errors[0].message
        : REFUSAL_MESSAGES[code]),
    ...(crisis ?? NO_CRISIS),
    code,
    errors,
    retryAfterSeconds,
  }
}
