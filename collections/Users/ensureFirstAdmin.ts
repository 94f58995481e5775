/**
 * First run: a CMS with no users gets one admin, so a fresh install can be signed into at once.
 * The credentials come from ADMIN_EMAIL / ADMIN_PASSWORD when set; otherwise the password is random
 * and printed exactly once — it is never a fixed default anyone could guess.
 */
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

export const DEFAULT_FIRST_ADMIN_EMAIL = 'admin@example.com'

export type FirstAdminOptions = {
  usersSlug: string
  email?: string
  password?: string
  /** Where the generated password is shown; the console by default. */
  announce?: (message: string) => void
}

export type FirstAdminResult =
  { created: false } | { created: true; email: string; passwordWasGenerated: boolean }

const printToConsole = (message: string) => process.stdout.write(`${message}\n`)

export async function ensureFirstAdmin(
  payload: Payload,
  { usersSlug, email, password, announce = printToConsole }: FirstAdminOptions,
): Promise<FirstAdminResult> {
  const { totalDocs } = await payload.count({ collection: usersSlug, overrideAccess: true })
  if (totalDocs > 0) return { created: false }

  const adminEmail = email || DEFAULT_FIRST_ADMIN_EMAIL
  const passwordWasGenerated = !password
  const adminPassword = password || randomBytes(18).toString('base64url')

  try {
    await payload.create({
      collection: usersSlug,
      data: { email: adminEmail, password: adminPassword, name: 'Administrator', roles: ['admin'] },
      overrideAccess: true,
    })
  } catch (error) {
    // Another instance sharing this database won the race and created the first admin: that is fine.
    const { totalDocs: usersNow } = await payload.count({
      collection: usersSlug,
      overrideAccess: true,
    })
    if (usersNow > 0) return { created: false }
    throw error
  }

  if (passwordWasGenerated) {
    announce(
      [
        '',
        '==== First run: created the admin account. The password is shown only this once. ====',
        `  email:    ${adminEmail}`,
        `  password: ${adminPassword}`,
        '  Sign in at /admin and change it under your account.',
        '======================================================================================',
        '',
      ].join('\n'),
    )
  } else {
    payload.logger.info(
      `First run: created the admin account ${adminEmail} from ADMIN_EMAIL/ADMIN_PASSWORD.`,
    )
  }
  return { created: true, email: adminEmail, passwordWasGenerated }
}
