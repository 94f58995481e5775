/**
 * Every REST error carries a `name` clients can branch on (`QueryError`, `ValidationError`,
 * `NotFound`, `Forbidden` …): Payload includes it only for errors that have data. A request body or
 * query that is not valid JSON (a `SyntaxError` from parsing) is the client's mistake: 400, not 500.
 * Internal errors stay anonymous: `InternalServerError`, with Payload's generic message.
 */
import type { AfterErrorHook, ErrorResult } from 'payload'

export const nameEveryError: AfterErrorHook = ({ error, result }) => {
  if (!result) return // GraphQL errors already carry `extensions.name`.
  if (error instanceof SyntaxError) {
    return {
      status: 400,
      response: {
        errors: [
          {
            name: 'QueryError',
            message: `The request could not be read: ${error.message}. Send JSON bodies and well-formed query parameters.`,
          },
        ],
      },
    }
  }
  const status = (error as { status?: number }).status ?? 500
  const name = status >= 500 ? 'InternalServerError' : error.name
  const errors: ErrorResult['errors'] = (result.errors ?? []).map((entry) => ({
    ...entry,
    name: status >= 500 ? name : (entry.name ?? name),
  }))
  return { response: { ...result, errors } }
}
