import Link from 'next/link'
import React from 'react'

/**
 * Previous / next page links for a paginated list at `basePath` (?page=N), keeping `query` (the
 * search page's `q`) in every link.
 */
export function Pagination({
  basePath,
  page,
  totalPages,
  query = {},
  labels = { previous: '← Newer', next: 'Older →' },
}: {
  basePath: string
  page: number
  totalPages: number
  query?: Record<string, string>
  labels?: { previous: string; next: string }
}) {
  if (totalPages <= 1) return null
  const href = (target: number) => {
    const params = new URLSearchParams(query)
    if (target > 1) params.set('page', String(target))
    const search = params.toString()
    return search ? `${basePath}?${search}` : basePath
  }
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** The page number in `?page=`, or 1; anything that is not a whole number from 1 up is refused (404). */
export function pageFrom(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1
  return typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null
}
