import { categoryFeedRoute } from '../../../../../site/feeds/routes'

export const dynamic = 'force-dynamic'

/** The newest published articles of one category (src/site/feeds/routes.ts). */
export const GET = categoryFeedRoute('json')
