/** Atom 1.0 (RFC 4287). */
import { element, emptyElement, XML_DECLARATION } from '../xml'
import type { Feed, FeedEntry, FeedPerson } from './feed'

const person = (tag: 'author', who: FeedPerson) =>
  `<${tag}>${element('name', who.name)}${element('uri', who.url)}</${tag}>`

function entry(item: FeedEntry, categoryScheme: string): string {
  return [
    '<entry>',
    element('id', item.id),
    element('title', item.title, { type: 'text' }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    element('published', item.published),
    element('updated', item.updated),
    ...item.authors.map((author) => person('author', author)),
    element('summary', item.summary, { type: 'text' }),
    ...item.categories.map((category) =>
      emptyElement('category', {
        term: category.term,
        label: category.label,
        scheme: categoryScheme,
      }),
    ),
    '</entry>',
  ]
    .filter(Boolean)
    .join('\n')
}

export function renderAtom(feed: Feed): string {
  // Categories are named by their slug; the scheme is where their pages are.
  const categoryScheme = `${feed.siteUrl}categories/`
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">`,
    // The feed's own address identifies it (the site's host changes it, as it changes every link).
    element('id', feed.feedUrls.atom),
    element('title', feed.title, { type: 'text' }),
    element('subtitle', feed.description, { type: 'text' }),
    emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.feedUrls.atom }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: feed.pageUrl }),
    element('updated', feed.updated),
    // Atom wants an author for every entry: entries without one are the practice's.
    person('author', feed.publisher),
    ...feed.entries.map((item) => entry(item, categoryScheme)),
    '</feed>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n')
}
