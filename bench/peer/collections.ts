/**
 * The peer's collections: shaped like the CMS's (same field names, so the same queries and the same
 * GraphQL card fields work on both, and the seeder can copy rows column for column), with only what
 * Payload gives — drafts on articles, relationships, an upload with sizes, the same indexes — and none
 * of the CMS's hooks, computed fields, plugins, `defaultPopulate` or custom endpoints. Values the CMS
 * computes (an author's `displayName`, an article's `readingTimeMinutes`) are plain stored fields here,
 * copied from the CMS's database by bench/peer/seed.ts.
 */
import type { Access, CollectionConfig } from 'payload'

const anyone: Access = () => true
const signedIn: Access = ({ req }) => Boolean(req.user)
/** Payload's documented pattern for drafts: signed-in users read everything, readers the published. */
const publishedOrSignedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

const editableBySignedIn = { create: signedIn, update: signedIn, delete: signedIn }

const slugField = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email' },
  fields: [],
}

export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: anyone, ...editableBySignedIn },
  upload: {
    staticDir: process.env.MEDIA_DIR || 'media',
    mimeTypes: ['image/*'],
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    { name: 'alt', type: 'text', required: true },
    { name: 'credit', type: 'text' },
  ],
}

export const Categories: CollectionConfig = {
  slug: 'categories',
  access: { read: anyone, ...editableBySignedIn },
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField,
    { name: 'description', type: 'textarea' },
  ],
}

export const Authors: CollectionConfig = {
  slug: 'authors',
  access: { read: anyone, ...editableBySignedIn },
  admin: { useAsTitle: 'name' },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField,
    { name: 'displayName', type: 'text', index: true },
    { name: 'roleTitle', type: 'text' },
    { name: 'headshot', type: 'upload', relationTo: 'media' },
    { name: 'bio', type: 'textarea' },
  ],
}

export const Services: CollectionConfig = {
  slug: 'services',
  access: { read: anyone, ...editableBySignedIn },
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField,
    { name: 'summary', type: 'textarea' },
    { name: 'body', type: 'richText' },
    {
      name: 'kind',
      type: 'select',
      options: ['clinical', 'non_clinical'],
    },
  ],
}

export const Articles: CollectionConfig = {
  slug: 'articles',
  access: { read: publishedOrSignedIn, ...editableBySignedIn },
  admin: { useAsTitle: 'title' },
  versions: { drafts: { autosave: true }, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField,
    { name: 'excerpt', type: 'textarea' },
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', required: true },
    { name: 'authors', type: 'relationship', relationTo: 'authors', hasMany: true, required: true },
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true },
    { name: 'services', type: 'relationship', relationTo: 'services', hasMany: true },
    { name: 'publishedAt', type: 'date', index: true },
    { name: 'readingTimeMinutes', type: 'number' },
  ],
}
