/**
 * How the admin shows articles: the list's columns and the editors' clinical-review filters above
 * it, the review gate's publish button, and the live preview when the site has a preview path.
 */
import type { CollectionConfig, PayloadRequest } from 'payload'

import { requestOrigin } from '../shared/requestOrigin.ts'
import type { ArticlesOptions } from './types.ts'

export function articlesAdmin({
  previewPath,
  reviewIntervalMonths,
}: {
  previewPath: ArticlesOptions['previewPath']
  reviewIntervalMonths: number
}): CollectionConfig['admin'] {
  const previewUrl = (article: Record<string, unknown>, req: PayloadRequest) =>
    previewPath && article.id != null
      ? `${requestOrigin(req)}${previewPath(article as { id: number | string; slug?: string | null })}`
      : null
  return {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      '_status',
      'authors',
      'publishedAt',
      'lastReviewedAt',
      'changedSinceReview',
    ],
    group: 'Content',
    components: {
      edit: { PublishButton: 'invited-cms/client#ReviewPublishButton' },
      beforeListTable: [
        { path: 'invited-cms/rsc#ReviewFilters', serverProps: { reviewIntervalMonths } },
      ],
    },
    ...(previewPath
      ? {
          // Absolute: the admin only talks to a preview frame whose URL starts with the frame's origin.
          livePreview: { url: ({ data, req }) => previewUrl(data, req) },
          preview: (article, { req }) => previewUrl(article, req),
        }
      : {}),
  }
}
