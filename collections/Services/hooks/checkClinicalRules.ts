/**
 * The clinical rules of a service, checked before anything is written:
 * - a clinical service lists only providers who hold an active, verified license that permits
 *   clinical practice (an expired or unverified license, or a coaching certification, does not count);
 * - a non-clinical service (coaching) cannot require a diagnosis.
 * A violation is a 400 naming the provider, so an editor knows exactly what to fix.
 * A provider whose license lapses after the save stays listed until an editor's next save, which
 * this refuses until the provider is removed or the license renewed; meanwhile readers do not see
 * them (../lapsedProviders.ts). Not checked when the save only records such a lapse
 * (RECHECKING_LAPSED_PROVIDERS): that save must not be refused for the very lapse it records.
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { mayPracticeClinically, type HeldCredential } from '../../Authors/credentials.ts'
import { idOf, type RelationValue } from '../../shared/relations.ts'
import { RECHECKING_LAPSED_PROVIDERS } from '../lapsedProviders.ts'

export const checkClinicalRules =
  (authorsSlug: string): CollectionBeforeChangeHook =>
  async ({ collection, context, data, originalDoc, req }) => {
    if (context[RECHECKING_LAPSED_PROVIDERS] === true) return data
    const kind = data.kind ?? originalDoc?.kind
    const errors: { path: string; message: string }[] = []

    if (kind !== 'clinical' && (data.requiresDiagnosis ?? originalDoc?.requiresDiagnosis)) {
      errors.push({
        path: 'requiresDiagnosis',
        message: 'A non-clinical service cannot require a diagnosis.',
      })
    }

    if (kind === 'clinical') {
      const providerIds = ((data.providers ?? originalDoc?.providers ?? []) as RelationValue[]).map(
        idOf,
      )
      if (providerIds.length > 0) {
        const { docs } = await req.payload.find({
          collection: authorsSlug,
          where: { id: { in: providerIds } },
          limit: providerIds.length,
          depth: 0,
          overrideAccess: true,
          req,
        })
        const found = new Set(docs.map((author) => String(author.id)))
        for (const id of providerIds.filter((providerId) => !found.has(String(providerId)))) {
          errors.push({ path: 'providers', message: `Provider ${id} does not exist.` })
        }
        for (const author of docs) {
          if (!mayPracticeClinically((author.credentials ?? []) as HeldCredential[])) {
            errors.push({
              path: 'providers',
              message: `${author.name} cannot provide a clinical service: they hold no active, verified license that permits clinical practice.`,
            })
          }
        }
      }
    }

    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
    return data
  }
