/**
 * The reader site: a real consumer of the CMS's public API (see src/site/cms.ts), living beside the
 * admin in this Next app. Every page is rendered per request; its data is read from the API each time,
 * or — with SITE_WEBHOOK_SECRET — from a cache the CMS's webhook expires (src/site/revalidation.ts).
 * READER_SITE=false turns it off for headless deployments with their own front end.
 */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import { readSiteSettings } from '../../settings/site'
import { siteEnabled } from '../../site/cms'
import { feedAlternates, siteFeedLink } from '../../site/feeds/links'
import { loadFrame, practiceName } from '../../site/frame'
import './site.css'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  if (!siteEnabled()) return {}
  const { Practice } = await loadFrame()
  const name = await practiceName()
  const { publicOrigin } = readSiteSettings()
  return {
    title: { default: name, template: `%s — ${name}` },
    description: Practice?.tagline ?? undefined,
    metadataBase: publicOrigin ? new URL(publicOrigin) : undefined,
    // The site's feeds on every page (category and author pages add their own).
    alternates: { types: feedAlternates([siteFeedLink(name)]) },
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
          <form
            role="search"
            aria-label="Site"
            action="/search"
            method="get"
            className="site-search"
          >
            <label htmlFor="site-search-q">Search articles</label>
            <input id="site-search-q" type="search" name="q" maxLength={200} required />
            <button type="submit">Search</button>
          </form>
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
