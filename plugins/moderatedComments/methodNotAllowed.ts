/**
 * 405 for a method an endpoint does not take, with `Allow` naming the ones it does — instead of
 * Payload reading the path as a document id and answering 404. Same error shape as Payload's.
 */
import type { Endpoint } from 'payload'

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
type Method = (typeof METHODS)[number]

export function methodNotAllowed(allowed: string[], message: string): Response {
  return Response.json(
    { errors: [{ name: 'MethodNotAllowed', message }] },
    { status: 405, headers: { Allow: allowed.join(', ') } },
  )
}

/** One endpoint per method `path` does not take, each answering 405 with `message`. */
export function wrongMethodEndpoints(path: string, allowed: Method[], message: string): Endpoint[] {
  const allow = allowed.map((method) => method.toUpperCase())
  return METHODS.filter((method) => !allowed.includes(method)).map((method) => ({
    path,
    method,
    handler: () => methodNotAllowed(allow, message),
  }))
}
