/**
 * The articles' hooks in the order they run. Each is a small function in this folder (or in
 * ../review/ for the review gate); this list is where their order is decided.
 */
import type { CollectionConfig } from 'payload'

import type { ContentSlugs } from '../../shared/collectionSlugs.ts'
import { recordReviewEvents } from '../review/auditEvents.ts'
import { reviewGate } from '../review/gate.ts'
import { checkReviewer } from './checkReviewer.ts'
import { fillSeoMeta } from './fillSeoMeta.ts'
import { dateReview, recordCreator, setPublishedAt, setReadingTime } from './prepareArticle.ts'
import { publishedOnlyForReaders } from './publishedOnlyForReaders.ts'
import { trackClinicalReview } from './trackClinicalReview.ts'

export function articleHooks(
  slugs: ContentSlugs,
  { reviewGate: gateEnabled }: { reviewGate: boolean },
): CollectionConfig['hooks'] {
  return {
    beforeOperation: [publishedOnlyForReaders],
    beforeChange: [
      recordCreator,
      setReadingTime,
      setPublishedAt,
      dateReview,
      trackClinicalReview,
      fillSeoMeta,
      checkReviewer(slugs.authors),
      // Last: it reads what the hooks above computed (changedSinceReview).
      reviewGate({
        servicesSlug: slugs.services,
        articlesSlug: slugs.articles,
        enabled: gateEnabled,
      }),
    ],
    // Submissions, decisions and overrides in the audit log, when its plugin is installed.
    afterChange: [recordReviewEvents],
  }
}
