/**
 * Lapsed providers: an author listed on a clinical service who no longer practises clinically
 * (`practicesClinically`, stored on the author from their credentials and kept in step with the
 * calendar). The save of a clinical service refuses them (hooks/checkClinicalRules.ts); a license
 * that lapses afterwards — it expires, or an editor marks it unverified — is handled here:
 *
 * - readers (everyone but editors, admins and the server's own calls) never see them as providing
 *   the clinical service: not in its `providers` (hooks/hideLapsedProviders.ts), not through the
 *   author's `servicesOffered`, not by filtering services on them
 *   (hooks/hideLapsedProvidersInWhere.ts);
 * - editors see them, named in the service's stored `lapsedProviders`
 *   (hooks/recordLapsedProviders.ts, recomputed when an author's status changes:
 *   Authors/hooks/recheckClinicalServices.ts), in the services list and on their dashboard.
 *
 * What a read needs to decide is looked up once per request and remembered on `req.context`: the
 * authors who practise clinically, and the clinical services (when a read did not load `kind`).
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { hasRole, type UserWithRoles } from '../shared/roles.ts'

/** The author field: stored from the credentials (Authors/credentials.ts, `mayPracticeClinically`). */
export const PRACTICES_CLINICALLY = 'practicesClinically'

/**
 * Request context key: the save recomputes `lapsedProviders` only, for a change that happened to an
 * author (the clinical rules, which refuse a lapsed provider, are the editor's to meet on their next
 * save, not a reason to refuse recording the lapse).
 */
export const RECHECKING_LAPSED_PROVIDERS = 'invitedRecheckingLapsedProviders'

const PRACTISING_AUTHORS = 'invitedPractisingAuthorIds'
const CLINICAL_SERVICES = 'invitedClinicalServiceIds'

/** Editors and admins (who fix a lapse) and the server's own calls see every provider. */
export const seesLapsedProviders = (req: PayloadRequest, overrideAccess?: boolean): boolean =>
  overrideAccess === true || hasRole(req.user, 'editor')

function once(req: PayloadRequest, key: string, load: () => Promise<Set<string>>) {
  req.context ??= {}
  const known = req.context[key]
  if (known instanceof Promise) return known as Promise<Set<string>>
  const loading = load().catch((error: unknown) => {
    delete req.context[key]
    throw error
  })
  req.context[key] = loading
  return loading
}

/** The ids (as strings) of the authors who practise clinically today, once per request. */
export const practisingAuthorIds = (req: PayloadRequest, authorsSlug: string) =>
  once(req, PRACTISING_AUTHORS, async () => {
    const { docs } = await req.payload.find({
      collection: authorsSlug,
      where: { [PRACTICES_CLINICALLY]: { equals: true } },
      select: { [PRACTICES_CLINICALLY]: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return new Set(docs.map((doc) => String(doc.id)))
  })

/** The ids (as strings) of the clinical services, once per request. */
export const clinicalServiceIds = (req: PayloadRequest, servicesSlug: string) =>
  once(req, CLINICAL_SERVICES, async () => {
    const { docs } = await req.payload.find({
      collection: servicesSlug,
      where: { kind: { equals: 'clinical' } },
      select: { kind: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return new Set(docs.map((doc) => String(doc.id)))
  })

/** Services with at least one lapsed provider: the services list's filter and the dashboard's. */
export const HAS_LAPSED_PROVIDER: Where = { lapsedProviders: { exists: true } }

export type ServiceWithLapsedProviders = {
  id: number | string
  title: string
  /** The lapsed providers' display names. */
  lapsedProviders: string[]
}

/** The clinical services to fix, as `user` may read them (editors and admins): for the dashboard. */
export async function servicesWithLapsedProviders(
  payload: Payload,
  {
    servicesSlug,
    authorsSlug,
    user,
    limit = 10,
  }: { servicesSlug: string; authorsSlug: string; user: UserWithRoles; limit?: number },
): Promise<{ docs: ServiceWithLapsedProviders[]; totalDocs: number }> {
  const found = await payload.find({
    collection: servicesSlug,
    where: HAS_LAPSED_PROVIDER,
    sort: 'title',
    limit,
    depth: 1,
    select: { title: true, lapsedProviders: true },
    populate: { [authorsSlug]: { name: true, displayName: true } },
    overrideAccess: false,
    user: user as never,
  })
  type Author = { name?: string | null; displayName?: string | null }
  return {
    totalDocs: found.totalDocs,
    docs: found.docs.map((doc) => ({
      id: doc.id,
      title: String(doc.title ?? doc.id),
      lapsedProviders: ((doc.lapsedProviders ?? []) as (Author | number | string)[]).map(
        (author) =>
          typeof author === 'object' ? String(author.displayName || author.name) : String(author),
      ),
    })),
  }
}
