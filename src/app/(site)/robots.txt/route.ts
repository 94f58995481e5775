import { siteEnabled } from '../../../site/cms'
import { documentResponse, notFoundResponse } from '../../../site/documentResponse'
import { siteOrigin } from '../../../site/origin'
import { renderRobots } from '../../../site/sitemap'

export const dynamic = 'force-dynamic'

/** What crawlers may read, and where the sitemap is (src/site/sitemap.ts). */
export async function GET(request: Request): Promise<Response> {
  if (!siteEnabled()) return notFoundResponse()
  return documentResponse(request, renderRobots(siteOrigin(request)), 'text/plain; charset=utf-8')
}
