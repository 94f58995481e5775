/** How the admin's server-rendered widgets say when something happened or will happen. */

/** "in 3 days", "5 minutes ago": how far a moment is from now, in the largest whole unit. */
export function relativeTime(moment: string | Date, now = Date.now()): string {
  const seconds = Math.round((new Date(moment).getTime() - now) / 1000)
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ]
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit)
  }
  return format.format(seconds, 'second')
}

/** "Dec 1, 2026, 3:00 PM UTC": the server does not know the reader's time zone, so it says which. */
export const absoluteTime = (moment: string | Date) =>
  `${new Date(moment).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`
