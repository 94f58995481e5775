/**
 * The express application: what the CMS process answers itself (health, readiness, headers, request
 * logs) in front of everything Next.js and Payload serve (admin UI, REST, GraphQL).
 */
import express, { type Express, type RequestHandler } from 'express'

import type { AllowedOrigins } from '../origins'
import { clientAddress } from './clientAddress'
import { cors } from './cors'
import { wellFormedPath } from './wellFormedPath'
import { healthRoutes, type DatabaseProbe, type ReadinessState } from './health'
import { requestLog, type WriteLog } from './requestLog'
import { securityHeaders } from './securityHeaders'

export type AppOptions = {
  production: boolean
  trustProxy: boolean | number | string
  allowedOrigins: AllowedOrigins
  readiness: ReadinessState
  databaseProbe: DatabaseProbe
  log: WriteLog
  /** Everything that is not ours: Next.js, which serves Payload's admin, REST and GraphQL routes. */
  nextHandler: RequestHandler
}

export function createApp(options: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  // Behind a reverse proxy, req.ip (request logs, later rate limits) must come from X-Forwarded-For.
  app.set('trust proxy', options.trustProxy)

  app.use(requestLog(options.log))
  app.use(securityHeaders({ production: options.production }))
  app.use(cors(options.allowedOrigins))
  app.use(
    healthRoutes(options.readiness, options.databaseProbe, (error) =>
      options.log({ level: 'warn', msg: 'readiness probe failed', error: error.message }),
    ),
  )
  app.use(wellFormedPath())
  app.use(clientAddress())
  app.use(options.nextHandler)
  return app
}
