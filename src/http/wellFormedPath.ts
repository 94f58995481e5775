/**
 * A path whose percent-encoding does not decode (`/articles/%E0%A4%A`) is answered 400 here: Next
 * would fail to decode it and answer 500. The error has the API's shape on /api, plain text elsewhere.
 */
import type { RequestHandler } from 'express'

export function wellFormedPath(): RequestHandler {
  return (req, res, next) => {
    try {
      decodeURIComponent(req.path)
    } catch {
      const message = 'The address is not valid: it contains a broken percent-encoding (%).'
      if (req.path.startsWith('/api/'))
        res.status(400).json({ errors: [{ name: 'QueryError', message }] })
      else res.status(400).type('text/plain').send(message)
      return
    }
    next()
  }
}
