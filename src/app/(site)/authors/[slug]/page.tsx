import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { cmsQuery } from '../../../../site/cms'
import { goToCurrentSlug } from '../../../../site/currentSlug'
import { sitePaths } from '../../../../site/paths'
import { ArticleGrid } from '../../../../site/components/ArticleCard'
import { JsonLd } from '../../../../site/components/JsonLd'
import { IMAGE_LAYOUTS, ResponsiveImage } from '../../../../site/components/ResponsiveImage'
import { authorFeedLink, feedAlternates, siteFeedLink } from '../../../../site/feeds/links'
import { CREDENTIAL_KIND_LABELS } from '../../../../site/format'
import { practiceName } from '../../../../site/frame'
import { AuthorPageDocument } from '../../../../site/graphql/generated'

type Props = { params: Promise<{ slug: string }> }

/** Once per request: the metadata and the page share the answer. */
const load = cache(async (slug: string) =>
  cmsQuery(
    AuthorPageDocument,
    { slug },
    { shows: { paths: [sitePaths.author(slug)], lists: true } },
  ),
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { authorBySlug: author } = await load((await params).slug)
  if (!author?.slug) return { title: 'Not found' }
  const practice = await practiceName()
  return {
    title: author.displayName ?? author.name,
    description: author.bio ?? undefined,
    // A page's alternates replace the layout's: the site's feeds again, then this author's.
    alternates: {
      types: feedAlternates([
        siteFeedLink(practice),
        authorFeedLink(author.slug, author.displayName ?? author.name, practice),
      ]),
    },
  }
}

/** A clinician's or coach's profile: credentials, specialties, services, and what they wrote. */
export default async function AuthorPage({ params }: Props) {
  const { slug } = await params
  const { authorBySlug: author, articleFeed, authorStructuredData } = await load(slug)
  if (!author) notFound()
  goToCurrentSlug(sitePaths.author, slug, author.slug)
  return (
    <article className="profile">
      <JsonLd data={authorStructuredData} />
      <header className="profile__header">
        {author.headshot && (
          <ResponsiveImage
            className="portrait"
            image={author.headshot}
            sizes={IMAGE_LAYOUTS.headshot}
            priority
          />
        )}
        <div>
          <h1>{author.displayName}</h1>
          {author.roleTitle && <p className="lead">{author.roleTitle}</p>}
        </div>
      </header>
      {author.bio && <p>{author.bio}</p>}
      {author.credentials && author.credentials.length > 0 && (
        <section aria-labelledby="credentials-heading">
          <h2 id="credentials-heading">Credentials</h2>
          <ul>
            {author.credentials.map((credential, index) => (
              <li key={index}>
                {credential.abbreviation} —{' '}
                {CREDENTIAL_KIND_LABELS[credential.kind ?? ''] ?? credential.kind}
                {credential.jurisdiction && ` (${credential.jurisdiction})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {author.specialties && author.specialties.length > 0 && (
        <p>Specialties: {author.specialties.join(', ')}.</p>
      )}
      {author.servicesOffered?.docs && author.servicesOffered.docs.length > 0 && (
        <section aria-labelledby="offers-heading">
          <h2 id="offers-heading">Services</h2>
          <ul>
            {author.servicesOffered.docs.map((service) => (
              <li key={service.slug}>
                <Link href={`/services/${service.slug}`}>{service.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="writing-heading">
        <h2 id="writing-heading">Articles</h2>
        <ArticleGrid articles={articleFeed?.docs ?? []} />
      </section>
    </article>
  )
}
