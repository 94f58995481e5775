/**
 * `articles`: what the practice publishes — drafted with autosave, reviewed by a licensed clinician,
 * published now or on a schedule, with every version kept and restorable.
 */
import type { CollectionConfig, PayloadRequest } from 'payload'

import {
  editorialOrPublished,
  editorialUsers,
  editorialUsersField,
  editorsOnlyField,
} from '../shared/access.ts'
import { slugFields } from '../shared/slugField.ts'
import { requestOrigin } from '../shared/requestOrigin.ts'
import type { ContentSlugs } from '../shared/collectionSlugs.ts'
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from './seo.ts'
import { canChangeArticle } from './access.ts'
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from './clinicalReview.ts'
import { checkReviewer } from './hooks/checkReviewer.ts'
import { fillSeoMeta } from './hooks/fillSeoMeta.ts'
import { publishedOnlyForReaders } from './hooks/publishedOnlyForReaders.ts'
import { trackClinicalReview } from './hooks/trackClinicalReview.ts'
import { recordReviewEvents } from './review/auditEvents.ts'
import { reviewDecisionEndpoint } from './review/decision.ts'
import { reviewGateFields } from './review/fields.ts'
import { reviewGate } from './review/gate.ts'
import {
  dateReview,
  recordCreator,
  setPublishedAt,
  setReadingTime,
} from './hooks/prepareArticle.ts'

export type ArticlesOptions = {
  /**
   * Where the public site previews an article (a path on this server, e.g. `/preview/articles/12`):
   * shown in the admin's live preview as the writer types, and opened by its preview button.
   * Without it, articles have no preview.
   */
  previewPath?: (article: { id: number | string; slug?: string | null }) => string
  /** Months after which a clinical review is due again. Default: 12. */
  reviewIntervalMonths?: number
  /**
   * The review gate (review/gate.ts): clinical articles go live only once a licensed clinician's
   * review covers their current text. Default: true.
   */
  reviewGate?: boolean
}

export function createArticlesCollection(
  slugs: ContentSlugs,
  {
    previewPath,
    reviewIntervalMonths = DEFAULT_REVIEW_INTERVAL_MONTHS,
    reviewGate: gateEnabled = true,
  }: ArticlesOptions = {},
): CollectionConfig {
  const previewUrl = (article: Record<string, unknown>, req: PayloadRequest) =>
    previewPath && article.id != null
      ? `${requestOrigin(req)}${previewPath(article as { id: number | string; slug?: string | null })}`
      : null
  return {
    slug: slugs.articles,
    labels: { singular: 'Article', plural: 'Articles' },
    admin: {
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
    },
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
    hooks: {
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
    },
    endpoints: [
      reviewDecisionEndpoint({ articlesSlug: slugs.articles, authorsSlug: slugs.authors }),
    ],
    fields: [
      { name: 'title', type: 'text', required: true, maxLength: 200 },
      ...slugFields('title'),
      { name: 'excerpt', type: 'textarea', maxLength: 500 },
      { name: 'coverImage', type: 'upload', relationTo: slugs.media },
      { name: 'body', type: 'richText', required: true },
      {
        name: 'authors',
        type: 'relationship',
        relationTo: slugs.authors,
        hasMany: true,
        required: true,
        minRows: 1,
        admin: { position: 'sidebar' },
      },
      {
        name: 'reviewPanel',
        type: 'ui',
        admin: { position: 'sidebar', components: { Field: 'invited-cms/client#ReviewPanel' } },
      },
      ...reviewGateFields(slugs.users),
      {
        name: 'reviewedBy',
        type: 'relationship',
        relationTo: slugs.authors,
        // Editors record reviews: a review clears "changed since review", so writers cannot set it.
        access: { create: editorsOnlyField, update: editorsOnlyField },
        admin: {
          position: 'sidebar',
          description: 'A licensed clinician who reviewed the content.',
        },
        filterOptions: { 'credentials.permitsClinicalPractice': { equals: true } },
      },
      {
        name: 'lastReviewedAt',
        type: 'date',
        access: { create: editorsOnlyField, update: editorsOnlyField },
        admin: {
          position: 'sidebar',
          description: `The date of the last clinical review, shown to readers. Due again after ${reviewIntervalMonths} months; set today's date to record a new review of the current text.`,
        },
      },
      {
        // Stored by trackClinicalReview on every save (drafts included), so the list can filter on it.
        name: 'changedSinceReview',
        label: 'Changed since clinical review',
        type: 'checkbox',
        index: true,
        access: { read: editorialUsersField },
        admin: {
          position: 'sidebar',
          readOnly: true,
          description:
            'The text, headings, lists, links or images changed after the last review. A new review clears it.',
        },
      },
      {
        name: 'reviewedBodyFingerprint',
        type: 'text',
        access: { read: editorialUsersField },
        admin: { hidden: true, readOnly: true },
      },
      {
        name: 'services',
        type: 'relationship',
        relationTo: slugs.services,
        hasMany: true,
        admin: { position: 'sidebar' },
      },
      {
        name: 'relatedArticles',
        type: 'relationship',
        relationTo: slugs.articles,
        hasMany: true,
        filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
        admin: { position: 'sidebar' },
      },
      {
        name: 'categories',
        type: 'relationship',
        relationTo: slugs.categories,
        hasMany: true,
        admin: { position: 'sidebar' },
      },
      {
        name: 'publishedAt',
        type: 'date',
        index: true,
        admin: {
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime' },
          description: 'Set on first publish.',
        },
      },
      {
        name: 'readingTimeMinutes',
        type: 'number',
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'Computed from the body on save.',
        },
      },
      {
        name: 'meta',
        label: 'SEO',
        type: 'group',
        fields: [
          {
            name: 'title',
            type: 'text',
            maxLength: SEO_TITLE_MAX,
            admin: {
              description:
                'Search result title. Filled from the article title until you type your own; clear it to go back.',
            },
          },
          {
            name: 'description',
            type: 'textarea',
            maxLength: SEO_DESCRIPTION_MAX,
            admin: {
              description:
                'Search result snippet. Filled from the excerpt (or the start of the body) until you type your own.',
            },
          },
          {
            name: 'image',
            type: 'upload',
            relationTo: slugs.media,
            admin: {
              description:
                'Shown when the article is shared. The cover image unless you choose another.',
            },
          },
          {
            name: 'noIndex',
            type: 'checkbox',
            defaultValue: false,
            label: 'Hide from search engines',
          },
        ],
      },
      {
        name: 'createdBy',
        type: 'relationship',
        relationTo: slugs.users,
        access: { read: editorialUsersField, create: editorsOnlyField, update: editorsOnlyField },
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'The writer who owns this article.',
        },
      },
    ],
  }
}
