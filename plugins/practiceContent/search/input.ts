/**
 * What a search request may ask, checked the same way for REST (`q`, `page`, `limit`, `depth` as
 * strings) and GraphQL (`query`, `page`, `limit` as typed values). Anything else is a 400
 * `QueryError` that names the parameter, never a database error.
 */
import { QueryError } from '../../apiGuards/errors.ts'
import type { Problem } from '../../apiGuards/types.ts'

export const SEARCH_LIMITS = {
  /** Characters in a query: enough for a sentence; longer is not a search, it is a paste. */
  maxQueryLength: 200,
  /** Results per page, and the default. */
  maxLimit: 50,
  defaultLimit: 10,
  /** How far one can page: later results are noise, and each costs the database to skip. */
  maxResults: 10_000,
  maxDepth: 10,
} as const

export type SearchInput = {
  query: string
  page: number
  limit: number
  depth: number
}

export type RawSearchInput = {
  query: unknown
  page?: unknown
  limit?: unknown
  depth?: unknown
}

/** A whole number given as a number (GraphQL) or as decimal digits (REST), else undefined. */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim())) return Number(value.trim())
  return undefined
}

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value))

/**
 * The checked input, or a QueryError listing every problem. `queryParam` is what the client called
 * the query (`q` over REST, `query` over GraphQL), so the message names what they sent.
 */
export function parseSearchInput(raw: RawSearchInput, queryParam = 'query'): SearchInput {
  const problems: Problem[] = []
  const text = typeof raw.query === 'string' ? raw.query.replace(/\s+/g, ' ').trim() : undefined
  if (raw.query === undefined || raw.query === null) {
    problems.push({
      path: queryParam,
      message: `${queryParam} is required: the words to search for.`,
    })
  } else if (text === undefined) {
    problems.push({
      path: queryParam,
      message: `${queryParam} must be text (got ${shown(raw.query)}).`,
    })
  } else if (!/[\p{L}\p{N}]/u.test(text)) {
    problems.push({
      path: queryParam,
      message: `${queryParam} must contain at least one letter or digit (got ${shown(raw.query)}).`,
    })
  } else if (text.length > SEARCH_LIMITS.maxQueryLength) {
    problems.push({
      path: queryParam,
      message: `${queryParam} may have at most ${SEARCH_LIMITS.maxQueryLength} characters (got ${text.length}).`,
    })
  }

  const limit =
    raw.limit === undefined || raw.limit === null
      ? SEARCH_LIMITS.defaultLimit
      : wholeNumber(raw.limit)
  if (limit === undefined || limit < 1 || limit > SEARCH_LIMITS.maxLimit) {
    problems.push({
      path: 'limit',
      message: `limit must be a whole number from 1 to ${SEARCH_LIMITS.maxLimit} (got ${shown(raw.limit)}).`,
    })
  }
  const size =
    limit !== undefined && limit >= 1 && limit <= SEARCH_LIMITS.maxLimit ? limit : undefined
  const lastPage = Math.floor(SEARCH_LIMITS.maxResults / (size ?? SEARCH_LIMITS.defaultLimit))
  const page = raw.page === undefined || raw.page === null ? 1 : wholeNumber(raw.page)
  if (page === undefined || page < 1 || page > lastPage) {
    problems.push({
      path: 'page',
      message:
        `page must be a whole number from 1 to ${lastPage}` +
        `${size ? ` when limit is ${size}` : ''} (search reaches the first ${SEARCH_LIMITS.maxResults} results; got ${shown(raw.page)}).`,
    })
  }
  const depth = raw.depth === undefined || raw.depth === null ? 0 : wholeNumber(raw.depth)
  if (depth === undefined || depth < 0 || depth > SEARCH_LIMITS.maxDepth) {
    problems.push({
      path: 'depth',
      message: `depth must be a whole number from 0 to ${SEARCH_LIMITS.maxDepth} (got ${shown(raw.depth)}).`,
    })
  }
  if (problems.length > 0) throw new QueryError(problems)
  return { query: text!, page: page!, limit: limit!, depth: depth! }
}
