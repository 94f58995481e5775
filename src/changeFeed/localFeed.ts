/**
 * The change feed inside one process: Payload's hooks (inside Next's bundle) publish a ContentChange
 * once its write is committed, and the server's consumers — the response cache, the CDN purge, the
 * relay to other instances — subscribe.
 *
 * Both sides run in one Node process but load this module separately (Next bundles its own copy), so
 * the feed lives on `globalThis` under a registered symbol.
 */
import type { ContentChange } from './change'

export type ContentChangeListener = (change: ContentChange) => void

export interface LocalFeed {
  publish(change: ContentChange): void
  /** Returns the function that unsubscribes. */
  subscribe(listener: ContentChangeListener): () => void
}

function createLocalFeed(): LocalFeed {
  const listeners = new Set<ContentChangeListener>()
  return {
    publish(change) {
      for (const listener of listeners) listener(change)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const FEED = Symbol.for('invited-cms.contentChanges')
type WithFeed = { [FEED]?: LocalFeed }

/** The process's feed (created on first use). */
export function contentChanges(): LocalFeed {
  const global = globalThis as WithFeed
  global[FEED] ??= createLocalFeed()
  return global[FEED]
}
