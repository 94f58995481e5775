/**
 * `articles`: what the practice publishes — drafted with autosave, reviewed by a licensed clinician,
 * published now or on a schedule, with every version kept and restorable.
 *
 * The parts live beside this file: the fields (fields.ts), the hooks in their order
 * (hooks/index.ts), the admin's list and preview (adminConfig.ts), who may do what (access.ts).
 */
import type { CollectionConfig } from 'payload'

import { editorialOrPublished, editorialUsers } from '../shared/access.ts'
import type { ContentSlugs } from '../shared/collectionSlugs.ts'
import { canChangeArticle } from './access.ts'
import { articlesAdmin } from './adminConfig.ts'
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from './clinicalReview.ts'
import { articleFields } from './fields.ts'
import { articleHooks } from './hooks/index.ts'
import { reviewDecisionEndpoint } from './review/decision.ts'
import type { ArticlesOptions } from './types.ts'

export type { ArticlesOptions } from './types.ts'

export function createArticlesCollection(
  slugs: ContentSlugs,
  {
    previewPath,
    reviewIntervalMonths = DEFAULT_REVIEW_INTERVAL_MONTHS,
    reviewGate = true,
  }: ArticlesOptions = {},
): CollectionConfig {
  return {
    slug: slugs.articles,
    labels: { singular: 'Article', plural: 'Articles' },
    admin: articlesAdmin({ previewPath, reviewIntervalMonths }),
    access: {
      read: editorialOrPublished,
      readVersions: editorialUsers,
      create: editorialUsers,
      update: canChangeArticle,
      delete: canChangeArticle,
    },
    defaultPopulate: {
      title: true,
      slug: true,
      excerpt: true,
      publishedAt: true,
      readingTimeMinutes: true,
      coverImage: true,
    },
    versions: {
      drafts: { autosave: { interval: 2000 }, schedulePublish: true },
      maxPerDoc: 50,
    },
    hooks: articleHooks(slugs, { reviewGate }),
    endpoints: [
      reviewDecisionEndpoint({ articlesSlug: slugs.articles, authorsSlug: slugs.authors }),
    ],
    fields: articleFields(slugs, { reviewIntervalMonths }),
  }
}
