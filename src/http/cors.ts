/**
 * CORS for the API (/api/*): browsers on the allowed origins (CORS_ORIGINS) may read answers and send
 * credentials; a preflight from anywhere else is refused with a message saying how to allow it.
 * Answered here, in front of Next, so every API route — REST, GraphQL, custom endpoints, media files —
 * behaves the same, and `Vary: Origin` keeps shared caches from mixing answers for different origins.
 */
import type { RequestHandler, Response } from 'express'

import type { AllowedOrigins } from '../settings/origins'

const ALLOWED_METHODS = 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS'
const ALLOWED_HEADERS = [
  'Accept',
  'Authorization',
  'Content-Type',
  'X-Requested-With',
  'X-Request-Id',
  'X-Payload-HTTP-Method-Override',
]
/** Headers a cross-origin script may read besides the basic ones. */
const EXPOSED_HEADERS = 'Retry-After, X-Request-Id, ETag, Content-Disposition'
/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600'

/** Next replaces the Vary header of its answers; add Origin back just before the headers go out. */
function varyOnOrigin(res: Response) {
  const writeHead = res.writeHead
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    res.vary('Origin')
    return writeHead.apply(this, args)
  } as Response['writeHead']
}

export function cors({ cors: allowed }: Pick<AllowedOrigins, 'cors'>): RequestHandler {
  const isAllowed = (origin: string) => allowed === '*' || allowed.includes(origin)
  return (req, res, next) => {
    if (!req.path.startsWith('/api/')) return next()
    varyOnOrigin(res)
    const origin = req.get('origin')
    const preflight =
      req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined
    if (!origin) return next()

    if (!isAllowed(origin)) {
      if (!preflight) return next() // Same-origin requests (the admin) carry an Origin too.
      res.status(403).json({
        errors: [
          {
            name: 'Forbidden',
            message: `Cross-origin requests from ${origin} are not allowed: add it to CORS_ORIGINS.`,
          },
        ],
      })
      return
    }

    res.setHeader('Access-Control-Allow-Origin', allowed === '*' ? '*' : origin)
    if (allowed !== '*') res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS)
    if (!preflight) return next()

    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS)
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '))
    res.setHeader('Access-Control-Max-Age', PREFLIGHT_MAX_AGE)
    res.status(204).end()
  }
}
