/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
import type { Feed, FeedPerson } from './feed'

const person = ({ name, url }: FeedPerson) => (url ? { name, url } : { name })

export function renderJsonFeed(feed: Feed): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.pageUrl,
      feed_url: feed.feedUrls.json,
      description: feed.description,
      language: feed.language,
      authors: [person(feed.publisher)],
      items: feed.entries.map((entry) => ({
        id: entry.id,
        url: entry.url,
        title: entry.title,
        ...(entry.summary ? { summary: entry.summary } : {}),
        // An item must have content: the feeds carry the summary, the article is on its page.
        content_text: entry.summary ?? entry.title,
        ...(entry.published ? { date_published: entry.published } : {}),
        date_modified: entry.updated,
        authors: entry.authors.map(person),
        tags: entry.categories.map((category) => category.label),
      })),
    },
    null,
    2,
  )}\n`
}
