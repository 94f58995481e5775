/**
 * What must never reach a log: the values a failed query was called with. drizzle puts them in the
 * error message ("Failed query: insert into comments … params: <name>,<email>,<body>…"), and Payload
 * logs that message and its stack — a commenter's email address and words, or a password hash, in
 * every log line of a database outage. The SQL stays (it says what failed); the values go.
 */

/** From "\nparams: " up to the stack's first frame, or the end: values may span lines. */
const QUERY_PARAMS = /\nparams: [\s\S]*?(?=\n\s+at |$)/

export const withoutQueryParams = (text: string): string =>
  text.replace(QUERY_PARAMS, '\nparams: [redacted]')

type LoggedError = {
  type: string
  message: string
  stack?: string
  code?: unknown
  cause?: unknown
}

/** pino's `err` serializer, with query values removed from messages and stacks (and causes). */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error
  const serialized: LoggedError = {
    type: error.constructor?.name || error.name,
    message: withoutQueryParams(error.message),
  }
  if (error.stack) serialized.stack = withoutQueryParams(error.stack)
  const { code, cause } = error as { code?: unknown; cause?: unknown }
  if (code !== undefined) serialized.code = code
  if (cause !== undefined && depth < 3) serialized.cause = serializeError(cause, depth + 1)
  return serialized
}
