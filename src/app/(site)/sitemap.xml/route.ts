import { siteEnabled } from '../../../site/cms'
import { documentResponse, notFoundResponse } from '../../../site/documentResponse'
import { siteOrigin } from '../../../site/origin'
import { loadSitemap, renderSitemap } from '../../../site/sitemap'

export const dynamic = 'force-dynamic'

/** Every published page of the reader site, for search engines (src/site/sitemap.ts). */
export async function GET(request: Request): Promise<Response> {
  if (!siteEnabled()) return notFoundResponse()
  const entries = await loadSitemap(siteOrigin(request))
  return documentResponse(request, renderSitemap(entries), 'application/xml; charset=utf-8')
}
