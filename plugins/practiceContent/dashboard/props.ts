import type { WidgetServerProps } from 'payload'

/** What the content plugin's widgets are given besides Payload's widget props. */
export type ContentWidgetProps = WidgetServerProps & {
  articlesSlug: string
  authorsSlug: string
  servicesSlug: string
  reviewIntervalMonths: number
}
