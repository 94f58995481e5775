/**
 * The slugs of the content collections, configurable so the model fits into any Payload project.
 * Plain strings, as in Payload's own plugins: the library is compiled without any app's generated
 * types, and a slug the plugin is about to create is not in an app's types until they are generated.
 */
export type ContentSlugs = {
  articles: string
  authors: string
  services: string
  categories: string
  media: string
  credentials: string
  /** The auth collection that holds editorial users (writers, editors …). */
  users: string
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
