/**
 * One delivery attempt: a POST of the signed body to the endpoint, over node:http(s) rather than
 * fetch so that the connection's address is checked (destination.ts) and redirects are not followed
 * (a redirect could point anywhere; a receiver that moved must be updated by an admin).
 */
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import {
  DestinationRefused,
  hostOf,
  isPublicAddress,
  parseDestination,
  publicOnlyLookup,
} from './destination'
import type { SignedHeaders } from './signing'

/** A receiver has this long to answer (connect, send, read the status). */
export const DELIVERY_TIMEOUT_MS = 15_000
/** How much of a receiver's answer the delivery log keeps. */
const KEPT_RESPONSE_CHARS = 500

export type AttemptOutcome = {
  /** The receiver's HTTP status; absent when no answer came (refused, unreachable, timeout). */
  responseStatus?: number
  responseExcerpt?: string
  /** Why the attempt failed, for the log; absent on a 2xx. */
  error?: string
  /** The destination is not allowed: retrying cannot help. */
  refused?: boolean
  durationMs: number
}

export function postSigned(
  rawUrl: string,
  body: string,
  headers: SignedHeaders,
  allowedHosts: readonly string[],
): Promise<AttemptOutcome> {
  const started = performance.now()
  const took = () => Math.round(performance.now() - started)
  return new Promise((resolve) => {
    let url: URL
    try {
      url = parseDestination(rawUrl)
    } catch (error) {
      resolve({ error: (error as Error).message, refused: true, durationMs: took() })
      return
    }
    const host = hostOf(url)
    const allowed = allowedHosts.includes(host)
    // A literal address is connected to without a lookup: check it here.
    if (!allowed && net.isIP(host) && !isPublicAddress(host)) {
      resolve({
        error: `${host} is a private, loopback or reserved address; name it in WEBHOOKS_ALLOWED_HOSTS to send to it.`,
        refused: true,
        durationMs: took(),
      })
      return
    }
    const client = url.protocol === 'https:' ? https : http
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'invited-cms-webhooks/1',
        },
        lookup: allowed ? undefined : publicOnlyLookup,
        timeout: DELIVERY_TIMEOUT_MS,
      },
      (response) => {
        let excerpt = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          if (excerpt.length < KEPT_RESPONSE_CHARS) excerpt += chunk
        })
        const finish = () => {
          const status = response.statusCode ?? 0
          const ok = status >= 200 && status < 300
          resolve({
            responseStatus: status,
            responseExcerpt: excerpt.slice(0, KEPT_RESPONSE_CHARS) || undefined,
            error: ok ? undefined : `the receiver answered ${status}`,
            durationMs: took(),
          })
        }
        response.on('end', finish)
        response.on('error', finish)
      },
    )
    request.on('timeout', () =>
      request.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)),
    )
    request.on('error', (error) =>
      resolve({
        error: error.message,
        refused: error instanceof DestinationRefused,
        durationMs: took(),
      }),
    )
    request.end(body)
  })
}
