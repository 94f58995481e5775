/**
 * "The database cannot be reached" as opposed to "this request went wrong": a refused or dropped
 * connection, a server shutting down, no free connection in time. Such failures are the server's
 * state, not the request's — they are answered 503 with Retry-After (src/http/databaseOutage.ts), not
 * 500, and every request is refused at once until the database answers again.
 *
 * Payload's error hook (inside Next's bundle) and the express server (outside it) are two copies of
 * this module in one process: they meet through a process-wide listener list, not a module variable.
 */
import type { AfterErrorHook } from 'payload'

/** SQLSTATE classes and codes that mean the connection, not the statement, failed. */
const CONNECTION_SQLSTATE = /^(08...|57P0[1-3]|53300)$/
const CONNECTION_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
/**
 * node-postgres reports these without a code; and @payloadcms/drizzle 3.90 rethrows a failed `begin`
 * as a new Error with the message only ("cannot begin transaction: …", beginTransaction.js), its
 * cause dropped — a `begin` fails when the connection does, so that message counts too (seen as a 500
 * in tests/server/databaseOutage.test.ts when the cut fell on a submission's `begin`).
 */
const CONNECTION_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|is not queryable|cannot begin transaction/i

/** Whether this error, or any error it wraps (drizzle and Payload wrap the driver's), is one of those. */
export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && (CONNECTION_ERRNO.has(code) || CONNECTION_SQLSTATE.test(code)))
      return true
    if (typeof message === 'string' && CONNECTION_MESSAGE.test(message)) return true
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnreachable)) return true
    const next = current as { cause?: unknown; originalError?: unknown }
    current = next.cause ?? next.originalError
  }
  return false
}

type Listener = (error: unknown) => void
const LISTENERS = Symbol.for('invited-cms.databaseUnreachableListeners')
const listeners = (): Set<Listener> =>
  ((globalThis as Record<symbol, Set<Listener> | undefined>)[LISTENERS] ??= new Set())

/** Tells whoever watches the database (the server) that a request just failed to reach it. */
export function reportDatabaseUnreachable(error: unknown): void {
  for (const listener of listeners()) listener(error)
}

/** Subscribes to those reports; answers the unsubscribe function. */
export function onDatabaseUnreachable(listener: Listener): () => void {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable just now. Try again in a few seconds.'

/**
 * Payload's error hook: a REST or GraphQL request that failed to reach the database is reported (so
 * the server refuses the next ones at once) and answered 503 with that message instead of
 * "Something went wrong" and 500. GraphQL answers carry the status in `extensions.statusCode`.
 */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isDatabaseUnreachable(error)) return
  reportDatabaseUnreachable(error)
  const errors = [{ message: DATABASE_UNAVAILABLE_MESSAGE }]
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: DATABASE_UNAVAILABLE_MESSAGE,
        extensions: { ...graphqlResult.extensions, statusCode: 503, name: 'DatabaseUnavailable' },
      },
    }
  }
  return { status: 503, response: { errors } }
}
