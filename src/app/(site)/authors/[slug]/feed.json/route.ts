import { authorFeedRoute } from '../../../../../site/feeds/routes'

export const dynamic = 'force-dynamic'

/** The newest published articles of one author (src/site/feeds/routes.ts). */
export const GET = authorFeedRoute('json')
