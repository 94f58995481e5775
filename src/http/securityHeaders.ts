/**
 * Security headers on every response. The admin UI is a Next.js app with inline scripts, so its
 * Content-Security-Policy restricts framing, plugins and form targets rather than scripts; API
 * responses are data and get the strictest policy.
 */
import type { RequestHandler } from 'express'
import type { ServerResponse } from 'node:http'

const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-DNS-Prefetch-Control': 'off',
}

const API_CSP = "default-src 'none'; frame-ancestors 'none'"
const PAGE_CSP = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
/** Two years, as HSTS preload lists expect. Only sent in production, where TLS is terminated in front. */
const HSTS = 'max-age=63072000; includeSubDomains'

/** Sets them on one response; `path` is the request's path without its query. */
export function setSecurityHeaders(res: ServerResponse, path: string, production: boolean): void {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value)
  const isApi = path.startsWith('/api/') && !path.startsWith('/api/graphql-playground')
  res.setHeader('Content-Security-Policy', isApi ? API_CSP : PAGE_CSP)
  res.setHeader('X-Frame-Options', isApi ? 'DENY' : 'SAMEORIGIN')
  if (production) res.setHeader('Strict-Transport-Security', HSTS)
}

export function securityHeaders({ production }: { production: boolean }): RequestHandler {
  return (req, res, next) => {
    setSecurityHeaders(res, req.path, production)
    next()
  }
}
