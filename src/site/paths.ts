/**
 * The reader site's pages for each kind of document: the change feed names them in its events, so a
 * front end (or a CDN) knows which pages to refresh. Articles also appear on the home page's list.
 */
type Doc = Record<string, unknown>

const bySlug =
  (prefix: string, alsoOn: string[] = []) =>
  (doc: Doc) =>
    typeof doc.slug === 'string' && doc.slug ? [`${prefix}/${doc.slug}`, ...alsoOn] : alsoOn

export const readerSitePaths: Record<string, (doc: Doc) => string[]> = {
  articles: bySlug('/articles', ['/']),
  authors: bySlug('/authors'),
  services: bySlug('/services'),
  categories: bySlug('/categories'),
}
