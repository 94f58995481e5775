/**
 * Signing per the Standard Webhooks specification (standardwebhooks.com), so that receivers can use
 * any of its libraries to verify what we send:
 *
 *   webhook-id         the message's id: the same on every attempt and redelivery (de-duplication)
 *   webhook-timestamp  seconds since the epoch when this attempt was signed
 *   webhook-signature  `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated when
 *                      more than one secret is valid (during a rotation)
 *
 * A secret is `whsec_` followed by the base64 of 32 random bytes; the HMAC key is those bytes.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto'

const SECRET_PREFIX = 'whsec_'
const SECRET_BYTES = 32

export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`
}

export function newMessageId(): string {
  return `msg_${randomUUID().replaceAll('-', '')}`
}

function keyOf(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('a signing secret starts with whsec_')
  return Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64')
}

export type SignedHeaders = {
  'webhook-id': string
  'webhook-timestamp': string
  'webhook-signature': string
}

/** The three headers for `body` (sent byte for byte as signed), one signature per secret. */
export function signMessage(
  messageId: string,
  body: string,
  secrets: string[],
  now: Date = new Date(),
): SignedHeaders {
  const timestamp = Math.floor(now.getTime() / 1000).toString()
  const signedContent = `${messageId}.${timestamp}.${body}`
  const signatures = secrets.map(
    (secret) => `v1,${createHmac('sha256', keyOf(secret)).update(signedContent).digest('base64')}`,
  )
  return {
    'webhook-id': messageId,
    'webhook-timestamp': timestamp,
    'webhook-signature': signatures.join(' '),
  }
}
