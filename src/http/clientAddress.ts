/**
 * Passes the client's address (as express resolved it, honouring TRUST_PROXY) to Payload in a header
 * of our own, after deleting any copy a client sent: rate limits must not trust what clients claim.
 */
import type { RequestHandler } from 'express'

import { CLIENT_ADDRESS_HEADER } from 'invited-cms'

export function clientAddress(): RequestHandler {
  return (req, _res, next) => {
    delete req.headers[CLIENT_ADDRESS_HEADER]
    if (req.ip) req.headers[CLIENT_ADDRESS_HEADER] = req.ip
    next()
  }
}
