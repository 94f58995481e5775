/**
 * The review gate: a clinical article (marked clinical, or about a clinical service) goes live only
 * when a licensed clinician's review covers its current body — the fingerprint trackClinicalReview
 * keeps — or an editor overrides with a recorded reason that covers the body as it is then.
 *
 * The hook runs last among the articles' beforeChange hooks, on every save of every path (admin,
 * REST, GraphQL, the Local API, scheduled publishing, bulk updates, restoring a version), and:
 *  1. keeps `clinicalReviewRequired` and `publishNeedsReview` (what the admin shows),
 *  2. turns an editor's override reason into a recorded override,
 *  3. checks changes of `reviewRequest.status` (writers submit; only the decision endpoint decides),
 *  4. refuses a publish the gate does not allow, with an error that says what to do instead.
 * The live version of a published article is untouched by a refused publish: the writer's changes
 * wait in a draft. Requests without a user (the Local API run by the server's own code: seeding,
 * migrations, scripts) are trusted, as Payload trusts them with access.
 */
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { hasRole } from '../../shared/roles.ts'
import { idOf, type RelationValue } from '../../shared/relations.ts'
import { reviewFingerprint } from '../clinicalReview.ts'
import type { ReviewStatus } from './fields.ts'

/** Set on `req.context` by the decision endpoint: its save may write a reviewer's decision. */
export const REVIEW_DECISION = 'invitedCmsReviewDecision'

type ReviewRequest = {
  status?: ReviewStatus | null
  note?: string | null
  submittedBy?: RelationValue
  submittedAt?: string | null
  decidedBy?: RelationValue
  decidedAt?: string | null
}
type ReviewOverride = {
  reason?: string | null
  givenBy?: RelationValue
  givenAt?: string | null
  bodyFingerprint?: string | null
}

export type ReviewGateOptions = {
  servicesSlug: string
  articlesSlug: string
  /** false: the fields are kept up to date, nothing is refused. */
  enabled: boolean
}

/** Whether any of the article's services is clinical (read as the server, whoever saves). */
async function concernsClinicalService(
  req: PayloadRequest,
  servicesSlug: string,
  services: unknown,
): Promise<boolean> {
  const ids = (Array.isArray(services) ? services : [])
    .map((service) => idOf(service as RelationValue))
    .filter((id) => id != null)
  if (ids.length === 0) return false
  const found = await req.payload.find({
    collection: servicesSlug,
    where: { and: [{ id: { in: ids } }, { kind: { equals: 'clinical' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { kind: true },
    overrideAccess: true,
    req,
  })
  return found.docs.length > 0
}

/**
 * A refusal of the gate: shown as is (the admin toasts it, REST and GraphQL answer it; 403: the user
 * may not do this now). Its own name lets the plugin log it at `info`, like Payload's own 4xx errors,
 * instead of an error with a stack for every refused publish.
 */
export class ReviewGateRefusal extends APIError {
  constructor(message: string, status: 400 | 403) {
    super(message, status, undefined, true)
    // Set by hand: bundlers rename classes, and Payload picks the log level by this name.
    this.name = 'ReviewGateRefusal'
  }
}

const refuse = (status: 400 | 403, message: string) => new ReviewGateRefusal(message, status)

export const reviewGate =
  ({ servicesSlug, articlesSlug, enabled }: ReviewGateOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const now = new Date().toISOString()
    const user = req.user
    const before = (originalDoc ?? {}) as Record<string, unknown>
    const pick = (name: string) => (data[name] !== undefined ? data[name] : before[name])

    // Once clinical, an article stays clinical for writers: taking the clinical service off, publishing,
    // then putting it back would otherwise publish an unreviewed text. Only editors can make it not.
    const required =
      Boolean(pick('clinical')) ||
      (await concernsClinicalService(req, servicesSlug, pick('services'))) ||
      (before.clinicalReviewRequired === true && !hasRole(user, 'editor'))
    const fingerprint = reviewFingerprint(pick('body'))

    // 2. An override reason (editors only, by field access) covers the body as it is now.
    const reason = typeof data.overrideReason === 'string' ? data.overrideReason.trim() : ''
    let override = (pick('reviewOverride') ?? {}) as ReviewOverride
    if (reason) {
      override = { reason, givenBy: user?.id ?? null, givenAt: now, bodyFingerprint: fingerprint }
      data.reviewOverride = override
    }
    data.overrideReason = null

    // trackClinicalReview ran before: `changedSinceReview` says whether the review covers this body.
    const reviewed = Boolean(pick('lastReviewedAt')) && data.changedSinceReview !== true
    const overridden = Boolean(override.reason) && override.bodyFingerprint === fingerprint
    const needsReview = required && !reviewed && !overridden
    data.clinicalReviewRequired = required
    // With the gate off nothing waits for a review: the admin keeps its plain Publish button.
    data.publishNeedsReview = enabled && needsReview

    // 3. The review request's status.
    const previous = (before.reviewRequest ?? {}) as ReviewRequest
    const request: ReviewRequest = { ...previous, ...((data.reviewRequest as ReviewRequest) ?? {}) }
    const deciding = Boolean(req.context?.[REVIEW_DECISION])
    if (!deciding && (request.status ?? null) !== (previous.status ?? null)) {
      if (request.status === 'submitted') {
        if (!required) {
          throw refuse(
            400,
            'This article is not clinical: it needs no review and can be published directly.',
          )
        }
        request.submittedBy = user?.id ?? null
        request.submittedAt = now
      } else if (request.status === 'returned' || request.status === 'approved') {
        throw refuse(
          403,
          `Only a licensed clinician decides a review, through POST /api/${articlesSlug}/:id/review.`,
        )
      }
    }
    // An approval attests to the body it approved: a later change needs a new request.
    if (request.status === 'approved' && data.changedSinceReview === true) request.status = null
    data.reviewRequest = request

    // 4. The gate itself.
    const publishing = data._status === 'published'
    if (enabled && publishing && needsReview && user) {
      const editor = hasRole(user, 'editor')
      throw refuse(
        403,
        `This article is clinical, so it goes live only after a licensed clinician has reviewed its current text. ` +
          (request.status === 'submitted'
            ? 'It is waiting for review: it will be published when a reviewer approves it.'
            : 'Submit it for review (set reviewRequest.status to "submitted"): a reviewer approving it publishes it.') +
          (editor
            ? ' As an editor you may instead publish it with a reason (overrideReason).'
            : ''),
      )
    }
    return data
  }
