/**
 * Which reads may come from a read replica: only those of anonymous requests that only read (GET,
 * HEAD, a GraphQL query). A signed-in writer who saves and reads at once, a comment submission's
 * flood checks, the jobs queue and scripts read from the primary and see every committed write.
 *
 * The express server decides per request (`readConsistencyMiddleware`); the database adapter, inside
 * Next's bundle, asks `mustReadPrimary()` on every read. They meet on `globalThis` (like
 * src/changeFeed/localFeed.ts), and the decision travels with the request's async context.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { RequestHandler } from 'express'

import { hasCredentials } from './http/credentials'
import { describeOperation, type GraphQLRequest } from './http/graphqlOperation'

type Consistency = { primary: boolean; finished: () => boolean }
const STORAGE = Symbol.for('invited-cms.readConsistency')
type WithStorage = { [STORAGE]?: AsyncLocalStorage<Consistency> }

function storage(): AsyncLocalStorage<Consistency> {
  const global = globalThis as WithStorage
  global[STORAGE] ??= new AsyncLocalStorage()
  return global[STORAGE]
}

/**
 * The request the current code runs for, if it is still being answered. Work started during a
 * request keeps its async context after the answer is sent — Payload starts inside the first
 * request, and so do the jobs queue's timers — and is not that request's any more.
 */
function currentRequest(): Consistency | undefined {
  const store = storage().getStore()
  return store && !store.finished() ? store : undefined
}

/** Outside any request (jobs, scripts, start-up) every read is from the primary. */
export const mustReadPrimary = (): boolean => currentRequest()?.primary ?? true

/**
 * Whether the current code runs for an HTTP request. Writes outside one (the jobs queue's
 * bookkeeping, start-up) do not send readers to the primary; their content changes do, through
 * the change feed (payload.config.ts).
 */
export const insideRequest = (): boolean => currentRequest() !== undefined

function onlyReads(req: Parameters<RequestHandler>[0], graphql: GraphQLRequest | undefined) {
  if (req.method === 'GET' || req.method === 'HEAD') return true
  if (!graphql) return false
  const facts = describeOperation(graphql)
  return facts.ok && facts.type === 'query'
}

/** After the GraphQL middleware (it reads the operation): marks what this request may read from. */
export function readConsistencyMiddleware(): RequestHandler {
  return (req, res, next) => {
    const graphql = res.locals.graphqlRequest as GraphQLRequest | undefined
    const primary = hasCredentials(req) || !onlyReads(req, graphql)
    storage().run({ primary, finished: () => res.writableFinished || res.destroyed }, next)
  }
}
