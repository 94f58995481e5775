/**
 * The secret Payload signs session tokens with: checked hard in production, a random per-process one
 * in development and tests.
 */
import { randomBytes } from 'node:crypto'

import { SettingsError, type Environment } from './problems'

export const MIN_SECRET_LENGTH = 32

/**
 * Values that appear in templates, tutorials and our own `.env.example`: a production server holding
 * one of them would sign session tokens anyone can forge.
 */
const KNOWN_DEFAULT_SECRETS = new Set(
  [
    'YOUR_SECRET_HERE',
    'your-secret-here',
    'secret',
    'changeme',
    'change-me',
    'password',
    'payload',
    'replace-me-with-a-long-random-string-of-at-least-32-characters',
  ].map((value) => value.toLowerCase()),
)

/** Why this secret must not sign production tokens, or undefined when it is acceptable. */
export function problemWithSecret(secret: string | undefined): string | undefined {
  if (!secret) return 'PAYLOAD_SECRET is not set. Generate one with: openssl rand -hex 32'
  if (KNOWN_DEFAULT_SECRETS.has(secret.trim().toLowerCase())) {
    return 'PAYLOAD_SECRET is a well-known placeholder value. Generate one with: openssl rand -hex 32'
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return `PAYLOAD_SECRET is too short (${secret.length} characters; at least ${MIN_SECRET_LENGTH} required).`
  }
  return undefined
}

/** Outside production a missing secret is tolerated: tokens then last only as long as the process. */
let ephemeralDevelopmentSecret: string | undefined

/**
 * The secret Payload signs tokens with. Production refuses anything weak; development and tests fall
 * back to a random per-process secret rather than a fixed, guessable one.
 */
export function resolvePayloadSecret(env: Environment = process.env): string {
  const secret = env.PAYLOAD_SECRET
  // `next build` evaluates the config with NODE_ENV=production but signs nothing: any secret will do.
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building) {
    const problem = problemWithSecret(secret)
    if (problem) throw new SettingsError([problem])
    return secret as string
  }
  if (secret) return secret
  ephemeralDevelopmentSecret ??= randomBytes(32).toString('hex')
  return ephemeralDevelopmentSecret
}
