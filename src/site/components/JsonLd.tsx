import React from 'react'

/**
 * schema.org structured data, as the CMS's API returns it, for search engines. `<` is escaped so no
 * value can close the script element early.
 */
export function JsonLd({ data }: { data: Record<string, unknown> | null | undefined }) {
  if (!data) return null
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}
