/**
 * Demo content for a new install: the practice, its categories, a licensed clinician (MSW, LCSW) and
 * a certified coach with portraits, the psychotherapy and coaching services, three published articles
 * with headings, lists and cover images, and an approved discussion under the reference article.
 * Idempotent: every document is matched by its slug (or file name) and created only when missing, so
 * running it again — or after editors changed things — neither duplicates nor overwrites.
 */
import type { Payload, PayloadRequest } from 'payload'

import { lexicalFromBlocks } from './lexical'
import { slugify } from 'invited-cms'
import { DEMO_ARTICLES, THERAPY_VS_COACHING, type DemoArticle } from './articles'
import { coverImage, imageFileName, portraitImage, type ImageFile } from './images'
import { CATEGORIES, DEMO_DISCUSSION, demoAuthors, demoServices, PRACTICE } from './practice'

/**
 * Whether a brand-new install gets the demo content: `auto` (the default) on the embedded database —
 * someone trying the CMS — but not on a PostgreSQL server; `true` always; `false` never.
 */
export function shouldSeedOnFirstRun(setting: string | undefined, embedded: boolean): boolean {
  if (setting === 'true') return true
  if (setting === 'false') return false
  return embedded
}

export type SeedCounts = Record<
  'categories' | 'authors' | 'services' | 'articles' | 'media' | 'comments',
  number
>

type Seeding = { payload: Payload; req?: PayloadRequest; created: SeedCounts }

async function findBySlug(
  { payload, req }: Seeding,
  collection: 'categories' | 'authors' | 'services' | 'articles',
  slug: string,
) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** The id of a slugged document, created from `data` when missing. */
async function ensure(
  seeding: Seeding,
  collection: 'categories' | 'authors' | 'services',
  slug: string,
  data: () => Promise<Record<string, unknown>>,
) {
  const existing = await findBySlug(seeding, collection, slug)
  if (existing) return existing.id
  seeding.created[collection]++
  return (
    await seeding.payload.create({
      collection,
      data: (await data()) as never,
      overrideAccess: true,
      req: seeding.req,
    })
  ).id
}

/** The id of the image stored as `name`, drawn and uploaded only when it is not there yet. */
async function ensureImage(
  { payload, req, created }: Seeding,
  alt: string,
  name: string,
  draw: (name: string) => Promise<ImageFile>,
) {
  const filename = imageFileName(name)
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return docs[0].id
  created.media++
  return (
    await payload.create({
      collection: 'media',
      data: { alt },
      file: await draw(name),
      overrideAccess: true,
      req,
    })
  ).id
}

async function seedPractice(seeding: Seeding) {
  const { payload, req } = seeding
  const practice = await payload.findGlobal({
    slug: 'practice',
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (practice.updatedAt) return // an editor (or an earlier seed) has set it
  await payload.updateGlobal({ slug: 'practice', data: PRACTICE, overrideAccess: true, req })
}

async function seedDiscussion({ payload, req, created }: Seeding, articleId: number) {
  const ids: Record<string, number> = {}
  for (const comment of DEMO_DISCUSSION) {
    const parent = comment.replyTo ? ids[comment.replyTo] : undefined
    const doc = await payload.create({
      collection: 'comments',
      data: {
        target: { relationTo: 'articles', value: articleId },
        parent,
        depth: parent ? 1 : 0,
        authorName: comment.authorName,
        authorEmail: comment.staff ? 'lauren@invited.example' : `${comment.key}@readers.example`,
        body: comment.body,
        status: 'approved',
        isStaffReply: Boolean(comment.staff),
        targetPublished: true,
      },
      overrideAccess: true,
      req,
    })
    ids[comment.key] = doc.id
    created.comments++
  }
}

async function seedArticle(
  seeding: Seeding,
  article: DemoArticle,
  ids: {
    categories: Record<string, number>
    services: Record<string, number>
    authors: Record<string, number>
  },
) {
  const slug = slugify(article.title) as string
  if (await findBySlug(seeding, 'articles', slug)) return undefined
  const coverImageId = await ensureImage(seeding, article.cover.alt, `cover-${slug}`, (name) =>
    coverImage(article.cover, name),
  )
  seeding.created.articles++
  return seeding.payload.create({
    collection: 'articles',
    data: {
      title: article.title,
      slug,
      excerpt: article.excerpt,
      body: lexicalFromBlocks(article.body),
      coverImage: coverImageId,
      authors: [ids.authors[article.author ?? 'lauren-farina']],
      reviewedBy: ids.authors['lauren-farina'],
      lastReviewedAt: article.publishedAt,
      publishedAt: article.publishedAt,
      categories: article.categories.map((category) => ids.categories[category]),
      services: article.services.map((service) => ids.services[service]),
      comments: 'open',
      _status: 'published',
    },
    overrideAccess: true,
    req: seeding.req,
  })
}

export async function seedDemoContent(payload: Payload, req?: PayloadRequest): Promise<SeedCounts> {
  const seeding: Seeding = {
    payload,
    req,
    created: { categories: 0, authors: 0, services: 0, articles: 0, media: 0, comments: 0 },
  }
  await seedPractice(seeding)

  const categories: Record<string, number> = {}
  for (const category of CATEGORIES)
    categories[category.slug] = await ensure(
      seeding,
      'categories',
      category.slug,
      async () => category,
    )

  const { docs: catalogue } = await payload.find({
    collection: 'credentials',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const credentials = Object.fromEntries(catalogue.map((doc) => [doc.abbreviation, doc.id]))
  const authors: Record<string, number> = {}
  for (const { portrait, ...author } of demoAuthors(credentials)) {
    authors[author.slug] = await ensure(seeding, 'authors', author.slug, async () => ({
      ...author,
      headshot: await ensureImage(
        seeding,
        `Portrait placeholder for ${author.name}`,
        `portrait-${author.slug}`,
        (name) => portraitImage(portrait, name),
      ),
    }))
  }

  const services: Record<string, number> = {}
  for (const service of demoServices(authors))
    services[service.slug] = await ensure(seeding, 'services', service.slug, async () => service)

  for (const article of DEMO_ARTICLES) {
    const created = await seedArticle(seeding, article, { categories, services, authors })
    if (created && article === THERAPY_VS_COACHING) await seedDiscussion(seeding, created.id)
  }
  return seeding.created
}
