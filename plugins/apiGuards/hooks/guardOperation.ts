/**
 * Checks what a REST or GraphQL request asks an operation to do before Payload runs it: an id that
 * cannot exist (404 with the reason), paging and depth out of range or above the anonymous bounds,
 * `where`, `sort`, `select`, `populate` and `joins` that name unknown fields, misuse operators or
 * carry values of the wrong type (400 `QueryError`, every problem listed). Calls made by the server's
 * own code (the Local API, or with `overrideAccess`) are trusted and pass unchecked.
 */
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { fieldResolver, versionFieldResolver, type FieldResolver } from '../checks/fields.ts'
import { generatedIdRule, idProblem, idRuleOf } from '../../shared/ids.ts'
import { pagingProblems, type PagingArgs, type PagingBounds } from '../checks/paging.ts'
import { restParameterProblems } from '../checks/restParameters.ts'
import {
  joinsProblems,
  populateProblems,
  selectProblems,
  sortProblems,
} from '../checks/selection.ts'
import { whereProblems } from '../checks/where.ts'
import { MalformedIdNotFound, QueryError } from '../errors.ts'
import type { Problem, ResolvedApiGuardsOptions } from '../types.ts'

type OperationArgs = Record<string, unknown> & {
  req?: PayloadRequest
  overrideAccess?: boolean
  currentDepth?: number
}

/** Operations on one document (or version) by its id, as hooks name them. */
const ID_OPERATIONS = new Set(['read', 'update', 'delete', 'restoreVersion'])

/**
 * Whether an operation works on the collection's versions, whose fields (`parent`, `version.title`,
 * `latest` …) and ids (the database's own) are not the collection's. Hooks are told `read` for
 * findVersions and findVersionByID, as for find and findByID: over REST the address tells them
 * apart; over GraphQL nothing does (undefined).
 */
function onVersions(operation: string, req: PayloadRequest, slug: string): boolean | undefined {
  if (operation === 'countVersions' || operation === 'restoreVersion') return true
  if (operation !== 'read') return false
  if (req.payloadAPI !== 'REST') return undefined
  // `/api/<slug>/versions` and `/api/<slug>/versions/<id>`
  const segments = req.url ? new URL(req.url).pathname.split('/').filter(Boolean) : []
  const at = segments.lastIndexOf(slug)
  return at >= 0 && segments[at + 1] === 'versions' && segments.length <= at + 3
}

/**
 * An operation a client asked for, rather than one the server runs on its behalf while answering:
 * those run with `overrideAccess`, or — relationship population through Payload's dataloader —
 * carry the `currentDepth` of the document being populated.
 */
const fromOutside = (args: OperationArgs) => {
  const api = args.req?.payloadAPI
  return (
    (api === 'REST' || api === 'GraphQL') &&
    args.overrideAccess !== true &&
    args.currentDepth === undefined
  )
}

export const guardOperation =
  (options: ResolvedApiGuardsOptions): CollectionBeforeOperationHook =>
  ({ args, collection, operation }) => {
    const operationArgs = args as OperationArgs
    const req = operationArgs.req
    if (!req || !fromOutside(operationArgs)) return args
    const { payload } = req
    // `joins=false` (no joins at all) is Payload's documented REST parameter, but its parser turns the
    // string into { 0: …, 1: … }: restore what the client asked for.
    if (req.payloadAPI === 'REST' && req.searchParams?.get('joins') === 'false')
      operationArgs.joins = false

    const versions = onVersions(operation, req, collection.slug)
    // An id that cannot exist is "not found", with the reason, before any query runs.
    if (operationArgs.id !== undefined && ID_OPERATIONS.has(operation)) {
      // REST has already turned the path's id into a number (NaN for "abc"): check what was sent.
      const sent = req.routeParams?.id ?? operationArgs.id
      const problem = idProblem(
        sent,
        versions ? generatedIdRule(payload) : idRuleOf(payload, collection),
      )
      if (problem) {
        const label = collection.labels?.singular
        const name = typeof label === 'string' ? label.toLowerCase() : collection.slug
        throw new MalformedIdNotFound(
          `There is no ${name}${versions ? ' version' : ''} with id ${JSON.stringify(String(sent))}: ${problem}.`,
        )
      }
    }

    const bounds: PagingBounds = {
      maxDepth: payload.config.maxDepth,
      anonymous: req.user
        ? undefined
        : { maxLimit: options.maxAnonymousLimit, maxDepth: options.maxAnonymousDepth },
    }
    const whereOptions = { supportsAll: payload.db.name === 'mongoose' }
    const ofDocuments = fieldResolver(payload, collection)
    const ofVersions = versionFieldResolver(payload, collection)
    // Over GraphQL a `read` may be of either; its where and sort name only paths its schema has.
    const resolve: FieldResolver =
      versions === undefined
        ? (path) => ofDocuments(path) ?? ofVersions(path)
        : versions
          ? ofVersions
          : ofDocuments
    const problems: Problem[] = [
      ...(req.payloadAPI === 'REST' && req.searchParams
        ? restParameterProblems(req.searchParams)
        : []),
      ...pagingProblems(operationArgs as PagingArgs, bounds),
      ...(operationArgs.where !== undefined && operation !== 'readDistinct'
        ? whereProblems(operationArgs.where, resolve, whereOptions)
        : []),
      ...sortProblems(operationArgs.sort, resolve),
      // GraphQL's `select: true` has Payload build the selection from the query itself, relationships
      // as nested objects: nothing a client typed, and always well formed.
      ...(req.payloadAPI === 'GraphQL'
        ? []
        : selectProblems(operationArgs.select, collection.flattenedFields)),
      ...populateProblems(operationArgs.populate, payload),
      ...joinsProblems(operationArgs.joins, payload, collection, { bounds, where: whereOptions }),
    ]
    if (problems.length > 0) throw new QueryError(problems)
    return args
  }
