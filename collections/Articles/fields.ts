/**
 * The articles' fields, grouped by what they are for: the article itself, who wrote it, its
 * clinical review, what it relates to, when it was published, its SEO meta and its owner. The order
 * of articleFields is the order of the admin's form and sidebar (and of the database columns).
 */
import type { Field } from 'payload'

import { editorialUsersField, editorsOnlyField } from '../shared/access.ts'
import type { ContentSlugs } from '../shared/collectionSlugs.ts'
import { slugFields } from '../shared/slugField.ts'
import { reviewGateFields } from './review/fields.ts'
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from './seo.ts'

export function articleFields(
  slugs: ContentSlugs,
  { reviewIntervalMonths }: { reviewIntervalMonths: number },
): Field[] {
  return [
    ...contentFields(slugs),
    authorsField(slugs),
    ...clinicalReviewFields(slugs, reviewIntervalMonths),
    ...relationFields(slugs),
    ...publishingFields(),
    seoMetaField(slugs),
    createdByField(slugs),
  ]
}

/** What readers read: title, slug, excerpt, cover image, body. */
function contentFields(slugs: ContentSlugs): Field[] {
  return [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    ...slugFields('title'),
    { name: 'excerpt', type: 'textarea', maxLength: 500 },
    { name: 'coverImage', type: 'upload', relationTo: slugs.media },
    { name: 'body', type: 'richText', required: true },
  ]
}

function authorsField(slugs: ContentSlugs): Field {
  return {
    name: 'authors',
    type: 'relationship',
    relationTo: slugs.authors,
    hasMany: true,
    required: true,
    minRows: 1,
    admin: { position: 'sidebar' },
  }
}

/**
 * The clinical review: the sidebar's review panel, the review gate's fields (review/fields.ts), who
 * reviewed the article and when, and whether its text changed since.
 */
function clinicalReviewFields(slugs: ContentSlugs, reviewIntervalMonths: number): Field[] {
  return [
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
  ]
}

/** What the article is about and leads to: services, other articles, categories. */
function relationFields(slugs: ContentSlugs): Field[] {
  return [
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
  ]
}

/** Set by hooks on save (hooks/prepareArticle.ts): the publication date and the reading time. */
function publishingFields(): Field[] {
  return [
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
  ]
}

/** Search and sharing: filled from the article by hooks/fillSeoMeta.ts until an editor overrides. */
function seoMetaField(slugs: ContentSlugs): Field {
  return {
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
  }
}

/** The writer who owns the article (set by hooks/prepareArticle.ts on create). */
function createdByField(slugs: ContentSlugs): Field {
  return {
    name: 'createdBy',
    type: 'relationship',
    relationTo: slugs.users,
    access: { read: editorialUsersField, create: editorsOnlyField, update: editorsOnlyField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'The writer who owns this article.',
    },
  }
}
