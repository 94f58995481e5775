/**
 * Stores what the credentials say — `displayName`, `practicesClinically` and the editors'
 * `expiringLicenses` alert — on every save, computed from the saved name and credentials (a partial
 * update falls back to the stored ones). Stored rather than computed on read, because a read hook
 * only sees the fields a request happened to load: `select`, `defaultPopulate` and joins would show
 * a name without its credentials. Runs after copyCredentialFacts, which fills each entry's abbreviation and kind.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { credentialSummary, type HeldCredential } from '../credentials.ts'

/** Request context key: the day to compute as of (ISO date), for the daily refresh and its tests. */
export const CREDENTIALS_AS_OF = 'invitedCredentialsAsOf'

export const summarizeCredentials: CollectionBeforeChangeHook = ({
  context,
  data,
  originalDoc,
}) => {
  const name = (data.name ?? originalDoc?.name) as string | undefined
  const credentials = (data.credentials ?? originalDoc?.credentials ?? []) as HeldCredential[]
  const asOf =
    typeof context[CREDENTIALS_AS_OF] === 'string'
      ? new Date(context[CREDENTIALS_AS_OF])
      : new Date()
  Object.assign(data, credentialSummary(name, credentials, asOf))
  return data
}
