/**
 * The editors' license widget: authors with a license that expires within the warning window (or
 * has expired), as the authors' stored `expiringLicenses` summary says — kept current daily; and
 * the clinical services that list a provider whose license has lapsed since (their stored
 * `lapsedProviders`): readers no longer see that provider there, and the service cannot be saved
 * until an editor removes them or renews the license.
 */
import React from 'react'

import { EXPIRY_WARNING_DAYS } from '../../../collections/Authors/credentials.ts'
import {
  HAS_LAPSED_PROVIDER,
  servicesWithLapsedProviders,
} from '../../../collections/Services/lapsedProviders.ts'
import { hasRole } from '../../../collections/shared/roles.ts'
import { documentHref, listHref } from '../../../collections/shared/admin/links.ts'
import { WidgetCard } from '../../shared/admin/WidgetCard.tsx'
import type { ContentWidgetProps } from './props.ts'

export async function ExpiringLicensesWidget({
  req,
  user,
  authorsSlug,
  servicesSlug,
}: ContentWidgetProps) {
  if (!user || !hasRole(user, 'editor')) return null
  // Stored as null when nothing expires (credentials.ts), so "exists" is the list of alerts.
  const expiring = { expiringLicenses: { exists: true } }
  const found = await req.payload.find({
    collection: authorsSlug,
    where: expiring,
    sort: 'name',
    limit: 10,
    depth: 0,
    select: { displayName: true, name: true, expiringLicenses: true },
    overrideAccess: false,
    user,
  })
  const lapsed = await servicesWithLapsedProviders(req.payload, { servicesSlug, authorsSlug, user })
  return (
    <WidgetCard
      id="expiring-licenses"
      title="Licenses"
      sections={[
        {
          title: `Expiring within ${EXPIRY_WARNING_DAYS} days`,
          count: found.totalDocs,
          href: listHref(req.payload, authorsSlug, [expiring]),
          items: found.docs.map((author) => ({
            label: String(author.displayName || author.name),
            href: documentHref(req.payload, authorsSlug, author.id),
            detail: String(author.expiringLicenses ?? ''),
          })),
          empty: 'No license expires soon.',
        },
        {
          title: 'Clinical services with a lapsed provider',
          count: lapsed.totalDocs,
          href: listHref(req.payload, servicesSlug, [HAS_LAPSED_PROVIDER]),
          items: lapsed.docs.map((service) => ({
            label: service.title,
            href: documentHref(req.payload, servicesSlug, service.id),
            detail: `${service.lapsedProviders.join('; ')}: remove, or renew the license`,
          })),
          empty: 'Every clinical service’s providers are licensed.',
        },
      ]}
    />
  )
}
