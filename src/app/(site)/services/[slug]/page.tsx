import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import { cmsQuery } from '../../../../site/cms'
import { goToCurrentSlug } from '../../../../site/currentSlug'
import { ArticleGrid } from '../../../../site/components/ArticleCard'
import { RichBody } from '../../../../site/components/RichBody'
import { FORMAT_LABELS, FREQUENCY_LABELS, formatMoney, listInWords } from '../../../../site/format'
import { ServicePageDocument } from '../../../../site/graphql/generated'
import { sitePaths } from '../../../../site/paths'

type Props = { params: Promise<{ slug: string }> }

/** Once per request: the metadata and the page share the answer. */
const load = cache(async (slug: string) =>
  cmsQuery(
    ServicePageDocument,
    { slug },
    { shows: { paths: [sitePaths.service(slug)], lists: true } },
  ),
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { serviceBySlug: service } = await load((await params).slug)
  return { title: service?.title ?? 'Not found', description: service?.summary ?? undefined }
}

/** A service: what it is, who it is for and not for, how often, in which formats, at what fee, by whom. */
export default async function ServicePage({ params }: Props) {
  const { slug } = await params
  const { serviceBySlug: service, articleFeed } = await load(slug)
  if (!service) notFound()
  goToCurrentSlug(sitePaths.service, slug, service.slug)
  return (
    <article className="service">
      <h1>{service.title}</h1>
      {service.summary && <p className="lead">{service.summary}</p>}
      <p className="meta">
        {service.kind === 'clinical' ? 'Clinical care' : 'Non-clinical'}
        {service.requiresDiagnosis ? ' · requires a diagnosis' : ' · no diagnosis needed'}
      </p>
      <RichBody body={service.body} />
      <dl className="facts">
        {service.whoItIsFor && (
          <>
            <dt>Who it is for</dt>
            <dd>{service.whoItIsFor}</dd>
          </>
        )}
        {service.whoItIsNotFor && (
          <>
            <dt>Who it is not for</dt>
            <dd>{service.whoItIsNotFor}</dd>
          </>
        )}
        {service.sessionFrequency && service.sessionFrequency.length > 0 && (
          <>
            <dt>How often</dt>
            <dd>
              {listInWords(
                service.sessionFrequency.map((value) => FREQUENCY_LABELS[value] ?? value),
              )}
            </dd>
          </>
        )}
        {service.formats && service.formats.length > 0 && (
          <>
            <dt>Formats</dt>
            <dd>{listInWords(service.formats.map((value) => FORMAT_LABELS[value] ?? value))}</dd>
          </>
        )}
        {service.fees?.map((fee, index) => (
          <React.Fragment key={index}>
            <dt>{fee.label}</dt>
            <dd>
              {formatMoney(fee.amount, fee.currency)}
              {fee.sessionMinutes && ` for ${fee.sessionMinutes} minutes`}
            </dd>
          </React.Fragment>
        ))}
      </dl>
      {service.providers && service.providers.length > 0 && (
        <section aria-labelledby="providers-heading">
          <h2 id="providers-heading">Who provides it</h2>
          <ul>
            {service.providers.map((provider) => (
              <li key={provider.slug}>
                <Link href={`/authors/${provider.slug}`}>{provider.displayName}</Link>
                {provider.roleTitle && `, ${provider.roleTitle}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {articleFeed?.docs && articleFeed.docs.length > 0 && (
        <section aria-labelledby="reading-heading">
          <h2 id="reading-heading">Reading</h2>
          <ArticleGrid articles={articleFeed.docs} />
        </section>
      )}
    </article>
  )
}
