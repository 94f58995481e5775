/**
 * `page`, `limit`, `depth` and `pagination` as an operation receives them (REST has already turned
 * numeric strings into numbers, and left anything else as it was). Out-of-range values are refused
 * rather than passed on: a negative page is a database error, a negative limit yields
 * `totalPages: -3`, `page=abc` would be echoed back as if it were a page, and a page or limit past
 * what JavaScript counts exactly (`page=99999999999999999999`) reaches the database as `1e+20`,
 * which no LIMIT or OFFSET takes.
 */
import type { Problem } from '../types.ts'

export type PagingArgs = { page?: unknown; limit?: unknown; depth?: unknown; pagination?: unknown }

export type PagingBounds = {
  /** The config's `maxDepth`. */
  maxDepth: number
  /** Set for anonymous requests: the most documents per page and the deepest population. */
  anonymous?: { maxLimit: number; maxDepth: number }
  /** The page size Payload uses when no limit is sent: 10, or a join field's `defaultLimit`. */
  defaultLimit?: number
}

/** Payload's page size when a request sends none. */
const PAYLOAD_DEFAULT_LIMIT = 10
/**
 * The most documents a page may hold or skip: Payload computes LIMIT and OFFSET as JavaScript numbers,
 * exact up to 2^53 - 1; past that the database gets an approximation, and past 2^63 - 1 (or written
 * as `1e+40`) a value its bigint LIMIT and OFFSET refuse.
 */
export const MAX_DOCUMENT_COUNT = Number.MAX_SAFE_INTEGER

/**
 * The last page whose documents can be counted exactly with this page size. Payload reads a join's
 * pages one document longer (to know whether another follows), so a page spans `limit + 1` here.
 */
export const lastCountablePage = (limit: number) =>
  Math.floor(MAX_DOCUMENT_COUNT / (Math.max(limit, 0) + 1))

const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value)
/** The value as sent, in JSON; numbers JSON cannot write (`1e400` parses to Infinity) as they are. */
const shown = (value: unknown) =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value)

/** What is wrong with the limit, or undefined. */
function limitProblemOf({ limit, pagination }: PagingArgs, bounds: PagingBounds) {
  if (limit !== undefined && (!isWholeNumber(limit) || limit < 0))
    return `limit must be a whole number of 0 or more (got ${shown(limit)}).`
  const maxLimit = bounds.anonymous?.maxLimit
  const unbounded = limit === 0 || (pagination === false && limit === undefined)
  if (maxLimit !== undefined && (unbounded || (isWholeNumber(limit) && limit > maxLimit)))
    return `Requests without sign-in can ask for at most ${maxLimit} documents at a time (got ${unbounded ? 'all of them' : shown(limit)}): pass a limit and page through.`
  if (isWholeNumber(limit) && limit > MAX_DOCUMENT_COUNT)
    return `limit must be a whole number from 0 to ${MAX_DOCUMENT_COUNT} (got ${shown(limit)}).`
  return undefined
}

/**
 * The page size Payload will use: the limit sent, or the default; 0 (no paging) without pagination,
 * or when the limit is refused (it bounds nothing then: its own problem is reported).
 */
function pageSizeOf({ limit, pagination }: PagingArgs, bounds: PagingBounds, refused: boolean) {
  if (limit === undefined)
    return pagination === false ? 0 : (bounds.defaultLimit ?? PAYLOAD_DEFAULT_LIMIT)
  return refused || typeof limit !== 'number' ? 0 : limit
}

export function pagingProblems(args: PagingArgs, bounds: PagingBounds): Problem[] {
  const problems: Problem[] = []
  const { page, limit, depth, pagination } = args
  const limitProblem = limitProblemOf(args, bounds)

  if (page !== undefined && (!isWholeNumber(page) || page < 1)) {
    problems.push({
      path: 'page',
      message: `page must be a whole number of 1 or more (got ${shown(page)}).`,
    })
  } else if (isWholeNumber(page)) {
    const isDefault = limit === undefined
    const size = pageSizeOf(args, bounds, limitProblem !== undefined)
    const lastPage = lastCountablePage(size)
    if (page > lastPage) {
      const when = size > 0 ? ` when limit is ${size}${isDefault ? ' (the default)' : ''}` : ''
      problems.push({
        path: 'page',
        message: `page must be a whole number from 1 to ${lastPage}${when} (got ${shown(page)}).`,
      })
    }
  }
  if (limitProblem) problems.push({ path: 'limit', message: limitProblem })

  if (depth !== undefined && (!isWholeNumber(depth) || depth < 0)) {
    problems.push({
      path: 'depth',
      message: `depth must be a whole number of 0 or more (got ${shown(depth)}).`,
    })
  } else if (isWholeNumber(depth)) {
    const maxDepth = bounds.anonymous
      ? Math.min(bounds.anonymous.maxDepth, bounds.maxDepth)
      : bounds.maxDepth
    if (depth > maxDepth) {
      const who = bounds.anonymous ? 'Requests without sign-in can' : 'Requests can'
      problems.push({
        path: 'depth',
        message: `depth: ${who} populate relationships at most ${maxDepth} levels deep (got ${shown(depth)}).`,
      })
    }
  }

  if (pagination !== undefined && typeof pagination !== 'boolean') {
    problems.push({
      path: 'pagination',
      message: `pagination must be true or false (got ${shown(pagination)}).`,
    })
  }
  return problems
}
