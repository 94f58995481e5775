/**
 * When an author starts or stops practising clinically (`practicesClinically`: a license expired —
 * the daily refresh —, was marked unverified, was renewed …), every clinical service that lists them
 * records it in its `lapsedProviders` (Services/hooks/recordLapsedProviders.ts). Each service is saved
 * through the Local API, in this request's transaction, so that what follows a change of a public
 * document (versions, the response cache's change hooks) sees the service change too — without the
 * clinical rules, which would refuse the very lapse being recorded.
 */
import type { CollectionAfterChangeHook } from 'payload'

import {
  PRACTICES_CLINICALLY,
  RECHECKING_LAPSED_PROVIDERS,
} from '../../Services/lapsedProviders.ts'

export const recheckClinicalServices =
  (servicesSlug: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update') return doc
    if (Boolean(doc[PRACTICES_CLINICALLY]) === Boolean(previousDoc?.[PRACTICES_CLINICALLY]))
      return doc
    const { docs } = await req.payload.find({
      collection: servicesSlug,
      where: { and: [{ providers: { equals: doc.id } }, { kind: { equals: 'clinical' } }] },
      select: { kind: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    // The Local API merges a call's context into the request's for good: restored afterwards, so
    // that nothing else this request saves skips the clinical rules.
    const context = req.context
    try {
      for (const service of docs) {
        await req.payload.update({
          collection: servicesSlug,
          id: service.id,
          data: {},
          depth: 0,
          overrideAccess: true,
          context: { [RECHECKING_LAPSED_PROVIDERS]: true },
          req,
        })
      }
    } finally {
      req.context = context
    }
    return doc
  }
