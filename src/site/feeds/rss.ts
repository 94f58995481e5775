/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification). RSS has no per-item author name without an
 * email, nor an update date: Dublin Core's `dc:creator` and Atom's `atom:updated` say them, as feed
 * readers expect; `atom:link rel="self"` names the feed's own address.
 */
import { element, emptyElement, XML_DECLARATION } from '../xml'
import type { Feed, FeedEntry } from './feed'

/** RFC 822 dates, as RSS wants them: "Mon, 30 Mar 2026 09:00:00 GMT". */
const rfc822 = (iso: string) => new Date(iso).toUTCString()

function item(entry: FeedEntry): string {
  return [
    '<item>',
    element('title', entry.title),
    element('link', entry.url),
    element('guid', entry.id, { isPermaLink: 'false' }),
    entry.published ? element('pubDate', rfc822(entry.published)) : '',
    element('atom:updated', entry.updated),
    ...entry.authors.map((author) => element('dc:creator', author.name)),
    element('description', entry.summary),
    ...entry.categories.map((category) =>
      element('category', category.label, { domain: category.url }),
    ),
    '</item>',
  ]
    .filter(Boolean)
    .join('\n')
}

export function renderRss(feed: Feed): string {
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.pageUrl),
    element('description', feed.description),
    element('language', feed.language),
    element('lastBuildDate', rfc822(feed.updated)),
    emptyElement('atom:link', {
      href: feed.feedUrls.rss,
      rel: 'self',
      type: 'application/rss+xml',
    }),
    ...feed.entries.map(item),
    '</channel>',
    '</rss>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n')
}
