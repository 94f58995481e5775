/**
 * The reader site: a real consumer of the CMS's public API (see src/site/cms.ts), living beside the
 * admin in this Next app. Every page is rendered per request from the API, so a publish shows at once.
 * READER_SITE=false turns it off for headless deployments with their own front end.
 */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { readSiteSettings } from '../../settings/site'
import { cmsQuery, siteEnabled } from '../../site/cms'
import { SiteFrameDocument } from '../../site/graphql/generated'
import './site.css'

export const dynamic = 'force-dynamic'

/** Once per request: the metadata and the layout share the answer. */
const loadFrame = cache(async () => cmsQuery(SiteFrameDocument, {}))

export async function generateMetadata(): Promise<Metadata> {
  if (!siteEnabled()) return {}
  const { Practice } = await loadFrame()
  const { publicOrigin } = readSiteSettings()
  return {
    title: {
      default: Practice?.name ?? 'Articles',
      template: `%s — ${Practice?.name ?? 'Articles'}`,
    },
    description: Practice?.tagline ?? undefined,
    metadataBase: publicOrigin ? new URL(publicOrigin) : undefined,
  }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  if (!siteEnabled()) notFound()
  const { Practice, Categories } = await loadFrame()
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-header__name">
            {Practice?.name}
          </Link>
          {Practice?.tagline && <span className="site-header__tagline">{Practice.tagline}</span>}
          <nav aria-label="Topics">
            <ul>
              {Categories?.docs.map((category) => (
                <li key={category.slug}>
                  <Link href={`/categories/${category.slug}`}>{category.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          {Practice?.about && <p>{Practice.about}</p>}
          <p>
            {Practice?.email && <a href={`mailto:${Practice.email}`}>{Practice.email}</a>}
            {Practice?.telephone && <> · {Practice.telephone}</>}
          </p>
        </footer>
      </body>
    </html>
  )
}
