/**
 * Stores a service's `lapsedProviders` on every save: the listed providers of a clinical service who
 * do not practise clinically (their stored `practicesClinically`, the same fact readers' views go by);
 * none for a non-clinical service. After checkClinicalRules has passed, an editor's save stores none;
 * the recompute that follows a change to an author (RECHECKING_LAPSED_PROVIDERS) stores the lapse.
 * Whatever a client sends here is replaced.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, type RelationValue } from '../../shared/relations.ts'
import { PRACTICES_CLINICALLY } from '../lapsedProviders.ts'

export const recordLapsedProviders =
  (authorsSlug: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const kind = data.kind ?? originalDoc?.kind
    const providerIds = ((data.providers ?? originalDoc?.providers ?? []) as RelationValue[])
      .map(idOf)
      .filter((id): id is number | string => id !== null && id !== undefined)
    if (kind !== 'clinical' || providerIds.length === 0) {
      data.lapsedProviders = []
      return data
    }
    const { docs } = await req.payload.find({
      collection: authorsSlug,
      where: {
        and: [{ id: { in: providerIds } }, { [PRACTICES_CLINICALLY]: { not_equals: true } }],
      },
      select: { [PRACTICES_CLINICALLY]: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const lapsed = new Set(docs.map((author) => String(author.id)))
    // In the providers' own order.
    data.lapsedProviders = providerIds.filter((id) => lapsed.has(String(id)))
    return data
  }
