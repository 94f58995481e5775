/**
 * The express application: what the CMS process answers itself (health, readiness, headers, request
 * logs) in front of everything Next.js and Payload serve (admin UI, REST, GraphQL).
 */
import express, { type Express, type RequestHandler } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { GraphQLLimits } from '../graphqlLimits'
import type { AllowedOrigins } from '../settings/origins'
import { clientAddress } from './clientAddress'
import { apiBodyLimits } from './bodyLimits'
import { cors } from './cors'
import { csrfOriginCheck } from './csrf'
import { wellFormedPath } from './wellFormedPath'
import { graphqlRequests } from './graphqlRequests'
import { payloadWithoutNext } from './payloadWithoutNext'
import { readConsistencyMiddleware } from '../readConsistency'
import { replayRequest, type Replay } from './replayRequest'
import { healthRoutes, type DatabaseProbe, type ReadinessState } from './health'
import { requestLog, type WriteLog } from './requestLog'
import { securityHeaders } from './securityHeaders'

export type AppOptions = {
  production: boolean
  trustProxy: boolean | number | string
  allowedOrigins: AllowedOrigins
  /** SERVER_URL: the CMS's public origin, always trusted for cookie-authenticated writes. */
  serverUrl: string | undefined
  readiness: ReadinessState
  databaseProbe: DatabaseProbe
  log: WriteLog
  /** Depth and aliases one GraphQL operation may use (GRAPHQL_MAX_*). */
  graphQLLimits: GraphQLLimits
  /** Refuses requests at once (503) while the database is unreachable (databaseOutage.ts). */
  databaseOutage: RequestHandler
  /** Answers anonymous API reads from memory (src/responseCache); undefined when turned off. */
  responseCache?: RequestHandler
  /**
   * Layers to leave out, by name — only for the benchmark's per-layer A/B (`BENCH_SKIP_LAYERS`,
   * bench/layers.ts); the server logs a warning when any is skipped.
   */
  skipLayers?: ReadonlySet<string>
  /** Everything that is not ours: Next.js, which serves Payload's admin, REST and GraphQL routes. */
  nextHandler: (req: IncomingMessage, res: ServerResponse) => void
}

/** The largest body an anonymous API request may send (a comment, a login). */
const ANONYMOUS_BODY_BYTES = 100 * 1024

export function createApp(options: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  // Behind a reverse proxy, req.ip (request logs, later rate limits) must come from X-Forwarded-For.
  app.set('trust proxy', options.trustProxy)

  const skipped = options.skipLayers ?? new Set<string>()
  const layer = (name: string, handler: RequestHandler) => {
    if (!skipped.has(name)) app.use(handler)
  }

  layer('requestLog', requestLog(options.log))
  layer('securityHeaders', securityHeaders({ production: options.production }))
  layer('cors', cors(options.allowedOrigins))
  layer('csrf', csrfOriginCheck(options.allowedOrigins, options.serverUrl))
  app.use(
    healthRoutes(options.readiness, options.databaseProbe, (error) =>
      options.log({ level: 'warn', msg: 'readiness probe failed', error: error.message }),
    ),
  )
  layer('wellFormedPath', wellFormedPath())
  layer('clientAddress', clientAddress())
  layer(
    'bodyLimits',
    apiBodyLimits({ anonymousBytes: ANONYMOUS_BODY_BYTES, signedInBytes: 25 * 1024 * 1024 }),
  )
  layer(
    'graphqlRequests',
    graphqlRequests({
      anonymousBytes: ANONYMOUS_BODY_BYTES,
      signedInBytes: 10 * 1024 * 1024,
      query: options.graphQLLimits,
    }),
  )
  // Anonymous reads may come from a read replica; everything else from the primary.
  layer('readConsistency', readConsistencyMiddleware())
  // Cached anonymous reads are still answered while the database is away; the rest waits for it.
  if (options.responseCache) app.use(options.responseCache)
  layer('databaseOutage', options.databaseOutage)
  // API reads, GraphQL and comment submissions go to Payload's handlers without Next's routing.
  layer('payloadWithoutNext', payloadWithoutNext({ maxBodyBytes: ANONYMOUS_BODY_BYTES }))
  // A body read above (or made up for GraphQL over GET) is handed to Next in a copy of the request.
  app.use((req, res) => {
    const replay = res.locals.replay as Replay | undefined
    options.nextHandler(replay ? replayRequest(req, replay) : req, res)
  })
  return app
}
