/**
 * The one answer to a comment submission, the same over REST and GraphQL:
 *
 *   { ok, id, status, message, crisisResources, code, errors: [{ field, message }], retryAfterSeconds }
 *
 * `status` is the comment's moderation state (pending or approved — spam is never revealed), `code`
 * says why a submission was refused, `errors` name the input fields as the client sent them
 * (targetId, authorEmail …), and `retryAfterSeconds` says when to try again after `rate_limited`.
 * REST also sends the matching HTTP status and, for `rate_limited`, a `Retry-After` header.
 */
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
  code: RefusalCode | null
  errors: FieldError[]
  retryAfterSeconds: number | null
}

export function accepted(
  id: number | string,
  status: 'pending' | 'approved',
  crisisResources: string | null,
): SubmissionResult {
  return {
    ok: true,
    id,
    status,
    message:
      status === 'approved'
        ? 'Thank you: your comment is published.'
        : 'Thank you: your comment will appear once a moderator has read it.',
    crisisResources,
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
  }: { message?: string; retryAfterSeconds?: number | null } = {},
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
    crisisResources: null,
    code,
    errors,
    retryAfterSeconds,
  }
}
