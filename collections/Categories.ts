/** `categories`: topics articles are filed under (Therapy, Coaching, Wellbeing …). */
import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly } from './shared/access.ts'
import { slugFields } from './shared/slugField.ts'
import type { ContentSlugs } from './shared/collectionSlugs.ts'

export function createCategoriesCollection(slugs: ContentSlugs): CollectionConfig {
  return {
    slug: slugs.categories,
    labels: { singular: 'Category', plural: 'Categories' },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'], group: 'Content' },
    access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
    defaultPopulate: { title: true, slug: true },
    fields: [
      { name: 'title', type: 'text', required: true, maxLength: 80 },
      ...slugFields('title'),
      { name: 'description', type: 'textarea', maxLength: 500 },
    ],
  }
}
