/**
 * schema.org JSON-LD for the article and author pages, over REST and GraphQL, from the demo content:
 * it parses, and carries the reference page's facts — the article, its credentialed writer and
 * clinical reviewer, its dates, its publisher.
 */
import { describe, expect, it } from 'vitest'

import { serializeJsonLd } from '../../plugins/practiceContent/structuredData/build'
import { articleData, createClinician } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const SERVER_URL = 'https://cms.practice.example'
const REFERENCE = 'therapy-vs-coaching-whats-the-difference'
const SITE = SERVER_URL // the reader site lives beside the CMS unless publicSite.url says otherwise

const app = useTestApp(() => startPayload({ env: { SEED_DEMO_CONTENT: 'true', SERVER_URL } }))

async function restJsonLd(path: string) {
  const response = await app.api.request('GET', path)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/)
  return JSON.parse(await response.text())
}

const LAUREN = {
  '@type': 'Person',
  '@id': `${SITE}/authors/lauren-farina#person`,
  name: 'Lauren Farina',
  honorificSuffix: 'MSW, LCSW',
  url: `${SITE}/authors/lauren-farina`,
  jobTitle: 'Founder, Psychotherapist and Coach',
  image: expect.objectContaining({
    '@type': 'ImageObject',
    url: expect.stringMatching(`^${SERVER_URL}/api/media/file/portrait-lauren-farina`),
  }),
  hasCredential: [
    {
      '@type': 'EducationalOccupationalCredential',
      name: 'Master of Social Work',
      alternateName: 'MSW',
      credentialCategory: 'degree',
    },
    {
      '@type': 'EducationalOccupationalCredential',
      name: 'Licensed Clinical Social Worker',
      alternateName: 'LCSW',
      credentialCategory: 'license',
      validIn: { '@type': 'AdministrativeArea', name: 'NY' },
      expires: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    },
  ],
}

describe('an article’s structured data', () => {
  it('describes the reference article as a clinically reviewed Article, over REST', async () => {
    const jsonLd = await restJsonLd(`/articles/structured-data/${REFERENCE}`)
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': ['Article', 'MedicalWebPage'],
      url: `${SITE}/articles/${REFERENCE}`,
      headline: "Therapy vs. Coaching: What's the Difference?",
      description: expect.stringMatching(/^Psychotherapy treats the symptoms/),
      datePublished: '2026-03-30T09:00:00.000Z',
      dateModified: expect.stringMatching(/^\d{4}-/),
      timeRequired: 'PT2M',
      author: [LAUREN],
      reviewedBy: LAUREN,
      lastReviewed: '2026-03-30',
      publisher: {
        '@type': 'Organization',
        name: 'Invited',
        url: SITE,
        email: 'hello@invited.example',
      },
      image: {
        '@type': 'ImageObject',
        url: expect.stringMatching(`^${SERVER_URL}/api/media/file/cover-`),
        width: 1600,
        height: 900,
      },
      about: [
        { '@type': 'Service', name: 'Psychotherapy', url: `${SITE}/services/psychotherapy` },
        { '@type': 'Service', name: 'Coaching', url: `${SITE}/services/coaching` },
      ],
      keywords: 'Therapy, Coaching',
    })
    // Nothing private: no license number, no verifier.
    expect(JSON.stringify(jsonLd)).not.toMatch(/demo-000000|verified/)
  })

  it('is the same over GraphQL', async () => {
    const rest = await restJsonLd(`/articles/structured-data/${REFERENCE}`)
    const { data, errors } = await (
      await app.api.graphql(`{ articleStructuredData(slug: "${REFERENCE}") }`)
    ).json()
    expect(errors).toBeUndefined()
    expect(data.articleStructuredData).toEqual(rest)
  })

  it('leaves out a license that is not verified, as the display name does', async () => {
    const author = await createClinician(app.payload, 'Uma Unverified', { verified: false })
    await app.payload.create({
      collection: 'articles',
      data: { ...articleData('Unreviewed Thoughts', author.id), _status: 'published' },
    })
    const jsonLd = await restJsonLd('/articles/structured-data/unreviewed-thoughts')
    expect(jsonLd['@type']).toBe('Article')
    expect(jsonLd.reviewedBy).toBeUndefined()
    expect(jsonLd.author[0].honorificSuffix).toBe('MSW')
    expect(
      jsonLd.author[0].hasCredential.map(
        (credential: { alternateName: string }) => credential.alternateName,
      ),
    ).toEqual(['MSW'])
  })

  it('is 404 for an unknown slug and for a draft', async () => {
    const author = await createClinician(app.payload, 'Dora Draft')
    await app.payload.create({
      collection: 'articles',
      draft: true,
      data: { ...articleData('Not Yet Public', author.id), _status: 'draft' },
    })
    for (const slug of ['no-such-article', 'not-yet-public', 'Not%20a%20slug']) {
      const response = await app.api.request('GET', `/articles/structured-data/${slug}`)
      expect(response.status, slug).toBe(404)
      expect((await response.json()).errors[0].name).toBe('NotFound')
    }
    const { data } = await (
      await app.api.graphql('{ articleStructuredData(slug: "not-yet-public") }')
    ).json()
    expect(data.articleStructuredData).toBeNull()
  })
})

describe('an author’s structured data', () => {
  it('is a ProfilePage about a Person with credentials, bio and specialties', async () => {
    const jsonLd = await restJsonLd('/authors/structured-data/lauren-farina')
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: `${SITE}/authors/lauren-farina`,
      mainEntity: {
        ...LAUREN,
        description: expect.stringMatching(/licensed clinical social worker/),
        knowsAbout: ['Anxiety', 'Burnout', 'Values alignment', 'Performance'],
        worksFor: { '@type': 'Organization', name: 'Invited' },
      },
    })
    const { data } = await (
      await app.api.graphql('{ authorStructuredData(slug: "lauren-farina") }')
    ).json()
    expect(data.authorStructuredData).toEqual(jsonLd)
  })
})

describe('serializeJsonLd', () => {
  it('cannot end the script element it is written into', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('</script>')
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>')
  })
})
