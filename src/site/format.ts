/** How the site words the CMS's values for readers. */

const DATE = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "Mar 30, 2026" (dates are kept in UTC, as the CMS stores them). */
export const formatDate = (iso: string | null | undefined) =>
  iso ? DATE.format(new Date(iso)) : ''

/** "2 min read" */
export const formatReadingTime = (minutes: number | null | undefined) =>
  `${Math.max(1, Math.round(minutes ?? 1))} min read`

export const formatMoney = (
  amount: number | null | undefined,
  currency: string | null | undefined,
) =>
  amount === null || amount === undefined
    ? ''
    : new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: currency ?? 'USD',
        maximumFractionDigits: 0,
      }).format(amount)

export const FREQUENCY_LABELS: Record<string, string> = {
  weekly: 'weekly',
  biweekly: 'every two weeks',
  monthly: 'monthly',
  quarterly: 'quarterly',
  as_needed: 'as needed',
}

export const FORMAT_LABELS: Record<string, string> = {
  in_person: 'in person',
  telehealth: 'telehealth',
}

export const CREDENTIAL_KIND_LABELS: Record<string, string> = {
  degree: 'Degree',
  license: 'License',
  certification: 'Certification',
}

/** "a, b and c" */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
