/**
 * Trying the CMS locally should need no setup, yet production must never run on a guessable secret.
 * So on the embedded database (a local install) a missing PAYLOAD_SECRET is generated once and kept in
 * `.env`; with DATABASE_URL set (a deployment) nothing is generated and the server's guard applies.
 */
import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'

import { DOTENV_PATH } from '../../src/dotenv'

export function ensureLocalSecret(): void {
  if (process.env.PAYLOAD_SECRET || process.env.DATABASE_URL) return
  const secret = randomBytes(32).toString('hex')
  const existing = existsSync(DOTENV_PATH) ? readFileSync(DOTENV_PATH, 'utf8') : ''
  const separator = existing && !existing.endsWith('\n') ? '\n' : ''
  appendFileSync(
    DOTENV_PATH,
    `${separator}# Generated on first start for this local install.\nPAYLOAD_SECRET=${secret}\n`,
  )
  process.env.PAYLOAD_SECRET = secret
  console.log('Generated a random PAYLOAD_SECRET for this local install and saved it in .env.')
}
