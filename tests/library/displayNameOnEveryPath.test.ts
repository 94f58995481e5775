/**
 * An author's display name ("Lauren Farina, MSW, LCSW") is the same on every path a front end or
 * editor reads it through — REST at depth 0/1/2, `select`, `populate`, `defaultPopulate`, `where`,
 * GraphQL (joins included), the Local API — and follows the credential catalogue and the calendar without anyone
 * re-saving the profile.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { refreshCredentialSummaries } from '../../collections/Authors/refreshCredentialSummaries'
import { REFRESH_CREDENTIALS_TASK } from '../../collections/Authors/refreshTask'
import { articleData, createClinician, credentialId } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { people: true })

let author: { id: number }
let article: { id: number }
let service: { id: number }

beforeAll(async () => {
  author = await createClinician(app.payload, 'Lauren Farina', {
    expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  })
  service = await app.payload.create({
    collection: 'services',
    data: {
      title: 'Psychotherapy',
      kind: 'clinical',
      requiresDiagnosis: true,
      providers: [author.id],
    },
  })
  article = await app.payload.create({
    collection: 'articles',
    data: {
      ...articleData('Therapy vs. Coaching', author.id),
      reviewedBy: author.id,
      services: [service.id],
      _status: 'published',
    },
  })
})

const getJson = async (path: string, token?: string) => {
  const response = await app.api.request('GET', path, { token })
  expect(response.status, path).toBe(200)
  return response.json()
}

const graphql = (query: string, token?: string) => app.api.graphqlData(query, { token })

/** Every read path, each returning the display names it found. */
async function displayNamesOnEveryPath(): Promise<Record<string, unknown>> {
  const id = author.id
  const article1 = await getJson(`/articles/${article.id}`) // default depth 1: authors' defaultPopulate
  const article2 = await getJson(
    `/articles/${article.id}?depth=2&populate[services][providers]=true`,
  )
  const articleList = await getJson(`/articles?limit=10`)
  const selected = await getJson(`/articles?select[authors]=true&select[reviewedBy]=true`)
  const populated = await getJson(
    `/articles?populate[authors][displayName]=true&select[authors]=true`,
  )
  const serviceDoc = await getJson(`/services/${service.id}`)
  const gql = await graphql(`{
    Article(id: ${article.id}) { authors { displayName } reviewedBy { displayName } }
    Service(id: ${service.id}) { providers { displayName } }
    Author(id: ${id}) { servicesOffered(limit: 10) { docs { providers { displayName } } } }
    Authors(where: { displayName: { like: "LCSW" } }) { docs { displayName } }
  }`)
  const local = await app.payload.findByID({ collection: 'articles', id: article.id, depth: 1 })
  const localSelect = await app.payload.findByID({
    collection: 'authors',
    id,
    select: { displayName: true },
  })
  return {
    'REST authors depth 0': (await getJson(`/authors/${id}?depth=0`)).displayName,
    'REST authors select': (await getJson(`/authors/${id}?select[displayName]=true`)).displayName,
    'REST authors list select': (await getJson(`/authors?select[displayName]=true`)).docs[0]
      .displayName,
    'REST authors where': (await getJson(`/authors?where[displayName][like]=LCSW`)).docs.map(
      (doc: { displayName: string }) => doc.displayName,
    )[0],
    'REST article depth 1 authors': article1.authors[0].displayName,
    'REST article depth 1 reviewedBy': article1.reviewedBy.displayName,
    'REST article depth 2 authors': article2.authors[0].displayName,
    // Undefined once the author no longer practises clinically: readers do not see them as
    // providing the clinical service (tests/int/lapsedProviders.test.ts).
    'REST article depth 2 populate services.providers':
      article2.services[0].providers[0]?.displayName,
    'REST article list authors': articleList.docs[0].authors[0].displayName,
    'REST article list reviewedBy': articleList.docs[0].reviewedBy.displayName,
    'REST select': selected.docs[0].authors[0].displayName,
    'REST select reviewedBy': selected.docs[0].reviewedBy.displayName,
    'REST populate': populated.docs[0].authors[0].displayName,
    'REST service providers': serviceDoc.providers[0]?.displayName,
    'GraphQL article authors': gql.Article.authors[0].displayName,
    'GraphQL article reviewedBy': gql.Article.reviewedBy.displayName,
    'GraphQL service providers': gql.Service.providers[0]?.displayName,
    'GraphQL join servicesOffered.providers':
      gql.Author.servicesOffered.docs[0]?.providers[0]?.displayName,
    'GraphQL where': gql.Authors.docs[0]?.displayName,
    'Local API depth 1': (local.authors[0] as { displayName: string }).displayName,
    'Local API select': localSelect.displayName,
  }
}

const everywhere = (value: string, paths: Record<string, unknown>) =>
  Object.fromEntries(
    Object.keys(paths).map((path) => [
      path,
      path === 'GraphQL where' || path === 'REST authors where' ? expect.anything() : value,
    ]),
  )

describe('the display name', () => {
  it('is "Lauren Farina, MSW, LCSW" on every read path', async () => {
    const paths = await displayNamesOnEveryPath()
    expect(paths).toEqual(everywhere('Lauren Farina, MSW, LCSW', paths))
    expect(paths['GraphQL where']).toBe('Lauren Farina, MSW, LCSW')
  })

  it('ignores a display name a client sends', async () => {
    const response = await app.api.request('PATCH', `/authors/${author.id}`, {
      token: app.sessions.editor.token,
      body: { displayName: 'Dr. Lauren Farina, PhD' },
    })
    expect(response.status).toBe(200)
    expect((await response.json()).doc.displayName).toBe('Lauren Farina, MSW, LCSW')
  })

  it('follows a renamed abbreviation in the catalogue on every path at once', async () => {
    const lcsw = await credentialId(app.payload, 'LCSW')
    const rename = await app.api.request('PATCH', `/credentials/${lcsw}`, {
      token: app.sessions.editor.token,
      body: { abbreviation: 'LCSW-R' },
    })
    expect(rename.status).toBe(200)
    try {
      const paths = await displayNamesOnEveryPath()
      expect(paths).toEqual(everywhere('Lauren Farina, MSW, LCSW-R', paths))
    } finally {
      await app.api.request('PATCH', `/credentials/${lcsw}`, {
        token: app.sessions.editor.token,
        body: { abbreviation: 'LCSW' },
      })
    }
    expect((await getJson(`/authors/${author.id}?select[displayName]=true`)).displayName).toBe(
      'Lauren Farina, MSW, LCSW',
    )
  })

  it('drops a license the day after it expires, through the daily refresh', async () => {
    const editorView = async () => getJson(`/authors/${author.id}`, app.sessions.editor.token)
    expect((await editorView()).expiringLicenses).toMatch(/^LCSW \(NY\) expires \d{4}-\d{2}-\d{2}$/)

    // Nothing was saved; only the calendar moved on past the license's expiry.
    const afterExpiry = new Date(Date.now() + 40 * 86_400_000)
    expect(await refreshCredentialSummaries(app.payload, 'authors', { today: afterExpiry })).toBe(1)
    const paths = await displayNamesOnEveryPath()
    expect(paths['REST article depth 1 authors']).toBe('Lauren Farina, MSW')
    expect(paths['GraphQL article reviewedBy']).toBe('Lauren Farina, MSW')
    expect(paths['REST authors select']).toBe('Lauren Farina, MSW')
    // Without a clinical license she no longer provides the clinical service, for readers.
    expect(paths['REST service providers']).toBeUndefined()
    expect(paths['GraphQL service providers']).toBeUndefined()
    expect(paths['GraphQL join servicesOffered.providers']).toBeUndefined()
    expect((await editorView()).expiringLicenses).toMatch(/^LCSW \(NY\) expired /)
    // A second run on the same day has nothing to do.
    expect(await refreshCredentialSummaries(app.payload, 'authors', { today: afterExpiry })).toBe(0)

    // Back to today: the scheduled job (as the jobs queue runs it) restores the current name.
    await app.payload.jobs.queue({ task: REFRESH_CREDENTIALS_TASK, input: {} })
    await app.payload.jobs.run()
    expect((await getJson(`/articles/${article.id}`)).authors[0].displayName).toBe(
      'Lauren Farina, MSW, LCSW',
    )
  })

  it('is scheduled to refresh every day', () => {
    const task = app.config.jobs.tasks?.find(
      (candidate) => candidate.slug === REFRESH_CREDENTIALS_TASK,
    )
    expect(task?.schedule).toEqual([{ cron: '0 5 0 * * *', queue: 'default' }])
  })

  it('drops a license an editor marks unverified, at once', async () => {
    const other = await createClinician(app.payload, 'Uma Unverified')
    const current = await getJson(`/authors/${other.id}`, app.sessions.editor.token)
    current.credentials[1].verified = false
    const response = await app.api.request('PATCH', `/authors/${other.id}`, {
      token: app.sessions.editor.token,
      body: { credentials: current.credentials },
    })
    expect(response.status).toBe(200)
    expect((await getJson(`/authors/${other.id}?select[displayName]=true`)).displayName).toBe(
      'Uma Unverified, MSW',
    )
  })
})

describe('the credential catalogue', () => {
  it('refuses to delete a credential someone holds, naming them', async () => {
    const msw = await credentialId(app.payload, 'MSW')
    const response = await app.api.request('DELETE', `/credentials/${msw}`, {
      token: app.sessions.editor.token,
    })
    expect(response.status).toBe(409)
    expect((await response.json()).errors[0].message).toMatch(
      /held by \d+ authors \(.*Lauren Farina.*\)/,
    )
    expect((await getJson(`/authors/${author.id}?select[displayName]=true`)).displayName).toMatch(
      /MSW/,
    )
  })

  it('deletes a credential nobody holds', async () => {
    const unused = await app.payload.create({
      collection: 'credentials',
      data: { abbreviation: 'XYZ', name: 'Unused', kind: 'degree' },
    })
    expect(
      (
        await app.api.request('DELETE', `/credentials/${unused.id}`, {
          token: app.sessions.editor.token,
        })
      ).status,
    ).toBe(200)
  })
})
