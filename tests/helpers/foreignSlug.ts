import type { CollectionSlug } from 'payload'

/**
 * A collection slug of a test's own config (posts, remarks …): not in this project's generated
 * types, which the Local API is typed with here.
 */
export const foreignSlug = (name: string) => name as CollectionSlug
