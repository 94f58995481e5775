/**
 * The response cache as the server installs it: a store that forgets answers named by the change
 * feed, and the express middleware in front of Next. See docs/operations.md, "The response cache".
 */
import type { RequestHandler } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { ChangeFeedStatus } from '../changeFeed/status'
import { contentChanges } from '../changeFeed/localFeed'
import type { ResponseCacheSettings } from '../settings'
import { responseCache, sendHit, storedAnswerFor } from './middleware'
import { AnswerStore, type CachedAnswer } from './store'

/** Routes below /api/ whose answers are never shared: accounts and Payload's own bookkeeping. */
const PRIVATE_PATHS = ['/api/users', '/api/payload-', '/api/graphql-playground']

export type ResponseCache = {
  middleware: RequestHandler
  /** For the server's fast path (src/http/cachedReadsFirst.ts): a hit it may answer, and how. */
  answerFor: (req: IncomingMessage) => CachedAnswer | undefined
  sendHit: (req: IncomingMessage, res: ServerResponse, answer: CachedAnswer) => void
  store: AnswerStore
  /** Stops listening for changes (on shutdown). */
  close: () => void
}

export function createResponseCache(
  settings: ResponseCacheSettings,
  feed: ChangeFeedStatus,
): ResponseCache {
  const store = new AnswerStore({ maxBytes: settings.maxBytes, ttlMs: settings.ttlSeconds * 1000 })
  const unsubscribe = contentChanges().subscribe((change) => store.purge(change.tags))
  // Whatever was stored before the feed was lost may have missed a change: forget it all.
  const unwatch = feed.onChange((heard) => {
    if (!heard) store.clear()
  })
  const options = {
    store,
    maxAgeSeconds: settings.maxAgeSeconds,
    sharedMaxAgeSeconds: settings.sharedMaxAgeSeconds,
    staleWhileRevalidateSeconds: settings.staleWhileRevalidateSeconds,
    privatePaths: PRIVATE_PATHS,
    trusted: () => feed.heard,
  }
  return {
    middleware: responseCache(options),
    answerFor: storedAnswerFor(options),
    sendHit: sendHit(options),
    store,
    close: () => {
      unsubscribe()
      unwatch()
    },
  }
}
