/**
 * A public comment submission, from HTTP body to stored comment: validation, the target and parent
 * rules, the honeypot, flood control and the hourly rate limit (counted in the database, so they hold
 * across server instances), the moderation rules, and an answer that tells the reader what happens
 * next — with crisis resources, in the comment's language, whenever it holds crisis language, even
 * when it was refused. Anything refused changes nothing.
 */
import type { PayloadRequest } from 'payload'

import { idRuleOf } from '../../shared/ids.ts'
import { CLIENT_ADDRESS_HEADER } from '../clientAddressHeader.ts'
import { FROM_PUBLIC_SUBMISSION } from '../hooks/staffComments.ts'
import { moderate } from '../rules/moderate.ts'
import { findCrisis, type CrisisLanguage } from '../rules/sensitive.ts'
import type { ResolvedCommentsOptions } from '../types.ts'
import { COMMENTS_CLOSED } from '../vocabulary.ts'
import { clientKeysOf, withClientLock } from './clientLock.ts'
import { plausibleCommentId, recordHoneypotCatch } from './honeypot.ts'
import { checkSubmissionLimits } from './limits.ts'
import { notifyModerators, type StoredComment } from '../notifications/immediate.ts'
import { accepted, refused, type CrisisAnswer, type SubmissionResult } from './result.ts'
import { validateSubmission, type SubmissionInput } from './validate.ts'

type CommentDoc = {
  id: number | string
  status: string
  depth?: number
  target: { relationTo: string; value: unknown }
}

const crisisAnswer = (
  language: CrisisLanguage,
  { crisisResources }: ResolvedCommentsOptions,
): CrisisAnswer => ({
  crisisResources: crisisResources[language],
  crisisResourcesLanguage: language,
})

export async function submitComment(
  req: PayloadRequest,
  raw: unknown,
  options: ResolvedCommentsOptions,
): Promise<SubmissionResult> {
  const result = await handleSubmission(req, raw, options)
  if (result.ok) return result
  // Refused, for whatever reason: a person in crisis is still told where to turn.
  const body = (raw as { body?: unknown } | null)?.body
  const crisis = typeof body === 'string' ? findCrisis(body) : undefined
  return crisis ? { ...result, ...crisisAnswer(crisis.language, options) } : result
}

async function handleSubmission(
  req: PayloadRequest,
  raw: unknown,
  options: ResolvedCommentsOptions,
): Promise<SubmissionResult> {
  const { payload } = req
  const idRuleOfCollection = (collection: string) =>
    idRuleOf(payload, payload.collections[collection].config)
  const { input, errors } = validateSubmission(raw, { ...options, idRuleOf: idRuleOfCollection })
  if (!input) return refused('invalid_input', errors)

  // The target: exists, is published, is open for comments. Only what decides it is read — not the
  // article's body, relationships or comment thread.
  const targetConfig = payload.collections[input.targetCollection]?.config
  const hasDrafts = Boolean(targetConfig?.versions?.drafts)
  const hasTitle = targetConfig?.flattenedFields.some((field) => field.name === 'title') ?? false
  const target = (await payload.findByID({
    collection: input.targetCollection,
    id: input.targetId,
    depth: 0,
    draft: false,
    select: {
      [options.openField]: true,
      ...(hasDrafts && { _status: true }),
      ...(hasTitle && { title: true }),
      ...(options.closeAfterDays !== undefined && { publishedAt: true }),
    },
    joins: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  if (!target || (hasDrafts && target._status !== 'published')) {
    return refused('target_not_found', [
      { field: 'targetId', message: 'There is no published document with this id to comment on.' },
    ])
  }
  if (target[options.openField] === COMMENTS_CLOSED) {
    return refused('comments_closed', [
      { field: 'targetId', message: 'Comments are closed on this document.' },
    ])
  }
  if (options.closeAfterDays !== undefined && typeof target.publishedAt === 'string') {
    const ageDays = (Date.now() - Date.parse(target.publishedAt)) / 86_400_000
    if (ageDays > options.closeAfterDays) {
      return refused('comments_closed', [
        {
          field: 'targetId',
          message: `Comments close ${options.closeAfterDays} days after publication.`,
        },
      ])
    }
  }

  // The parent: an approved comment on the same document, not nested too deep.
  let depth = 0
  if (input.parentId !== undefined) {
    const parent = (await payload.findByID({
      collection: options.commentsSlug,
      id: input.parentId,
      depth: 0,
      select: { status: true, depth: true, target: true },
      joins: false,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as unknown as CommentDoc | null
    const sameTarget =
      parent?.target?.relationTo === input.targetCollection &&
      String(parent?.target?.value) === String(input.targetId)
    if (!parent || parent.status !== 'approved' || !sameTarget) {
      return refused('invalid_input', [
        {
          field: 'parent',
          message: 'You can only reply to a published comment on the same document.',
        },
      ])
    }
    depth = (parent.depth ?? 0) + 1
    if (depth > options.limits.maxReplyDepth) {
      return refused('invalid_input', [
        {
          field: 'parent',
          message: `Replies can nest at most ${options.limits.maxReplyDepth} levels deep.`,
        },
      ])
    }
  }

  // A bot: answered as if its comment were taken, and nothing of it kept (honeypot.ts).
  if (input.honeypotFilled && !findCrisis(input.body)) {
    await recordHoneypotCatch(payload, options.commentsSlug)
    return accepted(await plausibleCommentId(req, options.commentsSlug), 'pending', undefined)
  }

  // Flood control and rate limit, per client address and per email address, checked and the
  // comment stored under this client's lock, so that simultaneous submissions cannot all pass.
  const keys = clientKeysOf(
    options.hashSalt ?? payload.secret,
    req.headers.get(CLIENT_ADDRESS_HEADER) || 'unknown',
    input.authorEmail,
  )
  const ipHash = keys.client
  // With both limits off there is nothing to count, so nothing to hold a lock for.
  if (options.limits.floodIntervalSeconds === 0 && options.limits.maxPerHour === 0) {
    const stored = await storeComment(req, options, input, { depth, ipHash })
    return afterStored(req, options, stored, target)
  }
  const locked = await withClientLock(payload, options.commentsSlug, keys, async () => {
    const limited = await checkSubmissionLimits(req, options, {
      ipHash,
      authorEmail: input.authorEmail,
    })
    return limited ?? storeComment(req, options, input, { depth, ipHash })
  })
  if (locked.busy) {
    return refused('rate_limited', [], {
      message: 'Another comment from you is being submitted: try again in a moment.',
      retryAfterSeconds: 1,
    })
  }
  if (!('comment' in locked.value)) return locked.value
  return afterStored(req, options, locked.value, target)
}

/** Stored: tell the moderators (outside any lock: mail can be slow), then the reader. */
async function afterStored(
  req: PayloadRequest,
  options: ResolvedCommentsOptions,
  { comment, crisisLanguage }: Stored,
  target: Record<string, unknown>,
): Promise<SubmissionResult> {
  await notifyModerators(
    req,
    {
      recipients: options.notify,
      isModerator: options.isModerator,
      usersSlug: req.payload.config.admin.user,
      commentsSlug: options.commentsSlug,
      digest: options.digest !== undefined,
    },
    comment,
    typeof target.title === 'string' ? target.title : undefined,
  )
  // Spam is never revealed: to the sender it is pending like any comment a moderator will read.
  return accepted(
    comment.id,
    comment.status === 'approved' ? 'approved' : 'pending',
    crisisLanguage && crisisAnswer(crisisLanguage, options),
  )
}

type Stored = { comment: StoredComment; crisisLanguage: CrisisLanguage | undefined }

/** Moderates the comment and stores it. */
async function storeComment(
  req: PayloadRequest,
  options: ResolvedCommentsOptions,
  input: SubmissionInput,
  { depth, ipHash }: { depth: number; ipHash: string },
): Promise<Stored> {
  const { payload } = req
  const { totalDocs: approvedBefore } = options.rules.autoApproveKnownAuthors
    ? await payload.count({
        collection: options.commentsSlug,
        where: {
          and: [{ authorEmail: { equals: input.authorEmail } }, { status: { equals: 'approved' } }],
        },
        overrideAccess: true,
        req,
      })
    : { totalDocs: 0 }
  const decision = moderate({ body: input.body, name: input.authorName }, options.rules, {
    authorHasApprovedComment: approvedBefore > 0,
  })

  const comment = (await payload.create({
    collection: options.commentsSlug,
    data: {
      target: { relationTo: input.targetCollection, value: input.targetId },
      parent: input.parentId,
      depth,
      authorName: input.authorName,
      authorEmail: input.authorEmail,
      body: input.body,
      status: decision.status,
      flags: decision.flags,
      urgent: decision.urgent,
      // Told at once (notifyModerators, right after this is stored) unless a digest will tell them.
      moderatorsNotifiedAt:
        decision.status === 'pending' && (decision.urgent || !options.digest)
          ? new Date().toISOString()
          : undefined,
      targetPublished: true,
      ipHash,
      userAgent: req.headers.get('user-agent')?.slice(0, 300) ?? undefined,
    },
    // The answer needs the new id and what the moderators' mail says, not the populated target.
    depth: 0,
    select: { status: true, urgent: true, flags: true, authorName: true, body: true, target: true },
    overrideAccess: true,
    context: { [FROM_PUBLIC_SUBMISSION]: true },
    req,
  })) as unknown as StoredComment
  return { comment, crisisLanguage: decision.crisisLanguage }
}
