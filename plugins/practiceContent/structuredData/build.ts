/**
 * schema.org JSON-LD for a practice's pages, from the documents a front end reads: an article as an
 * `Article` — and, when a licensed clinician reviewed it, also a `MedicalWebPage` with `reviewedBy`
 * and `lastReviewed` — and an author's profile as a `ProfilePage` about a `Person`. Authors carry
 * their current credentials as `hasCredential` (the same ones their display name shows: expired or
 * unverified licenses are left out) and `honorificSuffix` ("MSW, LCSW"). Pure functions: the
 * endpoints (endpoints.ts) load the documents.
 */
import { isCurrent, type HeldCredential } from '../../../collections/Authors/credentials.ts'
import { idOf } from '../../../collections/shared/relations.ts'

export type SiteLinks = {
  /** The public site's origin, e.g. https://www.practice.example. */
  url: string
  article: (slug: string) => string
  author: (slug: string) => string
  service: (slug: string) => string
  /** Turns a stored file URL (relative without SERVER_URL) into an absolute one. */
  absolute: (url: string) => string
}

export type CatalogueEntry = {
  name?: string | null
  abbreviation?: string | null
  kind?: string | null
}
type Relation<T> = T | number | string | null | undefined

type MediaDoc = {
  url?: string | null
  width?: number | null
  height?: number | null
  alt?: string | null
}
type AuthorCredential = HeldCredential & { credential?: Relation<{ id: number | string }> }
export type AuthorDoc = {
  name?: string | null
  slug?: string | null
  displayName?: string | null
  roleTitle?: string | null
  bio?: string | null
  specialties?: string[] | null
  headshot?: Relation<MediaDoc>
  credentials?: AuthorCredential[] | null
}
export type ArticleDoc = {
  title?: string | null
  slug?: string | null
  excerpt?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
  lastReviewedAt?: string | null
  readingTimeMinutes?: number | null
  coverImage?: Relation<MediaDoc>
  meta?: { title?: string | null; description?: string | null; image?: Relation<MediaDoc> } | null
  authors?: Relation<AuthorDoc>[] | null
  reviewedBy?: Relation<AuthorDoc>
  services?: Relation<{ title?: string | null; slug?: string | null }>[] | null
  categories?: Relation<{ title?: string | null }>[] | null
}
export type PublisherDoc = {
  name?: string | null
  email?: string | null
  telephone?: string | null
  logo?: Relation<MediaDoc>
}

type JsonLd = Record<string, unknown>

const populated = <T extends object>(value: Relation<T>): T | undefined =>
  value && typeof value === 'object' ? value : undefined
const compact = (object: JsonLd): JsonLd =>
  Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  )

function image(links: SiteLinks, media: Relation<MediaDoc>) {
  const doc = populated(media)
  if (!doc?.url) return undefined
  return compact({
    '@type': 'ImageObject',
    url: links.absolute(doc.url),
    width: doc.width,
    height: doc.height,
    caption: doc.alt,
  })
}

const CATEGORY: Record<string, string> = {
  degree: 'degree',
  license: 'license',
  certification: 'certification',
}

function credentialsOf(author: AuthorDoc, catalogue: Map<string, CatalogueEntry>) {
  return (author.credentials ?? [])
    .filter((held) => held.abbreviation && isCurrent(held))
    .map((held) => {
      const entry = catalogue.get(String(idOf(held.credential)))
      return compact({
        '@type': 'EducationalOccupationalCredential',
        name: entry?.name ?? held.abbreviation,
        alternateName: held.abbreviation,
        credentialCategory: CATEGORY[held.kind ?? ''] ?? undefined,
        validIn:
          held.kind === 'license' && held.jurisdiction
            ? { '@type': 'AdministrativeArea', name: held.jurisdiction }
            : undefined,
        expires:
          held.kind === 'license' && held.expiresOn
            ? new Date(held.expiresOn).toISOString().slice(0, 10)
            : undefined,
      })
    })
}

export function personJsonLd(
  author: AuthorDoc,
  links: SiteLinks,
  catalogue: Map<string, CatalogueEntry>,
  { full = false } = {},
): JsonLd {
  const url = author.slug ? links.author(author.slug) : undefined
  const suffix =
    author.displayName && author.name && author.displayName.startsWith(`${author.name}, `)
      ? author.displayName.slice(author.name.length + 2)
      : undefined
  return compact({
    '@type': 'Person',
    '@id': url ? `${url}#person` : undefined,
    name: author.name,
    honorificSuffix: suffix,
    url,
    jobTitle: author.roleTitle,
    image: image(links, author.headshot),
    hasCredential: credentialsOf(author, catalogue),
    ...(full ? { description: author.bio, knowsAbout: author.specialties ?? undefined } : {}),
  })
}

export function organizationJsonLd(publisher: PublisherDoc, links: SiteLinks): JsonLd {
  return compact({
    '@type': 'Organization',
    '@id': `${links.url}/#organization`,
    name: publisher.name,
    url: links.url,
    logo: image(links, publisher.logo),
    email: publisher.email,
    telephone: publisher.telephone,
  })
}

export function articleJsonLd(
  article: ArticleDoc,
  publisher: PublisherDoc,
  links: SiteLinks,
  catalogue: Map<string, CatalogueEntry>,
): JsonLd {
  const url = article.slug ? links.article(article.slug) : undefined
  const reviewer = populated(article.reviewedBy)
  const reviewed = Boolean(reviewer && article.lastReviewedAt)
  const images = [image(links, article.meta?.image), image(links, article.coverImage)].filter(
    Boolean,
  )
  return compact({
    '@context': 'https://schema.org',
    '@type': reviewed ? ['Article', 'MedicalWebPage'] : 'Article',
    '@id': url ? `${url}#article` : undefined,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    name: article.meta?.title ?? article.title,
    description: article.meta?.description ?? article.excerpt,
    image: images.length > 0 ? images[0] : undefined,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    timeRequired: article.readingTimeMinutes ? `PT${article.readingTimeMinutes}M` : undefined,
    author: (article.authors ?? []).flatMap((author) =>
      populated(author) ? [personJsonLd(populated(author)!, links, catalogue)] : [],
    ),
    reviewedBy: reviewed ? personJsonLd(reviewer!, links, catalogue) : undefined,
    lastReviewed: reviewed
      ? new Date(article.lastReviewedAt!).toISOString().slice(0, 10)
      : undefined,
    publisher: organizationJsonLd(publisher, links),
    about: (article.services ?? []).flatMap((service) => {
      const doc = populated(service)
      return doc?.title
        ? [
            compact({
              '@type': 'Service',
              name: doc.title,
              url: doc.slug ? links.service(doc.slug) : undefined,
            }),
          ]
        : []
    }),
    keywords:
      (article.categories ?? [])
        .flatMap((category) => (populated(category)?.title ? [populated(category)!.title] : []))
        .join(', ') || undefined,
  })
}

export function authorPageJsonLd(
  author: AuthorDoc,
  publisher: PublisherDoc,
  links: SiteLinks,
  catalogue: Map<string, CatalogueEntry>,
): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: author.slug ? links.author(author.slug) : undefined,
    mainEntity: {
      ...personJsonLd(author, links, catalogue, { full: true }),
      worksFor: organizationJsonLd(publisher, links),
    },
  })
}

/** JSON-LD as it goes inside <script type="application/ld+json">: `<` escaped so no text can end the script. */
export const serializeJsonLd = (value: JsonLd) => JSON.stringify(value).replace(/</g, '\\u003c')
