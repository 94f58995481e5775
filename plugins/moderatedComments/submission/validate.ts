/**
 * Checks the shape of a public comment submission and normalises its text. Every problem is reported
 * with the input field it belongs to — named as the client sent it, the same over REST and GraphQL —
 * all at once, so a front end can show them beside the inputs. A filled honeypot (`website`) is not
 * a problem with the input: it is reported as `honeypotFilled` for the caller to act on quietly.
 *
 *   { targetCollection?, targetId, parent?, authorName, authorEmail, body, website? }
 */
import { parseId, type IdRule } from '../../shared/ids.ts'
import { normalizeCommentText } from '../rules/text.ts'
import type { CommentLimits } from '../types.ts'
import type { FieldError } from './result.ts'

export type SubmissionInput = {
  targetCollection: string
  targetId: number | string
  parentId?: number | string
  authorName: string
  authorEmail: string
  body: string
  /** The hidden `website` field was filled: a bot, in all likelihood (honeypot.ts). */
  honeypotFilled: boolean
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/

export type SubmissionRules = {
  targets: string[]
  commentsSlug: string
  limits: CommentLimits
  /** What ids of a collection look like: numbers (PostgreSQL, SQLite) or strings (MongoDB, custom ids). */
  idRuleOf: (collection: string) => IdRule
}

export function validateSubmission(
  raw: unknown,
  { targets, commentsSlug, limits, idRuleOf }: SubmissionRules,
): { input: SubmissionInput; errors: [] } | { input?: undefined; errors: FieldError[] } {
  const errors: FieldError[] = []
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      errors: [
        {
          field: 'body',
          message: 'Send a JSON object with targetId, authorName, authorEmail and body.',
        },
      ],
    }
  }
  const data = raw as Record<string, unknown>

  const defaultTarget = targets.length === 1 ? targets[0] : undefined
  const targetCollection =
    data.targetCollection === undefined || data.targetCollection === null
      ? defaultTarget
      : data.targetCollection
  if (typeof targetCollection !== 'string' || !targets.includes(targetCollection)) {
    errors.push({
      field: 'targetCollection',
      message: `Comments can be posted on: ${targets.join(', ')}.`,
    })
  }
  const targetId = parseId(
    data.targetId,
    idRuleOf(
      typeof targetCollection === 'string' && targets.includes(targetCollection)
        ? targetCollection
        : targets[0],
    ),
  )
  if (targetId === undefined)
    errors.push({ field: 'targetId', message: 'Give the id of the document to comment on.' })

  let parentId: number | string | undefined
  if (data.parent !== undefined && data.parent !== null) {
    parentId = parseId(data.parent, idRuleOf(commentsSlug))
    if (parentId === undefined)
      errors.push({ field: 'parent', message: 'parent must be the id of a comment.' })
  }

  const authorName =
    typeof data.authorName === 'string'
      ? normalizeCommentText(data.authorName).replace(/\s+/g, ' ')
      : ''
  if (!authorName) errors.push({ field: 'authorName', message: 'Your name is required.' })
  else if (authorName.length > limits.maxNameLength) {
    errors.push({
      field: 'authorName',
      message: `Your name can be at most ${limits.maxNameLength} characters.`,
    })
  }

  const authorEmail =
    typeof data.authorEmail === 'string' ? data.authorEmail.trim().toLowerCase() : ''
  if (!authorEmail)
    errors.push({
      field: 'authorEmail',
      message: 'Your email address is required (it is never shown).',
    })
  else if (authorEmail.length > 254 || !EMAIL.test(authorEmail)) {
    errors.push({ field: 'authorEmail', message: 'This does not look like an email address.' })
  }

  const body = typeof data.body === 'string' ? normalizeCommentText(data.body) : ''
  if (body.length < limits.minBodyLength) {
    errors.push({
      field: 'body',
      message: `The comment is empty or too short (at least ${limits.minBodyLength} characters).`,
    })
  } else if (body.length > limits.maxBodyLength) {
    errors.push({
      field: 'body',
      message: `The comment is too long: ${body.length} characters, at most ${limits.maxBodyLength}.`,
    })
  }

  if (errors.length > 0) return { errors }
  return {
    input: {
      targetCollection: targetCollection as string,
      targetId: targetId!,
      parentId,
      authorName,
      authorEmail,
      body,
      honeypotFilled: typeof data.website === 'string' && data.website.trim() !== '',
    },
    errors: [],
  }
}
