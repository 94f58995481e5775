/**
 * What the change feed carries: one event per committed change to public content, naming what
 * changed and what to refresh — the reader-site paths that show it and the cache tags of every
 * answer that may contain it. The response cache, the CDN purge and (later) webhooks consume it.
 *
 * Cache tags are what every cacheable answer is labelled with (changeFeedPlugin.ts labels reads):
 *   `<collection>`          the answer read something of the collection (anything at all)
 *   `<collection>:list`     the answer listed or counted the collection (a find, a by-slug lookup)
 *   `<collection>:<id>`     the answer contains that document
 *   `global:<slug>`         the answer contains that global
 * An edit of a visible document purges its own tag and its collection's lists (the edit may move it
 * into or out of a filtered list). A document appearing or disappearing — created, published,
 * unpublished, deleted — purges the whole collection tag: an answer that read the collection may
 * hold a relationship to it that was left unpopulated while it was hidden.
 */

export type ContentChange = {
  collection?: string
  global?: string
  id?: number | string
  /** The document's slug after the change (before it, for a delete). */
  slug?: string
  operation: 'create' | 'delete' | 'update'
  /** Whether readers could see it before → after: a publish is `appeared`. */
  visibility: 'appeared' | 'changed' | 'disappeared'
  /** Reader-site paths that show it (both the old and the new one when its slug changed). */
  paths: string[]
  /** Cache tags of the answers it invalidates (see above). */
  tags: string[]
  /** Milliseconds since the epoch, taken when the transaction committed. */
  committedAt: number
  /** Set by a relay on events from another instance: the instance's id. */
  origin?: string
}

export const cacheTag = {
  collection: (slug: string) => slug,
  list: (slug: string) => `${slug}:list`,
  document: (slug: string, id: number | string) => `${slug}:${id}`,
  global: (slug: string) => `global:${slug}`,
}

/**
 * Sent by the response cache to Payload on a request whose answer it may store: only then does
 * Payload label the answer (below), so no other request pays for it or sees the labels.
 */
export const WANTS_CACHE_TAGS_HEADER = 'x-invited-wants-cache-tags'
/** How Payload hands the answer's tags back to the response cache, which removes it. */
export const CACHE_TAGS_HEADER = 'x-invited-cache-tags'
