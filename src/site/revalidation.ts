/**
 * What the reader site's cached reads are labelled with, and which labels a webhook message from the
 * CMS (docs/webhooks.md) makes stale. The labels are coarse on purpose — a practice's site is small,
 * and re-reading a little too much is cheap, while showing a stale page is not:
 *
 *   site          every cached read
 *   site:frame    the practice and the topics shown around every page
 *   site:lists    every list of articles (home, category, author and service pages, feeds, sitemap)
 *   path:<path>   the reads of one page (`/articles/<slug>` …), as the message's `paths` name them
 */
export type Shows = { paths?: string[]; lists?: boolean; frame?: boolean }

const ALL = 'site'
const FRAME = 'site:frame'
const LISTS = 'site:lists'
const pathTag = (path: string) => `path:${path}`

export function cacheTags({ paths = [], lists = false, frame = false }: Shows): string[] {
  return [ALL, ...(frame ? [FRAME] : []), ...(lists ? [LISTS] : []), ...paths.map(pathTag)]
}

export type CmsChangeMessage = { type?: unknown; data?: { paths?: unknown } }

/**
 * The labels a change makes stale. An article's change: its pages (old and new address) and every
 * list; an approved comment: its article's page. Anything else — an author's byline, a service, a
 * topic in the navigation, the practice in every footer — shows on many pages: everything.
 */
export function staleTags(message: CmsChangeMessage): string[] {
  const type = typeof message.type === 'string' ? message.type : ''
  const rawPaths = message.data?.paths
  const paths = Array.isArray(rawPaths)
    ? rawPaths.filter((path): path is string => typeof path === 'string')
    : []
  if (type.startsWith('article.')) return [LISTS, ...paths.map(pathTag)]
  if (type === 'comment.approved') return paths.map(pathTag)
  return [ALL]
}
