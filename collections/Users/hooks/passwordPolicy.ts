/**
 * Passwords for staff accounts: long enough, not one of the passwords every attacker tries first, not
 * one character repeated. Checked before Payload hashes it — on account creation, on a change, and on a
 * reset through the emailed link — so no path sets a weak password. Length over complexity rules, as
 * NIST SP 800-63B recommends; Payload itself only asks for 3 characters.
 */
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

export const DEFAULT_MIN_PASSWORD_LENGTH = 12
/** Beyond this, hashing a password costs the server more than it protects anyone. */
const MAX_PASSWORD_LENGTH = 256

/** Long, well-known passwords that meet the length alone (lower case, compared case-insensitively). */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  'qwertyuiopasdf',
  'qwerty123456',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'iloveyou1234',
  'administrator',
  'administrator1',
  'letmein12345',
  'welcome12345',
  'changeme1234',
  'therapist123',
  'counseling123',
])

/** What is wrong with this password, or undefined when it is acceptable. */
export function passwordProblem(password: string, minLength: number): string | undefined {
  if (password.length < minLength) return `Use at least ${minLength} characters.`
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`
  if (new Set(password).size === 1) return 'Use more than one repeated character.'
  if (COMMON_PASSWORDS.has(password.toLowerCase()))
    return 'This password is among the most commonly used ones: choose another.'
  return undefined
}

export const enforcePasswordPolicy =
  (minLength: number): CollectionBeforeOperationHook =>
  ({ args, collection, operation }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword')
      return args
    const password = (args as { data?: { password?: unknown } }).data?.password
    if (typeof password !== 'string') return args
    const problem = passwordProblem(password, minLength)
    if (problem) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'password', message: problem }],
      })
    }
    return args
  }
