/**
 * Old addresses lead to the current one: the CMS finds a document by a slug it had before and
 * answers its current slug, and the site then redirects permanently (308), keeping the query string.
 */
import { permanentRedirect } from 'next/navigation'

/** Redirects when the CMS answered a document whose slug is not the one in the address. */
export function goToCurrentSlug(
  pathOf: (slug: string) => string,
  requested: string,
  current: string | null | undefined,
  query = '',
): void {
  if (current && current !== requested) permanentRedirect(`${pathOf(current)}${query}`)
}
