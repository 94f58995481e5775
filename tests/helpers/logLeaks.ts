/**
 * What a server's log must never contain, checked on every server a test starts (cmsProcess.ts):
 * the Payload secret, a password or the S3 secret key from its environment, a session token (JWT), or an email address
 * other than the first admin's (commenters' and staff's addresses are personal data; the first
 * admin's is printed on purpose, with a generated password, when the operator set none). Finds each
 * leak and says where, rather than a boolean.
 */
import { DEFAULT_FIRST_ADMIN_EMAIL } from '../../collections/Users/ensureFirstAdmin'

const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/
/** An address with a named domain; not the user@host of a (redacted) connection string. */
const EMAIL = /(?<![/\w.+-])[\w.+-]+@(?:[\w-]+\.)+[a-z]{2,}\b/gi

export function findLogLeaks(output: string, env: NodeJS.ProcessEnv): string[] {
  const leaks: string[] = []
  const lines = output.split('\n')
  const secrets = [env.PAYLOAD_SECRET, env.ADMIN_PASSWORD, env.S3_SECRET_ACCESS_KEY].filter(
    (value): value is string => typeof value === 'string' && value.length >= 8,
  )
  const allowedEmails = new Set([(env.ADMIN_EMAIL || DEFAULT_FIRST_ADMIN_EMAIL).toLowerCase()])
  lines.forEach((line, index) => {
    const where = `log line ${index + 1}: ${line.slice(0, 300)}`
    if (secrets.some((secret) => line.includes(secret))) leaks.push(`a secret, ${where}`)
    if (JWT.test(line)) leaks.push(`a token, ${where}`)
    for (const email of line.match(EMAIL) ?? []) {
      if (!allowedEmails.has(email.toLowerCase())) leaks.push(`the address ${email}, ${where}`)
    }
  })
  return leaks
}
