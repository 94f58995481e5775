/**
 * A browser sends the editor's session cookie with any request to the CMS, whichever page made it.
 * Writes carrying that cookie are therefore only accepted from the CMS's own origin and the origins
 * trusted in CORS_ORIGINS / CSRF_ORIGINS; from anywhere else they get a 403 before Payload sees them.
 * Payload's own `csrf` list only ignores the cookie, and only once a list is configured; this check
 * holds without one. Requests without the cookie (API clients with a token, the public comment form)
 * and requests without an `Origin` header (not from a browser) are not affected.
 */
import type { RequestHandler } from 'express'

import type { AllowedOrigins } from '../settings/origins'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Payload's session cookie (its default cookie prefix). */
const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

export function csrfOriginCheck(
  allowed: AllowedOrigins,
  serverUrl: string | undefined,
): RequestHandler {
  const trusted = new Set([...allowed.csrf, ...(serverUrl ? [new URL(serverUrl).origin] : [])])
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || !req.path.startsWith('/api/')) return next()
    const origin = req.get('origin')
    if (!origin || !SESSION_COOKIE.test(req.get('cookie') ?? '')) return next()
    // The origin this request was addressed to (behind a trusted proxy, the one the browser saw).
    const own = `${req.protocol}://${req.host}`
    if (origin === own || trusted.has(origin)) return next()
    res
      .status(403)
      .set('Cache-Control', 'no-store')
      .json({
        errors: [
          {
            message: `A signed-in write from ${origin} was refused: that origin may not use the session cookie. Trust it with CSRF_ORIGINS (or CORS_ORIGINS), or send a token in the Authorization header.`,
          },
        ],
      })
  }
}
