/**
 * A change as it travels between instances: JSON, within the transport's size limit. A change too
 * large to send whole (a document shown on very many pages) is sent with its paths dropped and its
 * tags widened to whole collections, which purges more but never less.
 */
import { cacheTag, type ContentChange } from './change'

export function encodeForWire(change: ContentChange, maxBytes: number): string {
  const whole = JSON.stringify(change)
  if (Buffer.byteLength(whole) <= maxBytes) return whole
  const collections = new Set(
    change.tags.map((tag) => (tag.startsWith('global:') ? tag : tag.split(':')[0])),
  )
  const widened: ContentChange = {
    ...change,
    slug: undefined,
    paths: [],
    tags: [...collections].map((tag) =>
      tag.startsWith('global:') ? tag : cacheTag.collection(tag),
    ),
  }
  return JSON.stringify(widened)
}

/** The change, or undefined for something that is not one (logged by nobody: a stray NOTIFY). */
export function decodeFromWire(payload: string): ContentChange | undefined {
  try {
    const change = JSON.parse(payload) as ContentChange
    if (!change || !Array.isArray(change.tags) || typeof change.committedAt !== 'number')
      return undefined
    return { ...change, paths: Array.isArray(change.paths) ? change.paths : [] }
  } catch {
    return undefined
  }
}
