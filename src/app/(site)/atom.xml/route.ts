import { siteFeedRoute } from '../../../site/feeds/routes'

export const dynamic = 'force-dynamic'

/** The newest published articles of the whole site (src/site/feeds/routes.ts). */
export const GET = siteFeedRoute('atom')
