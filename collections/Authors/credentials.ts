/**
 * What an author's credentials say in public: the display name ("Lauren Farina, MSW, LCSW") and
 * whether they may provide clinical services (`practicesClinically`). Pure functions over the stored
 * entries. Their results are stored on the author (hooks/summarizeCredentials.ts) so every read path
 * returns the same value, and refreshed daily (refreshCredentialSummaries.ts) so a license that
 * expires tonight leaves the name — and the clinical services readers see — tomorrow without anyone
 * saving the profile.
 */
import type { CredentialKind } from '../Credentials/catalogue.ts'

/** One entry of an author's `credentials` array, with the catalogue facts copied in on save. */
export type HeldCredential = {
  abbreviation?: string | null
  kind?: CredentialKind | string | null
  permitsClinicalPractice?: boolean | null
  jurisdiction?: string | null
  expiresOn?: string | Date | null
  verifiedAt?: string | Date | null
}

const KIND_ORDER: Record<string, number> = { degree: 0, license: 1, certification: 2 }

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate())

export function isExpired(credential: HeldCredential, today: Date = new Date()): boolean {
  if (!credential.expiresOn) return false
  return new Date(credential.expiresOn) < startOfDay(today)
}

/** A license counts only while it is verified and not expired; degrees and certifications always count. */
export function isCurrent(credential: HeldCredential, today: Date = new Date()): boolean {
  if (credential.kind !== 'license') return true
  return Boolean(credential.verifiedAt) && !isExpired(credential, today)
}

/** "Lauren Farina, MSW, LCSW": degrees, then licenses, then certifications, each once. */
export function computeDisplayName(
  name: string | null | undefined,
  credentials: HeldCredential[] = [],
  today = new Date(),
) {
  if (!name) return ''
  const shown = credentials
    .map((credential, index) => ({ credential, index }))
    .filter(({ credential }) => credential.abbreviation && isCurrent(credential, today))
    .sort(
      (a, b) =>
        (KIND_ORDER[a.credential.kind ?? ''] ?? 3) - (KIND_ORDER[b.credential.kind ?? ''] ?? 3) ||
        a.index - b.index,
    )
    .map(({ credential }) => credential.abbreviation as string)
  const unique = [...new Set(shown)]
  return unique.length > 0 ? `${name}, ${unique.join(', ')}` : name
}

/** Holds an active, verified license that permits clinical practice. */
export function mayPracticeClinically(
  credentials: HeldCredential[] = [],
  today = new Date(),
): boolean {
  return credentials.some(
    (credential) =>
      credential.kind === 'license' &&
      credential.permitsClinicalPractice === true &&
      isCurrent(credential, today),
  )
}

export const EXPIRY_WARNING_DAYS = 60

/** Licenses that expire within the warning window (or already have), for the editors' list view. */
export function expiringLicenses(
  credentials: HeldCredential[] = [],
  today = new Date(),
  withinDays = EXPIRY_WARNING_DAYS,
) {
  const horizon = new Date(startOfDay(today).getTime() + withinDays * 24 * 60 * 60 * 1000)
  return credentials
    .filter(
      (credential) =>
        credential.kind === 'license' &&
        credential.expiresOn &&
        new Date(credential.expiresOn) <= horizon,
    )
    .map((credential) => {
      const date = new Date(credential.expiresOn as string).toISOString().slice(0, 10)
      const where = credential.jurisdiction ? ` (${credential.jurisdiction})` : ''
      return `${credential.abbreviation}${where} ${isExpired(credential, today) ? 'expired' : 'expires'} ${date}`
    })
}

/** The values stored on an author from its name and credentials, as of `today`. */
export function credentialSummary(
  name: string | null | undefined,
  credentials: HeldCredential[] = [],
  today = new Date(),
) {
  return {
    displayName: computeDisplayName(name, credentials, today),
    expiringLicenses: expiringLicenses(credentials, today).join('; ') || null,
    practicesClinically: mayPracticeClinically(credentials, today),
  }
}
