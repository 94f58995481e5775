/** RESPONSE_CACHE_*: the server's cache of anonymous API answers (src/responseCache/). */
import { oneOf, positiveInteger, type Environment } from './problems'

export type ResponseCacheSettings = {
  /** RESPONSE_CACHE: false turns the cache off (every request computed afresh). */
  enabled: boolean
  /** RESPONSE_CACHE_TTL_SECONDS: longest an answer is kept, for writes this process does not hear of. */
  ttlSeconds: number
  /** RESPONSE_CACHE_MAX_AGE_SECONDS: how long browsers and CDNs may reuse an answer unasked. */
  maxAgeSeconds: number
  /** RESPONSE_CACHE_SHARED_MAX_AGE_SECONDS: `s-maxage`, how long a CDN may (it is purged by tag). */
  sharedMaxAgeSeconds: number
  /** RESPONSE_CACHE_STALE_SECONDS: how long after that they may serve it while they revalidate. */
  staleWhileRevalidateSeconds: number
  /** RESPONSE_CACHE_MAX_MB: memory the cached answers may use. */
  maxBytes: number
}

function secondsOrZero(
  name: string,
  raw: string | undefined,
  fallback: number,
  problems: string[],
) {
  return raw === '0' ? 0 : positiveInteger(name, raw, fallback, problems)
}

export function collectResponseCacheSettings(
  env: Environment,
  problems: string[],
): ResponseCacheSettings {
  return {
    enabled:
      oneOf('RESPONSE_CACHE', env.RESPONSE_CACHE, ['true', 'false'], 'true', problems) === 'true',
    ttlSeconds: positiveInteger(
      'RESPONSE_CACHE_TTL_SECONDS',
      env.RESPONSE_CACHE_TTL_SECONDS,
      60,
      problems,
    ),
    maxAgeSeconds: secondsOrZero(
      'RESPONSE_CACHE_MAX_AGE_SECONDS',
      env.RESPONSE_CACHE_MAX_AGE_SECONDS,
      10,
      problems,
    ),
    sharedMaxAgeSeconds: secondsOrZero(
      'RESPONSE_CACHE_SHARED_MAX_AGE_SECONDS',
      env.RESPONSE_CACHE_SHARED_MAX_AGE_SECONDS,
      10,
      problems,
    ),
    staleWhileRevalidateSeconds: secondsOrZero(
      'RESPONSE_CACHE_STALE_SECONDS',
      env.RESPONSE_CACHE_STALE_SECONDS,
      60,
      problems,
    ),
    maxBytes:
      positiveInteger('RESPONSE_CACHE_MAX_MB', env.RESPONSE_CACHE_MAX_MB, 64, problems) *
      1024 *
      1024,
  }
}
