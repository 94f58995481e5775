/**
 * `page`, `limit`, `depth` and `pagination` as an operation receives them (REST has already turned
 * numeric strings into numbers, and left anything else as it was). Out-of-range values are refused
 * rather than passed on: a negative page is a database error, a negative limit yields
 * `totalPages: -3`, and `page=abc` would be echoed back as if it were a page.
 */
import type { Problem } from '../types.ts'

export type PagingArgs = { page?: unknown; limit?: unknown; depth?: unknown; pagination?: unknown }

export type PagingBounds = {
  /** The config's `maxDepth`. */
  maxDepth: number
  /** Set for anonymous requests: the most documents per page and the deepest population. */
  anonymous?: { maxLimit: number; maxDepth: number }
}

const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value)
const shown = (value: unknown) => JSON.stringify(value)

export function pagingProblems(args: PagingArgs, bounds: PagingBounds): Problem[] {
  const problems: Problem[] = []
  const { page, limit, depth, pagination } = args

  if (page !== undefined && (!isWholeNumber(page) || page < 1)) {
    problems.push({
      path: 'page',
      message: `page must be a whole number of 1 or more (got ${shown(page)}).`,
    })
  }

  if (limit !== undefined && (!isWholeNumber(limit) || limit < 0)) {
    problems.push({
      path: 'limit',
      message: `limit must be a whole number of 0 or more (got ${shown(limit)}).`,
    })
  } else if (bounds.anonymous) {
    const { maxLimit } = bounds.anonymous
    const unbounded = limit === 0 || (pagination === false && limit === undefined)
    if (unbounded || (isWholeNumber(limit) && limit > maxLimit)) {
      problems.push({
        path: 'limit',
        message: `Requests without sign-in can ask for at most ${maxLimit} documents at a time (got ${unbounded ? 'all of them' : limit}): pass a limit and page through.`,
      })
    }
  }

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
        message: `${who} populate relationships at most ${maxDepth} levels deep (got ${depth}).`,
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
