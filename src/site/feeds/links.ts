/**
 * `<link rel="alternate">` to the feeds, for every page's head (Next's `alternates.types`): the site's
 * three feeds everywhere, and a category's or author's on its page. Relative addresses resolve
 * against `metadataBase` (SITE_URL or SERVER_URL) when set, else against the page's own address.
 */
import type { Metadata } from 'next'

import { FEED_CONTENT_TYPES, feedPaths, sitePaths, type FeedFormat } from '../paths'
import { feedTitles } from './feed'

type FeedLink = { title: string; page: string }

const FORMATS = Object.keys(FEED_CONTENT_TYPES) as FeedFormat[]

export function feedAlternates(links: FeedLink[]): NonNullable<Metadata['alternates']>['types'] {
  return Object.fromEntries(
    FORMATS.map((format) => [
      FEED_CONTENT_TYPES[format],
      links.map(({ title, page }) => ({ title, url: feedPaths(page)[format] })),
    ]),
  )
}

export const siteFeedLink = (practice: string): FeedLink => ({
  title: feedTitles.site(practice),
  page: sitePaths.home,
})

export const categoryFeedLink = (slug: string, title: string, practice: string): FeedLink => ({
  title: feedTitles.category(title, practice),
  page: sitePaths.category(slug),
})

export const authorFeedLink = (slug: string, name: string, practice: string): FeedLink => ({
  title: feedTitles.author(name, practice),
  page: sitePaths.author(slug),
})
