/**
 * Demo content for a new install: the practice's categories, a licensed clinician (MSW, LCSW) and a
 * certified coach, the psychotherapy and coaching services, and three published articles.
 * Idempotent: every document is matched by its slug (or credential abbreviation) and created only when
 * missing, so running it again — or after editors changed things — neither duplicates nor overwrites.
 */
import type { Payload, PayloadRequest } from 'payload'

import { lexicalFromParagraphs } from '../../collections/shared/lexical'
import { slugify } from '../../collections/shared/slug'
import { DEMO_ARTICLES } from './articles'

/**
 * Whether a brand-new install gets the demo content: `auto` (the default) on the embedded database —
 * someone trying the CMS — but not on a PostgreSQL server; `true` always; `false` never.
 */
export function shouldSeedOnFirstRun(setting: string | undefined, embedded: boolean): boolean {
  if (setting === 'true') return true
  if (setting === 'false') return false
  return embedded
}

type Counts = Record<'categories' | 'authors' | 'services' | 'articles', number>

async function findBySlug(payload: Payload, collection: 'categories' | 'authors' | 'services' | 'articles', slug: string, req?: PayloadRequest) {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, draft: true, overrideAccess: true, req })
  return docs[0]
}

async function credentialIds(payload: Payload, req?: PayloadRequest) {
  const { docs } = await payload.find({ collection: 'credentials', limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  return Object.fromEntries(docs.map((doc) => [doc.abbreviation, doc.id])) as Record<string, number>
}

const CATEGORIES = [
  { title: 'Therapy', slug: 'therapy', description: 'Psychotherapy: what it treats and how it works.' },
  { title: 'Coaching', slug: 'coaching', description: 'Coaching for people who want to go further.' },
  { title: 'Wellbeing', slug: 'wellbeing', description: 'Habits, values and the mind-body connection.' },
]

export async function seedDemoContent(payload: Payload, req?: PayloadRequest): Promise<Counts> {
  const created: Counts = { categories: 0, authors: 0, services: 0, articles: 0 }
  const common = { overrideAccess: true, req } as const

  const categoryIds: Record<string, number> = {}
  for (const category of CATEGORIES) {
    const existing = await findBySlug(payload, 'categories', category.slug, req)
    categoryIds[category.slug] = existing?.id ?? (await payload.create({ collection: 'categories', data: category, ...common })).id
    if (!existing) created.categories++
  }

  const credentials = await credentialIds(payload, req)
  const licenseExpiry = new Date(new Date().getFullYear() + 2, 5, 30).toISOString()
  const authorData = [
    {
      slug: 'lauren-farina',
      name: 'Lauren Farina',
      roleTitle: 'Founder, Psychotherapist and Coach',
      bio: 'Lauren is a licensed clinical social worker who practises both psychotherapy and coaching, with an integrative approach that takes the mind-body connection seriously.',
      specialties: ['Anxiety', 'Burnout', 'Values alignment', 'Performance'],
      credentials: [
        { credential: credentials.MSW },
        { credential: credentials.LCSW, jurisdiction: 'NY', licenseNumber: 'demo-000000', expiresOn: licenseExpiry, verified: true },
      ],
    },
    {
      slug: 'jordan-ellis',
      name: 'Jordan Ellis',
      roleTitle: 'Certified Coach',
      bio: 'Jordan coaches professionals who are doing well and want to do better: clearer goals, steadier habits, better energy.',
      specialties: ['Goal setting', 'Leadership', 'Habits'],
      credentials: [{ credential: credentials.MA }, { credential: credentials.PCC }],
    },
  ]
  const authorIds: Record<string, number> = {}
  for (const author of authorData) {
    const existing = await findBySlug(payload, 'authors', author.slug, req)
    authorIds[author.slug] = existing?.id ?? (await payload.create({ collection: 'authors', data: author, ...common })).id
    if (!existing) created.authors++
  }

  const serviceData = [
    {
      slug: 'psychotherapy',
      title: 'Psychotherapy',
      summary: 'Clinical treatment for the symptoms of a mental health condition, such as persistent anxiety or low mood.',
      kind: 'clinical' as const,
      requiresDiagnosis: true,
      whoItIsFor: 'People with symptoms of a mental health condition that affect daily life: lasting anxiety, low mood, reduced functioning.',
      whoItIsNotFor: 'People without such symptoms who want to optimise performance: coaching fits them better.',
      sessionFrequency: ['weekly' as const, 'biweekly' as const],
      formats: ['in_person' as const, 'telehealth' as const],
      fees: [{ label: 'Individual session', amount: 225, currency: 'USD' as const, sessionMinutes: 50 }],
      providers: [authorIds['lauren-farina']],
    },
    {
      slug: 'coaching',
      title: 'Coaching',
      summary: 'Direct, action-oriented work for people who are already doing well and want to do better.',
      kind: 'non_clinical' as const,
      requiresDiagnosis: false,
      whoItIsFor: 'High-functioning people who want clearer goals, better performance and a life closer to their values.',
      whoItIsNotFor: 'Anyone who meets the criteria for a mental health condition: psychotherapy is the right service first.',
      sessionFrequency: ['weekly' as const, 'monthly' as const, 'quarterly' as const],
      formats: ['telehealth' as const, 'in_person' as const],
      fees: [{ label: 'Coaching session', amount: 200, currency: 'USD' as const, sessionMinutes: 50 }],
      providers: [authorIds['lauren-farina'], authorIds['jordan-ellis']],
    },
  ]
  const serviceIds: Record<string, number> = {}
  for (const service of serviceData) {
    const existing = await findBySlug(payload, 'services', service.slug, req)
    serviceIds[service.slug] = existing?.id ?? (await payload.create({ collection: 'services', data: service, ...common })).id
    if (!existing) created.services++
  }

  for (const article of DEMO_ARTICLES) {
    const slug = slugify(article.title) as string
    if (await findBySlug(payload, 'articles', slug, req)) continue
    await payload.create({
      collection: 'articles',
      data: {
        title: article.title,
        slug,
        excerpt: article.excerpt,
        body: lexicalFromParagraphs(article.paragraphs),
        authors: [authorIds['lauren-farina']],
        reviewedBy: authorIds['lauren-farina'],
        lastReviewedAt: article.publishedAt,
        publishedAt: article.publishedAt,
        categories: article.categories.map((category) => categoryIds[category]),
        services: article.services.map((service) => serviceIds[service]),
        comments: 'open',
        _status: 'published',
      },
      ...common,
    })
    created.articles++
  }
  return created
}
