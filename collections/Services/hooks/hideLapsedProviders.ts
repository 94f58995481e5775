/**
 * Readers never see a lapsed provider (../lapsedProviders.ts) as providing a clinical service:
 * - `hideLapsedProviders`, on the service's `providers`: leaves out the providers who do not
 *   practise clinically when the service is clinical;
 * - `hideLapsedClinicalServices`, on the author's `servicesOffered` join: leaves out the clinical
 *   services when the author does not practise clinically.
 * Read hooks run before relationships are populated, so they see ids (or `{ id }` join rows) on every
 * path — REST at any depth, `select`, `populate`, `defaultPopulate`, GraphQL, the Local API — and
 * population only loads what is left. A read that did not load `kind` (or `practicesClinically`)
 * looks it up, once per request. Editors, admins and the server's own calls see everything.
 */
import type { FieldHook } from 'payload'

import { idOf, type RelationValue } from '../../shared/relations.ts'
import {
  clinicalServiceIds,
  practisingAuthorIds,
  PRACTICES_CLINICALLY,
  seesLapsedProviders,
} from '../lapsedProviders.ts'

type Doc = Record<string, unknown> | undefined

export const hideLapsedProviders =
  (authorsSlug: string, servicesSlug: string): FieldHook =>
  async ({ value, data, siblingData, req, overrideAccess }) => {
    if (!Array.isArray(value) || value.length === 0 || seesLapsedProviders(req, overrideAccess))
      return value
    const kind = (siblingData as Doc)?.kind
    const serviceId = (data as Doc)?.id as number | string | undefined
    const clinical =
      typeof kind === 'string'
        ? kind === 'clinical'
        : // Not loaded (`select`, `populate`): by the service's id; without one, the safe side.
          serviceId === undefined ||
          (await clinicalServiceIds(req, servicesSlug)).has(String(serviceId))
    if (!clinical) return value
    const practising = await practisingAuthorIds(req, authorsSlug)
    return (value as RelationValue[]).filter((provider) => {
      const id = idOf(provider)
      return id !== null && id !== undefined && practising.has(String(id))
    })
  }

type JoinValue = { docs?: unknown[]; totalDocs?: number; hasNextPage?: boolean }

export const hideLapsedClinicalServices =
  (authorsSlug: string, servicesSlug: string): FieldHook =>
  async ({ value, data, siblingData, req, overrideAccess }) => {
    const join = value as JoinValue | undefined
    if (
      !join ||
      typeof join !== 'object' ||
      !Array.isArray(join.docs) ||
      join.docs.length === 0 ||
      seesLapsedProviders(req, overrideAccess)
    )
      return value
    const stored = (siblingData as Doc)?.[PRACTICES_CLINICALLY]
    const authorId = (data as Doc)?.id as number | string | undefined
    const practising =
      typeof stored === 'boolean'
        ? stored
        : authorId !== undefined &&
          (await practisingAuthorIds(req, authorsSlug)).has(String(authorId))
    if (practising) return value
    const clinical = await clinicalServiceIds(req, servicesSlug)
    const docs = join.docs.filter((doc) => {
      if (doc && typeof doc === 'object' && typeof (doc as Doc)?.kind === 'string')
        return (doc as Doc)?.kind !== 'clinical'
      const id = idOf(doc as RelationValue)
      return id !== null && id !== undefined && !clinical.has(String(id))
    })
    if (docs.length === join.docs.length) return value
    if (typeof join.totalDocs !== 'number' || authorId === undefined) return { ...join, docs }
    // The count asked for (`count: true`) is of every page: less all the author's clinical services
    // (too few when the client’s join `where` had already left some of them out).
    const { totalDocs: hidden } = await req.payload.count({
      collection: servicesSlug,
      where: { and: [{ providers: { equals: authorId } }, { kind: { equals: 'clinical' } }] },
      overrideAccess: true,
      req,
    })
    return { ...join, docs, totalDocs: Math.max(0, join.totalDocs - hidden) }
  }
