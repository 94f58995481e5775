/**
 * How a plugin adds widgets to Payload's dashboard and places them on each user's default layout.
 * Plugins compose: each puts the widgets its user's roles call for above what the config (or an earlier
 * plugin) already shows, and Payload's collection cards stay at the bottom. A user who rearranges
 * their dashboard keeps their own layout; every widget checks the user's rights again when it renders.
 */
import type { Config, PayloadRequest, Widget, WidgetInstance } from 'payload'

type DefaultLayout = NonNullable<
  NonNullable<NonNullable<Config['admin']>['dashboard']>['defaultLayout']
>

/** Payload's own default: the collection cards, full width. */
const COLLECTION_CARDS = [{ widgetSlug: 'collections', width: 'full' }] as WidgetInstance[]

export type DashboardWidgets = {
  widgets: Widget[]
  /** The widgets a user's default dashboard starts with, from this plugin. */
  layoutFor: (req: PayloadRequest) => WidgetInstance[] | Promise<WidgetInstance[]>
}

export function withDashboardWidgets(
  config: Config,
  { widgets, layoutFor }: DashboardWidgets,
): Config {
  const dashboard = config.admin?.dashboard
  const earlier: DefaultLayout = dashboard?.defaultLayout ?? COLLECTION_CARDS
  const defaultLayout: DefaultLayout = async ({ req }) => [
    ...(await layoutFor(req)),
    ...(typeof earlier === 'function' ? await earlier({ req }) : earlier),
  ]
  return {
    ...config,
    admin: {
      ...config.admin,
      dashboard: {
        ...dashboard,
        widgets: [...(dashboard?.widgets ?? []), ...widgets],
        defaultLayout,
      },
    },
  }
}
