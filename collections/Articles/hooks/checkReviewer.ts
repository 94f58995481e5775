/**
 * A clinical review means something only when the reviewer is a licensed clinician: `reviewedBy` must
 * hold an active, verified license that permits clinical practice.
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { mayPracticeClinically, type HeldCredential } from '../../Authors/credentials.ts'
import { idOf, type RelationValue } from '../../shared/relations.ts'

export const checkReviewer =
  (authorsSlug: string): CollectionBeforeChangeHook =>
  async ({ collection, data, req }) => {
    const reviewerId = idOf(data.reviewedBy as RelationValue)
    if (reviewerId == null) return data
    const reviewer = await req.payload.findByID({
      collection: authorsSlug,
      id: reviewerId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!reviewer || !mayPracticeClinically((reviewer.credentials ?? []) as HeldCredential[])) {
      const who = reviewer ? reviewer.name : `Author ${reviewerId}`
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'reviewedBy',
            message: `${who} cannot review articles: reviewers must hold an active, verified license that permits clinical practice.`,
          },
        ],
      })
    }
    return data
  }
