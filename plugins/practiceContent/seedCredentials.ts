/**
 * Puts the configured credentials into the catalogue when they are missing. Matching is by
 * abbreviation; an existing entry an editor may have corrected is left as it is.
 */
import type { Payload } from 'payload'

import type { CredentialDefinition } from '../../collections/Credentials/catalogue.ts'

export async function seedCredentialCatalogue(
  payload: Payload,
  credentialsSlug: string,
  catalogue: CredentialDefinition[],
) {
  if (catalogue.length === 0) return 0
  const collection = credentialsSlug
  const { docs } = await payload.find({
    collection,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const present = new Set(docs.map((doc) => doc.abbreviation))
  let created = 0
  for (const credential of catalogue) {
    if (present.has(credential.abbreviation)) continue
    await payload.create({ collection, data: credential, overrideAccess: true })
    created++
  }
  return created
}
