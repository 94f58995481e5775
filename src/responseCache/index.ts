/**
 * The response cache as the server installs it: a store emptied on every announced public change,
 * and the express middleware in front of Next. See README "Response cache".
 */
import type { RequestHandler } from 'express'

import type { ResponseCacheSettings } from '../settings'
import { contentChanges } from './contentChanges'
import { responseCache } from './middleware'
import { AnswerStore } from './store'

/** Routes below /api/ whose answers are never shared: accounts and Payload's own bookkeeping. */
const PRIVATE_PATHS = ['/api/users', '/api/payload-', '/api/graphql-playground']

export type ResponseCache = {
  middleware: RequestHandler
  store: AnswerStore
  /** Stops listening for changes (on shutdown). */
  close: () => void
}

export function createResponseCache(settings: ResponseCacheSettings): ResponseCache {
  const store = new AnswerStore({ maxBytes: settings.maxBytes, ttlMs: settings.ttlSeconds * 1000 })
  const unsubscribe = contentChanges().subscribe(() => store.clear())
  const middleware = responseCache({
    store,
    maxAgeSeconds: settings.maxAgeSeconds,
    staleWhileRevalidateSeconds: settings.staleWhileRevalidateSeconds,
    privatePaths: PRIVATE_PATHS,
  })
  return { middleware, store, close: unsubscribe }
}

export { publicChangesPlugin } from './publicChangesPlugin'
