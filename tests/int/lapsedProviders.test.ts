/**
 * A clinical service's providers after the fact: a provider whose license expires later, or whom an
 * editor marks unverified, stops being shown to readers as providing the clinical service — on every
 * read path (REST at depth 0 and 1, `select`, by slug, populated from an article, GraphQL, the Local
 * API, an author's `servicesOffered`, `where` on providers) — while editors still see them, named in
 * the service's `lapsedProviders` (and on their dashboard), and saving the service is refused until
 * the provider is removed or the license renewed. A coaching service is never filtered.
 */
import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refreshCredentialSummaries } from '../../collections/Authors/refreshCredentialSummaries'
import type { ContentChange } from '../../src/changeFeed/change'
import { contentChanges } from '../../src/changeFeed/localFeed'
import { articleData, createClinician, createCoach, PEOPLE } from '../helpers/contentFixtures'
import { startPayload } from '../helpers/payloadHarness'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startPayload, { people: true })

const DAY = 86_400_000

type Id = number
type Relation = Id | { id: Id; name?: string }

const idsOf = (values: Relation[] | null | undefined) =>
  (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

/** Signed-in users by their token, for the same reads through the Local API. */
const emails = new Map<string, string>()
const emailOf = (token: string) => emails.get(token)

const getJson = async (path: string, token?: string) => {
  const response = await app.api.request('GET', path, { token })
  expect(response.status, path).toBe(200)
  return response.json()
}

const graphql = (query: string, token?: string) => app.api.graphqlData(query, { token })

beforeAll(async () => {
  for (const [role, person] of Object.entries(PEOPLE))
    emails.set(app.sessions[role as keyof typeof PEOPLE].token, person.email)
})

/** A clinical and a coaching service, both listing a clinician whose license will lapse. */
async function practice(prefix: string, license: Record<string, unknown> = {}) {
  const lapsing = await createClinician(app.payload, `${prefix} Lapsing`, license)
  const steady = await createClinician(app.payload, `${prefix} Steady`)
  const coach = await createCoach(app.payload, `${prefix} Coach`)
  const therapy = await app.payload.create({
    collection: 'services',
    data: {
      title: `${prefix} therapy`,
      kind: 'clinical',
      requiresDiagnosis: true,
      providers: [lapsing.id, steady.id],
    },
  })
  const coaching = await app.payload.create({
    collection: 'services',
    data: { title: `${prefix} coaching`, kind: 'non_clinical', providers: [lapsing.id, coach.id] },
  })
  const article = await app.payload.create({
    collection: 'articles',
    data: {
      ...articleData(`${prefix} explained`, steady.id),
      services: [therapy.id, coaching.id],
      _status: 'published',
    },
  })
  return { lapsing, steady, coach, therapy, coaching, article }
}

type Practice = Awaited<ReturnType<typeof practice>>

/** The providers of both services as a reader gets them, on every read path. */
async function providersOnEveryPath(
  { therapy, coaching, article }: Practice,
  token?: string,
): Promise<Record<string, Id[]>> {
  const services = [therapy, coaching]
  const bySlug = async (id: Id) => {
    const { slug } = await app.payload.findByID({ collection: 'services', id, depth: 0 })
    return (await getJson(`/services?where[slug][equals]=${slug}&depth=0`, token)).docs[0].providers
  }
  const list = await getJson(`/services?depth=1&limit=100`, token)
  const listed = (id: Id) => list.docs.find((doc: { id: Id }) => doc.id === id).providers
  const listSelect = await getJson(`/services?select[providers]=true&limit=100&depth=0`, token)
  const listedSelect = (id: Id) =>
    listSelect.docs.find((doc: { id: Id }) => doc.id === id).providers
  const articlePopulate = await getJson(
    `/articles/${article.id}?depth=2&populate[services][providers]=true`,
    token,
  )
  const fromArticle = (doc: { services: { id: Id; providers: Relation[] }[] }, id: Id) =>
    doc.services.find((service) => service.id === id)?.providers ?? []
  const gql = await graphql(
    `{
      therapy: Service(id: ${therapy.id}) { providers { id } }
      coaching: Service(id: ${coaching.id}) { providers { id } }
      bySlug: serviceBySlug(slug: "${therapy.slug}") { providers { id } }
      list: Services(limit: 100) { docs { id providers { id } } }
      article: Article(id: ${article.id}) { services { id providers { id } } }
    }`,
    token,
  )
  const gqlListed = (id: Id) =>
    gql.list.docs.find((doc: { id: Id }) => doc.id === id).providers as Relation[]
  const gqlArticle = (id: Id) =>
    (gql.article.services as { id: Id; providers: Relation[] }[]).find(
      (service) => service.id === id,
    )?.providers ?? []
  const user = token
    ? (
        await app.payload.find({
          collection: 'users',
          where: { email: { equals: emailOf(token) } },
        })
      ).docs[0]
    : undefined
  const local = async (id: Id, depth: number) =>
    (await app.payload.findByID({ collection: 'services', id, depth, overrideAccess: false, user }))
      .providers as Relation[]
  const localSelect = async (id: Id) =>
    (
      await app.payload.find({
        collection: 'services',
        where: { id: { equals: id } },
        select: { providers: true },
        depth: 0,
        overrideAccess: false,
        user,
      })
    ).docs[0].providers as Relation[]

  const paths: Record<string, Id[]> = {}
  for (const [name, service] of Object.entries({ therapy, coaching })) {
    const id = service.id
    const add = (path: string, values: Relation[] | null | undefined) => {
      // Payload's GraphQL resolves a hasMany relationship in the order its documents load, not in
      // the stored order: compared as sets there.
      const ids = idsOf(values)
      paths[`${name}: ${path}`] = path.startsWith('GraphQL') ? ids.sort((a, b) => a - b) : ids
    }
    add('REST depth 0', (await getJson(`/services/${id}?depth=0`, token)).providers)
    add('REST depth 1', (await getJson(`/services/${id}?depth=1`, token)).providers)
    add('REST select', (await getJson(`/services/${id}?select[providers]=true`, token)).providers)
    add('REST list', listed(id))
    add('REST list select', listedSelect(id))
    add('REST by slug', await bySlug(id))
    add('REST article populate providers', fromArticle(articlePopulate, id))
    add('GraphQL by id', gql[name].providers)
    add('GraphQL list', gqlListed(id))
    add('GraphQL article', gqlArticle(id))
    add('Local API depth 0', await local(id, 0))
    add('Local API depth 1', await local(id, 1))
    add('Local API select', await localSelect(id))
  }
  expect(services.length).toBe(2)
  paths['therapy: GraphQL by slug'] = idsOf(gql.bySlug.providers).sort((a, b) => a - b)
  return paths
}

/** The same value on every path, for one service. */
const onEveryPath = (paths: Record<string, Id[]>, service: string, ids: Id[]) =>
  Object.fromEntries(
    Object.keys(paths)
      .filter((path) => path.startsWith(`${service}:`))
      .map((path) => [path, ids]),
  )

/** The titles of the services an author offers, as a reader sees them (REST and GraphQL). */
async function servicesOffered(authorId: Id, token?: string) {
  const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title).sort()
  const rest = await getJson(`/authors/${authorId}`, token)
  const restDepth0 = await getJson(`/authors/${authorId}?depth=0`, token)
  const titleOf = async (id: Id) =>
    (await app.payload.findByID({ collection: 'services', id, depth: 0 })).title
  const gql = await graphql(
    `{ Author(id: ${authorId}) { servicesOffered(limit: 10) { docs { title } } } }`,
    token,
  )
  const slug = (await app.payload.findByID({ collection: 'authors', id: authorId, depth: 0 })).slug
  const bySlug = await graphql(
    `{ authorBySlug(slug: "${slug}") { servicesOffered(limit: 10) { docs { title } } } }`,
    token,
  )
  return {
    'REST depth 1': titles(rest.servicesOffered.docs),
    'REST depth 0': (await Promise.all(idsOf(restDepth0.servicesOffered.docs).map(titleOf))).sort(),
    GraphQL: titles(gql.Author.servicesOffered.docs),
    'GraphQL by slug': titles(bySlug.authorBySlug.servicesOffered.docs),
  }
}

const same = <T>(value: T) => ({
  'REST depth 1': value,
  'REST depth 0': value,
  GraphQL: value,
  'GraphQL by slug': value,
})

/** Services found by filtering on a provider, as a reader filters them. */
async function foundByProvider(author: { id: Id; slug?: string | null }, token?: string) {
  const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title).sort()
  const rest = async (query: string) =>
    titles((await getJson(`/services?${query}&depth=0&limit=100`, token)).docs)
  const gql = await graphql(
    `{ Services(where: { providers: { equals: ${author.id} } }, limit: 100) { docs { title } } }`,
    token,
  )
  const count = await getJson(`/services/count?where[providers][equals]=${author.id}`, token)
  const user = token
    ? (
        await app.payload.find({
          collection: 'users',
          where: { email: { equals: emailOf(token) } },
        })
      ).docs[0]
    : undefined
  const local = (where: Where) =>
    app.payload
      .find({ collection: 'services', where, depth: 0, overrideAccess: false, user })
      .then(({ docs }) => titles(docs))
  return {
    'REST equals': await rest(`where[providers][equals]=${author.id}`),
    'REST in': await rest(`where[providers][in]=${author.id}`),
    'REST in, inside or': await rest(`where[or][0][providers][in][0]=${author.id}`),
    'REST by provider slug': await rest(`where[providers.slug][equals]=${author.slug}`),
    'REST count': count.totalDocs,
    GraphQL: titles(gql.Services.docs),
    'Local API': await local({ providers: { equals: author.id } }),
  }
}

describe('a provider whose license expires after the clinical service was saved', () => {
  let world: Practice
  const afterExpiry = new Date(Date.now() + 40 * DAY)

  beforeAll(async () => {
    world = await practice('Expiry', { expiresOn: new Date(Date.now() + 30 * DAY).toISOString() })
  })

  it('is shown to readers while the license is current', async () => {
    const { lapsing, steady, coach } = world
    const paths = await providersOnEveryPath(world)
    expect(paths).toEqual({
      ...onEveryPath(paths, 'therapy', [lapsing.id, steady.id]),
      ...onEveryPath(paths, 'coaching', [lapsing.id, coach.id]),
    })
  })

  it('is never shown to readers as providing the clinical service once the license lapses, on any path', async () => {
    // Nothing was saved: the calendar moved past the expiry and the daily refresh ran.
    expect(await refreshCredentialSummaries(app.payload, 'authors', { today: afterExpiry })).toBe(1)
    const { lapsing, steady, coach } = world
    for (const token of [undefined, app.sessions.writer.token, app.sessions.moderator.token]) {
      const paths = await providersOnEveryPath(world, token)
      // The coaching service keeps every provider: its rule is not a clinical license.
      expect(paths, token ? emailOf(token) : 'anonymous').toEqual({
        ...onEveryPath(paths, 'therapy', [steady.id]),
        ...onEveryPath(paths, 'coaching', [lapsing.id, coach.id]),
      })
    }
  })

  it('no longer lists the clinical service among the lapsed author’s services for readers', async () => {
    const { lapsing, steady } = world
    expect(await servicesOffered(lapsing.id)).toEqual(same(['Expiry coaching']))
    expect(await servicesOffered(lapsing.id, app.sessions.writer.token)).toEqual(
      same(['Expiry coaching']),
    )
    expect(await servicesOffered(steady.id)).toEqual(same(['Expiry therapy']))
  })

  it('does not find the clinical service when a reader filters services by the lapsed provider', async () => {
    const { lapsing, steady } = world
    expect(await foundByProvider(lapsing)).toEqual({
      'REST equals': ['Expiry coaching'],
      'REST in': ['Expiry coaching'],
      'REST in, inside or': ['Expiry coaching'],
      'REST by provider slug': ['Expiry coaching'],
      'REST count': 1,
      GraphQL: ['Expiry coaching'],
      'Local API': ['Expiry coaching'],
    })
    expect((await foundByProvider(steady))['REST equals']).toEqual(['Expiry therapy'])
    // Private fields of providers stay unqueryable for readers.
    const privately = await app.api.request(
      'GET',
      '/services?where[providers.privateNotes][like]=a',
    )
    expect(privately.status).toBeGreaterThanOrEqual(400)
    expect(privately.status).toBeLessThan(500)
  })

  it('still shows editors the provider, and names them in lapsedProviders', async () => {
    const { lapsing, steady, coach, therapy, coaching } = world
    const paths = await providersOnEveryPath(world, app.sessions.editor.token)
    expect(paths).toEqual({
      ...onEveryPath(paths, 'therapy', [lapsing.id, steady.id]),
      ...onEveryPath(paths, 'coaching', [lapsing.id, coach.id]),
    })
    const editorView = await getJson(`/services/${therapy.id}?depth=1`, app.sessions.editor.token)
    expect(idsOf(editorView.lapsedProviders)).toEqual([lapsing.id])
    expect(editorView.lapsedProviders[0].name).toBe('Expiry Lapsing')
    expect(
      (await getJson(`/services/${coaching.id}?depth=0`, app.sessions.editor.token))
        .lapsedProviders,
    ).toEqual([])
    const gql = await graphql(
      `{ Service(id: ${therapy.id}) { lapsedProviders { name } } }`,
      app.sessions.editor.token,
    )
    expect(gql.Service.lapsedProviders).toEqual([{ name: 'Expiry Lapsing' }])
    // Editors filter on it (the services list and the dashboard do).
    const flagged = await getJson(
      '/services?where[lapsedProviders][exists]=true&depth=0',
      app.sessions.editor.token,
    )
    expect(flagged.docs.map((doc: { title: string }) => doc.title)).toContain('Expiry therapy')
    expect(flagged.docs.map((doc: { title: string }) => doc.title)).not.toContain('Expiry coaching')
    // The lapsed author's own profile says so, to everyone.
    expect((await getJson(`/authors/${lapsing.id}?depth=0`)).practicesClinically).toBe(false)
    expect((await getJson(`/authors/${steady.id}?depth=0`)).practicesClinically).toBe(true)
    // Editors' view of the author still lists the clinical service.
    expect(await servicesOffered(lapsing.id, app.sessions.editor.token)).toEqual(
      same(['Expiry coaching', 'Expiry therapy']),
    )
  })

  it('keeps lapsedProviders from readers and from writers', async () => {
    const { therapy } = world
    expect((await getJson(`/services/${therapy.id}`)).lapsedProviders).toBeUndefined()
    expect(
      (await getJson(`/services/${therapy.id}`, app.sessions.writer.token)).lapsedProviders,
    ).toBeUndefined()
  })

  it('is back for readers, and lapsedProviders empty, once the license is current again', async () => {
    const { lapsing, steady, coach, therapy } = world
    // Back to today, when the license has not expired yet (as after a renewal).
    expect(await refreshCredentialSummaries(app.payload, 'authors')).toBe(1)
    const paths = await providersOnEveryPath(world)
    expect(paths).toEqual({
      ...onEveryPath(paths, 'therapy', [lapsing.id, steady.id]),
      ...onEveryPath(paths, 'coaching', [lapsing.id, coach.id]),
    })
    expect(
      (await getJson(`/services/${therapy.id}?depth=0`, app.sessions.editor.token)).lapsedProviders,
    ).toEqual([])
    expect(await servicesOffered(lapsing.id)).toEqual(same(['Expiry coaching', 'Expiry therapy']))
  })
})

describe('a license that expired (the calendar passed its date) and the daily refresh', () => {
  let world: Practice

  beforeAll(async () => {
    world = await practice('Calendar')
    // As if the stored expiry date had come and gone: written below Payload's hooks, so nothing else
    // changes (no summary, no flag) until the daily refresh runs.
    const author = await app.payload.findByID({
      collection: 'authors',
      id: world.lapsing.id,
      depth: 0,
    })
    await app.payload.db.updateOne({
      collection: 'authors',
      id: world.lapsing.id,
      data: {
        credentials: (author.credentials ?? []).map((credential) =>
          credential.kind === 'license'
            ? { ...credential, expiresOn: new Date(Date.now() - 2 * DAY).toISOString() }
            : credential,
        ),
      },
    })
    await refreshCredentialSummaries(app.payload, 'authors')
  })

  it('flags the service for editors and refuses saving it, naming the provider, until the license is renewed', async () => {
    const { lapsing, steady, therapy } = world
    expect(
      (await getJson(`/services/${therapy.id}?depth=0`, app.sessions.editor.token)).lapsedProviders,
    ).toEqual([lapsing.id])
    expect(idsOf((await getJson(`/services/${therapy.id}?depth=0`)).providers)).toEqual([steady.id])

    const refused = await app.api.request('PATCH', `/services/${therapy.id}`, {
      token: app.sessions.editor.token,
      body: { summary: 'Weekly sessions.' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain(
      'Calendar Lapsing cannot provide a clinical service: they hold no active, verified license that permits clinical practice.',
    )
    expect(
      (await app.payload.findByID({ collection: 'services', id: therapy.id })).summary,
    ).toBeFalsy()

    // The renewal: a new expiry date, entered by an editor.
    const author = await getJson(`/authors/${lapsing.id}?depth=0`, app.sessions.editor.token)
    const renewed = await app.api.request('PATCH', `/authors/${lapsing.id}`, {
      token: app.sessions.editor.token,
      body: {
        credentials: author.credentials.map((credential: { kind: string }) =>
          credential.kind === 'license'
            ? { ...credential, expiresOn: new Date(Date.now() + 700 * DAY).toISOString() }
            : credential,
        ),
      },
    })
    expect(renewed.status).toBe(200)
    expect(
      (await getJson(`/services/${therapy.id}?depth=0`, app.sessions.editor.token)).lapsedProviders,
    ).toEqual([])
    expect(idsOf((await getJson(`/services/${therapy.id}?depth=0`)).providers)).toEqual([
      lapsing.id,
      steady.id,
    ])
    const saved = await app.api.request('PATCH', `/services/${therapy.id}`, {
      token: app.sessions.editor.token,
      body: { summary: 'Weekly sessions.' },
    })
    expect(saved.status).toBe(200)
  })
})

describe('a provider an editor marks unverified', () => {
  let world: Practice
  const changes: ContentChange[] = []
  let unsubscribe: () => void

  beforeAll(async () => {
    world = await practice('Unverified')
    unsubscribe = contentChanges().subscribe((change) => changes.push(change))
  })

  afterAll(() => unsubscribe?.())

  async function setVerified(authorId: Id, verified: boolean) {
    const author = await getJson(`/authors/${authorId}?depth=0`, app.sessions.editor.token)
    const response = await app.api.request('PATCH', `/authors/${authorId}`, {
      token: app.sessions.editor.token,
      body: {
        credentials: author.credentials.map((credential: { kind: string }) =>
          credential.kind === 'license' ? { ...credential, verified } : credential,
        ),
      },
    })
    expect(response.status).toBe(200)
  }

  it('leaves the clinical service at once for readers, and the response cache hears of it', async () => {
    const { lapsing, steady, coach, therapy } = world
    changes.length = 0
    await setVerified(lapsing.id, false)
    // The service itself changed for readers: the cache must forget its answers about it.
    expect(changes).toContainEqual(
      expect.objectContaining({ collection: 'services', id: therapy.id }),
    )
    const paths = await providersOnEveryPath(world)
    expect(paths).toEqual({
      ...onEveryPath(paths, 'therapy', [steady.id]),
      ...onEveryPath(paths, 'coaching', [lapsing.id, coach.id]),
    })
    expect(await servicesOffered(lapsing.id)).toEqual(same(['Unverified coaching']))
    expect((await foundByProvider(lapsing))['REST equals']).toEqual(['Unverified coaching'])
  })

  it('is named in lapsedProviders and on the editors’ dashboard query', async () => {
    const { lapsing, therapy } = world
    expect(
      (await getJson(`/services/${therapy.id}?depth=0`, app.sessions.editor.token)).lapsedProviders,
    ).toEqual([lapsing.id])
    const editor = await app.payload.findByID({ collection: 'users', id: app.sessions.editor.id })
    const { servicesWithLapsedProviders } =
      await import('../../collections/Services/lapsedProviders')
    const flagged = await servicesWithLapsedProviders(app.payload, {
      servicesSlug: 'services',
      authorsSlug: 'authors',
      user: editor,
    })
    const row = flagged.docs.find((doc) => doc.id === therapy.id)
    expect(row?.title).toBe('Unverified therapy')
    expect(row?.lapsedProviders).toEqual(['Unverified Lapsing, MSW'])
  })

  it('refuses saving the service until the provider is removed', async () => {
    const { lapsing, steady, therapy } = world
    const refused = await app.api.request('PATCH', `/services/${therapy.id}`, {
      token: app.sessions.editor.token,
      body: { title: 'Unverified therapy, renamed' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain(
      'Unverified Lapsing cannot provide a clinical service',
    )
    const removed = await app.api.request('PATCH', `/services/${therapy.id}`, {
      token: app.sessions.editor.token,
      body: { providers: [steady.id] },
    })
    expect(removed.status).toBe(200)
    const saved = (await removed.json()).doc
    expect(idsOf(saved.providers)).toEqual([steady.id])
    expect(saved.lapsedProviders).toEqual([])
    // Verified again: the provider is fine, and may be listed again.
    await setVerified(lapsing.id, true)
    const relisted = await app.api.request('PATCH', `/services/${therapy.id}`, {
      token: app.sessions.editor.token,
      body: { providers: [lapsing.id, steady.id] },
    })
    expect(relisted.status).toBe(200)
    expect(idsOf((await getJson(`/services/${therapy.id}?depth=0`)).providers)).toEqual([
      lapsing.id,
      steady.id,
    ])
  })

  it('ignores a lapsedProviders value a client sends', async () => {
    const { therapy, coach } = world
    const response = await app.api.request('PATCH', `/services/${therapy.id}`, {
      token: app.sessions.editor.token,
      body: { lapsedProviders: [coach.id] },
    })
    expect(response.status).toBe(200)
    expect((await response.json()).doc.lapsedProviders).toEqual([])
  })
})

describe('a lapsed provider who is deleted', () => {
  it('leaves both the providers and lapsedProviders, and the service can be saved again', async () => {
    const { lapsing, steady, therapy } = await practice('Deleted')
    await app.payload.update({
      collection: 'authors',
      id: lapsing.id,
      data: { credentials: [] },
    })
    expect(
      (await getJson(`/services/${therapy.id}?depth=0`, app.sessions.editor.token)).lapsedProviders,
    ).toEqual([lapsing.id])
    const deleted = await app.api.request('DELETE', `/authors/${lapsing.id}`, {
      token: app.sessions.editor.token,
    })
    expect(deleted.status).toBe(200)
    const editorView = await getJson(`/services/${therapy.id}?depth=0`, app.sessions.editor.token)
    expect(idsOf(editorView.providers)).toEqual([steady.id])
    expect(editorView.lapsedProviders).toEqual([])
    const saved = await app.api.request('PATCH', `/services/${therapy.id}`, {
      token: app.sessions.editor.token,
      body: { summary: 'Still offered.' },
    })
    expect(saved.status).toBe(200)
  })
})
