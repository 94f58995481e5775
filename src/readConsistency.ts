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

type Consistency = { primary: boolean }
const STORAGE = Symbol.for('invited-cms.readConsistency')
type WithStorage = { [STORAGE]?: AsyncLocalStorage<Consistency> }

function storage(): AsyncLocalStorage<Consistency> {
  const global = globalThis as WithStorage
  global[STORAGE] ??= new AsyncLocalStorage()
  return global[STORAGE]
}

/** Outside any request (jobs, scripts, start-up) every read is from the primary. */
export const mustReadPrimary = (): boolean => storage().getStore()?.primary ?? true

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
    storage().run({ primary }, next)
  }
}
