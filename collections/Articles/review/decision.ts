/**
 * `POST /api/<articles>/:id/review` with `{ "decision": "approve" | "return", "note"?: string }`:
 * a licensed clinician decides an article that waits for review.
 *
 * - Approve records the review (the reviewer's author profile, today, the body's fingerprint) and
 *   publishes the article's latest draft — or, when a publish is scheduled for later, leaves the
 *   schedule to publish it then (the gate lets it through, as the review now covers the body).
 * - Return sends it back to the writer with a note (required), as a draft: a published version stays
 *   live as it was.
 *
 * Who decides: a signed-in user whose account is linked to an author profile (`authorProfile`) that
 * holds an active, verified license permitting clinical practice; never the writer who submitted it.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { mayPracticeClinically, type HeldCredential } from '../../Authors/credentials.ts'
import { problemResponse as problem } from '../../shared/problemResponse.ts'
import { idOf, type RelationValue } from '../../shared/relations.ts'
import { REVIEW_DECISION } from './gate.ts'
import { publishScheduledAfter } from './schedule.ts'

const NOTE_MAX = 2000

async function readDecision(
  req: PayloadRequest,
): Promise<{ decision: 'approve' | 'return'; note: string | null } | string> {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    return 'The body must be JSON: { "decision": "approve" | "return", "note": "…" }.'
  }
  const { decision, note } = (body ?? {}) as { decision?: unknown; note?: unknown }
  if (decision !== 'approve' && decision !== 'return') {
    return '`decision` must be "approve" or "return".'
  }
  if (note !== undefined && note !== null && typeof note !== 'string') {
    return '`note` must be text.'
  }
  const text = typeof note === 'string' ? note.trim() : ''
  if (text.length > NOTE_MAX) return `\`note\` is longer than ${NOTE_MAX} characters.`
  if (decision === 'return' && !text) {
    return 'Returning an article needs a note that tells the writer what to change.'
  }
  return { decision, note: text || null }
}

export function reviewDecisionEndpoint({
  articlesSlug,
  authorsSlug,
}: {
  articlesSlug: string
  authorsSlug: string
}): Endpoint {
  return {
    path: '/:id/review',
    method: 'post',
    handler: async (req) => {
      const user = req.user
      if (!user) return problem(401, 'Sign in to review articles.')
      const input = await readDecision(req)
      if (typeof input === 'string') return problem(400, input)

      const id = String(req.routeParams?.id ?? '')
      const article = await req.payload
        .findByID({
          collection: articlesSlug,
          id,
          draft: true,
          depth: 0,
          overrideAccess: false,
          user,
          req,
          disableErrors: true,
        })
        .catch(() => null)
      if (!article) return problem(404, `There is no article with the id "${id}".`)

      const request = (article.reviewRequest ?? {}) as {
        status?: string | null
        submittedBy?: RelationValue
      }
      if (request.status !== 'submitted') {
        return problem(
          409,
          `This article is not waiting for review (its review status is ${request.status ? `"${request.status}"` : 'empty'}).`,
        )
      }

      const profileId = idOf((user as { authorProfile?: RelationValue }).authorProfile)
      const profile =
        profileId == null
          ? null
          : await req.payload.findByID({
              collection: authorsSlug,
              id: profileId,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              req,
            })
      if (!profile) {
        return problem(
          403,
          'Reviews are decided by licensed clinicians whose account is linked to their author profile; an editor can link yours.',
        )
      }
      if (!mayPracticeClinically((profile.credentials ?? []) as HeldCredential[])) {
        return problem(
          403,
          `${String(profile.name)} cannot review articles: reviewers must hold an active, verified license that permits clinical practice.`,
        )
      }
      const writers = [idOf(request.submittedBy), idOf(article.createdBy as RelationValue)]
      if (writers.some((writer) => writer != null && String(writer) === String(user.id))) {
        return problem(
          403,
          'You wrote or submitted this article: another licensed clinician must review it.',
        )
      }

      const now = new Date()
      const decided = {
        ...request,
        status: input.decision === 'approve' ? 'approved' : 'returned',
        note: input.note,
        decidedBy: user.id,
        decidedAt: now.toISOString(),
      }
      const scheduled =
        input.decision === 'approve' &&
        (await publishScheduledAfter(req.payload, {
          articlesSlug,
          id: article.id,
          after: now,
          req,
        }))
      const publish = input.decision === 'approve' && !scheduled
      const updated = await req.payload.update({
        collection: articlesSlug,
        id: article.id,
        data: {
          reviewRequest: decided,
          ...(input.decision === 'approve'
            ? { reviewedBy: profile.id, lastReviewedAt: now.toISOString() }
            : {}),
          _status: publish ? 'published' : 'draft',
        },
        draft: !publish,
        depth: 0,
        // The endpoint has checked who decides; the fields it writes are closed to every request.
        overrideAccess: true,
        user,
        req,
        context: { [REVIEW_DECISION]: true },
      })
      return Response.json({
        message:
          input.decision === 'return'
            ? 'Returned to the writer with your note.'
            : publish
              ? 'Approved and published.'
              : `Approved; it will be published as scheduled (${scheduled}).`,
        doc: updated,
      })
    },
  }
}
