/**
 * What the demo seed lacks but reader pages show, added over REST as an editor would: related reading
 * on the reference article (a card grid below its body) and enough articles for a second blog page.
 */
import { lexicalFromParagraphs } from '../../src/seed/lexical'
import type { HttpClient } from './httpClient'

export const REFERENCE_SLUG = 'therapy-vs-coaching-whats-the-difference'
export const REFERENCE_PATH = `/articles/${REFERENCE_SLUG}`

type StoredArticle = { id: number; slug: string; coverImage: number | null; authors: number[] }

async function ok(response: Response, what: string) {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`)
  return response.json()
}

async function storedArticles(http: HttpClient, token: string): Promise<StoredArticle[]> {
  const answer = await ok(
    await http.request('GET', '/api/articles?depth=0&limit=100&sort=publishedAt', { token }),
    'listing articles',
  )
  return answer.docs
}

/** The reference article lists every other article as related reading. */
export async function addRelatedReading(http: HttpClient, token: string): Promise<void> {
  const articles = await storedArticles(http, token)
  const reference = articles.find((article) => article.slug === REFERENCE_SLUG)!
  await ok(
    await http.request('PATCH', `/api/articles/${reference.id}`, {
      token,
      body: {
        relatedArticles: articles.filter(({ id }) => id !== reference.id).map(({ id }) => id),
      },
    }),
    'adding related reading',
  )
}

/** Publishes `count` short articles by the reference article's author, with its cover, older than the seed's. */
export async function publishMoreArticles(
  http: HttpClient,
  token: string,
  count: number,
): Promise<void> {
  const reference = (await storedArticles(http, token)).find(
    (article) => article.slug === REFERENCE_SLUG,
  )!
  for (let index = 1; index <= count; index++) {
    await ok(
      await http.request('POST', '/api/articles', {
        token,
        body: {
          title: `Notes from the practice, part ${index}`,
          excerpt: 'A short note for readers.',
          body: lexicalFromParagraphs(['A short note for readers.']),
          authors: reference.authors,
          coverImage: reference.coverImage,
          publishedAt: new Date(Date.UTC(2025, 0, index)).toISOString(),
          _status: 'published',
        },
      }),
      `publishing article ${index}`,
    )
  }
}
