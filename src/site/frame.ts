/**
 * What every page of the reader site shows around its content (the practice, the topics), read
 * once per request: the layout, its metadata and a page's metadata share the answer.
 */
import { cache } from 'react'

import { cmsQuery } from './cms'
import { UNNAMED_PRACTICE } from './feeds/feed'
import { SiteFrameDocument } from './graphql/generated'

export const loadFrame = cache(async () =>
  cmsQuery(SiteFrameDocument, {}, { shows: { frame: true } }),
)

/** The practice's name, as the site and its feeds call it. */
export const practiceName = async (): Promise<string> =>
  (await loadFrame()).Practice?.name ?? UNNAMED_PRACTICE
