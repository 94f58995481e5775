import type { CollectionSlug } from 'payload'

/**
 * The slugs of the content collections, configurable so the model fits into any Payload project.
 * Typed as CollectionSlug so they can be used in relationships; a project with other slugs passes
 * them through the plugin's options, which accept any string.
 */
export type ContentSlugs = {
  articles: CollectionSlug
  authors: CollectionSlug
  services: CollectionSlug
  categories: CollectionSlug
  media: CollectionSlug
  credentials: CollectionSlug
  /** The auth collection that holds editorial users (writers, editors …). */
  users: CollectionSlug
  /** The global that describes the practice (name, logo …): a global, not a collection. */
  practice: string
}

export const DEFAULT_CONTENT_SLUGS = {
  articles: 'articles',
  authors: 'authors',
  services: 'services',
  categories: 'categories',
  media: 'media',
  credentials: 'credentials',
  users: 'users',
  practice: 'practice',
} as ContentSlugs
