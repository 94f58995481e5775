/**
 * The feeds' route handlers, one per format and scope (src/app/(site)/feed.xml/route.ts …):
 *
 *   /feed.xml  /atom.xml  /feed.json                                   every article
 *   /categories/<slug>/feed.xml  …/atom.xml  …/feed.json               one category's
 *   /authors/<slug>/feed.xml     …/atom.xml  …/feed.json               one author's
 *
 * 404 for an unknown category or author, and for all of them with READER_SITE=false; 308 to the
 * current address for a category's or author's earlier slug.
 */
import { siteEnabled } from '../cms'
import { documentResponse, notFoundResponse } from '../documentResponse'
import { siteOrigin } from '../origin'
import { FEED_CONTENT_TYPES, feedPaths, type FeedFormat } from '../paths'
import { renderAtom } from './atom'
import type { Feed } from './feed'
import { renderJsonFeed } from './jsonFeed'
import { loadAuthorFeed, loadCategoryFeed, loadSiteFeed, type MovedFeed } from './load'
import { renderRss } from './rss'

const RENDERERS: Record<FeedFormat, (feed: Feed) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
}

type SlugContext = { params: Promise<{ slug: string }> }

async function answer(
  request: Request,
  format: FeedFormat,
  load: (origin: string) => Promise<Feed | MovedFeed | null>,
): Promise<Response> {
  if (!siteEnabled()) return notFoundResponse()
  const origin = siteOrigin(request)
  const feed = await load(origin)
  if (!feed) return notFoundResponse()
  // Subscribers keep the old address: send them, permanently, to the feed's current one.
  if ('movedTo' in feed) {
    return new Response(null, {
      status: 308,
      headers: { Location: `${origin}${feedPaths(feed.movedTo)[format]}` },
    })
  }
  return documentResponse(
    request,
    RENDERERS[format](feed),
    `${FEED_CONTENT_TYPES[format]}; charset=utf-8`,
  )
}

export const siteFeedRoute = (format: FeedFormat) => (request: Request) =>
  answer(request, format, loadSiteFeed)

export const categoryFeedRoute =
  (format: FeedFormat) =>
  async (request: Request, { params }: SlugContext) => {
    const { slug } = await params
    return answer(request, format, (origin) => loadCategoryFeed(origin, slug))
  }

export const authorFeedRoute =
  (format: FeedFormat) =>
  async (request: Request, { params }: SlugContext) => {
    const { slug } = await params
    return answer(request, format, (origin) => loadAuthorFeed(origin, slug))
  }
