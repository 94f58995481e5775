/**
 * Authors' credentials and the clinical rules of services, through the APIs front ends and editors use.
 */
import { describe, expect, it } from 'vitest'

import { createClinician, createCoach, credentialId } from '../helpers/contentFixtures'
import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(startConsumerApp, { people: true })

describe('the credential catalogue', () => {
  it('is seeded on start with common degrees, licenses and certifications', async () => {
    const { docs } = await app.payload.find({ collection: 'credentials', limit: 100 })
    const byAbbreviation = Object.fromEntries(docs.map((doc) => [doc.abbreviation, doc]))
    expect(byAbbreviation.MSW).toMatchObject({ kind: 'degree', permitsClinicalPractice: false })
    expect(byAbbreviation.LCSW).toMatchObject({ kind: 'license', permitsClinicalPractice: true })
    expect(byAbbreviation.PCC).toMatchObject({ kind: 'certification' })
    expect(Object.keys(byAbbreviation)).toEqual(
      expect.arrayContaining(['LMFT', 'LPC', 'PsyD', 'PhD']),
    )
  })

  it('is not readable anonymously', async () => {
    expect((await app.api.request('GET', '/credentials')).status).toBe(403)
  })
})

describe('author display names', () => {
  it('reads "Lauren Farina, MSW, LCSW" over REST and GraphQL', async () => {
    const author = await createClinician(app.payload)
    const rest = await (await app.api.request('GET', `/authors/${author.id}`)).json()
    expect(rest.displayName).toBe('Lauren Farina, MSW, LCSW')

    const graphql = await (
      await app.api.graphql(`{ Author(id: ${author.id}) { displayName } }`)
    ).json()
    expect(graphql.data.Author.displayName).toBe('Lauren Farina, MSW, LCSW')
  })

  it('drops an expired license and an unverified one', async () => {
    const expired = await createClinician(app.payload, 'Dana Expired', {
      expiresOn: '2020-01-01T00:00:00.000Z',
    })
    const unverified = await createClinician(app.payload, 'Uma Unverified', { verified: false })
    expect(
      (await (await app.api.request('GET', `/authors/${expired.id}`)).json()).displayName,
    ).toBe('Dana Expired, MSW')
    expect(
      (await (await app.api.request('GET', `/authors/${unverified.id}`)).json()).displayName,
    ).toBe('Uma Unverified, MSW')
  })

  it('records who verified a license and when', async () => {
    const author = await createClinician(app.payload, 'Vera Verified')
    const admin = await (
      await app.api.request('GET', `/authors/${author.id}`, { token: app.sessions.editor.token })
    ).json()
    const license = admin.credentials.find(
      (entry: { abbreviation: string }) => entry.abbreviation === 'LCSW',
    )
    expect(license.verified).toBe(true)
    expect(Date.parse(license.verifiedAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('hides private fields from anonymous readers', async () => {
    const author = await createClinician(app.payload, 'Priya Private')
    const anonymous = await (await app.api.request('GET', `/authors/${author.id}`)).json()
    expect(anonymous.privateNotes).toBeUndefined()
    expect(anonymous.expiringLicenses).toBeUndefined()
    for (const entry of anonymous.credentials) {
      expect(entry.licenseNumber).toBeUndefined()
      expect(entry.verifiedBy).toBeUndefined()
    }
    const editor = await (
      await app.api.request('GET', `/authors/${author.id}`, { token: app.sessions.editor.token })
    ).json()
    expect(editor.privateNotes).toBe('Renewal paperwork filed.')
    expect(editor.credentials[1].licenseNumber).toBe('012345')
  })

  it('shows a license number its holder chose to publish', async () => {
    const author = await createClinician(app.payload, 'Pat Public', {
      licenseNumberPublic: true,
    })
    const anonymous = await (await app.api.request('GET', `/authors/${author.id}`)).json()
    expect(anonymous.credentials[1].licenseNumber).toBe('012345')
  })

  it('lists licenses expiring within 60 days for editors', async () => {
    const soon = new Date(Date.now() + 20 * 24 * 3600 * 1000).toISOString()
    const author = await createClinician(app.payload, 'Eli Expiring', { expiresOn: soon })
    const editor = await (
      await app.api.request('GET', `/authors/${author.id}`, { token: app.sessions.editor.token })
    ).json()
    expect(editor.expiringLicenses).toBe(`LCSW (NY) expires ${soon.slice(0, 10)}`)
  })

  it('refuses a credential that is not in the catalogue', async () => {
    const response = await app.api.request('POST', '/authors', {
      token: app.sessions.editor.token,
      body: { name: 'Nobody', credentials: [{ credential: 999999 }] },
    })
    expect(response.status).toBe(400)
    const { totalDocs } = await app.payload.count({
      collection: 'authors',
      where: { name: { equals: 'Nobody' } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('services', () => {
  it('accept a licensed clinician as provider of a clinical service', async () => {
    const clinician = await createClinician(app.payload, 'Cleo Clinician')
    const response = await app.api.request('POST', '/services', {
      token: app.sessions.editor.token,
      body: {
        title: 'Psychotherapy',
        kind: 'clinical',
        requiresDiagnosis: true,
        providers: [clinician.id],
      },
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc.slug).toBe('psychotherapy')
  })

  it('refuse a clinical provider without an active, verified clinical license, naming them, and save nothing', async () => {
    const coach = await createCoach(app.payload, 'Casey Coach')
    const lapsed = await createClinician(app.payload, 'Lee Lapsed', {
      expiresOn: '2021-05-01T00:00:00.000Z',
    })
    const response = await app.api.request('POST', '/services', {
      token: app.sessions.editor.token,
      body: { title: 'Trauma therapy', kind: 'clinical', providers: [coach.id, lapsed.id] },
    })
    expect(response.status).toBe(400)
    const text = JSON.stringify(await response.json())
    expect(text).toContain('Casey Coach cannot provide a clinical service')
    expect(text).toContain('Lee Lapsed cannot provide a clinical service')
    const { totalDocs } = await app.payload.count({
      collection: 'services',
      where: { title: { equals: 'Trauma therapy' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('refuse turning a coaching service clinical while a coach provides it', async () => {
    const coach = await createCoach(app.payload, 'Cory Coach')
    const service = await app.payload.create({
      collection: 'services',
      data: { title: 'Executive coaching', kind: 'non_clinical', providers: [coach.id] },
    })
    const response = await app.api.request('PATCH', `/services/${service.id}`, {
      token: app.sessions.editor.token,
      body: { kind: 'clinical' },
    })
    expect(response.status).toBe(400)
    expect((await app.payload.findByID({ collection: 'services', id: service.id })).kind).toBe(
      'non_clinical',
    )
  })

  it('refuse a non-clinical service that requires a diagnosis', async () => {
    const response = await app.api.request('POST', '/services', {
      token: app.sessions.editor.token,
      body: { title: 'Life coaching', kind: 'non_clinical', requiresDiagnosis: true },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('cannot require a diagnosis')
  })

  it('show their providers on the author profile (servicesOffered)', async () => {
    const clinician = await createClinician(app.payload, 'Jo Joined')
    await app.payload.create({
      collection: 'services',
      data: { title: 'Couples therapy', kind: 'clinical', providers: [clinician.id] },
    })
    const author = await (await app.api.request('GET', `/authors/${clinician.id}`)).json()
    expect(author.servicesOffered.docs.map((service: { title: string }) => service.title)).toEqual([
      'Couples therapy',
    ])
  })

  it('are publicly readable with their fees, formats and frequency', async () => {
    await app.payload.create({
      collection: 'services',
      data: {
        title: 'Coaching',
        kind: 'non_clinical',
        sessionFrequency: ['weekly', 'monthly', 'quarterly'],
        formats: ['telehealth', 'in_person'],
        fees: [{ label: 'Single session', amount: 200, currency: 'USD', sessionMinutes: 50 }],
      },
    })
    const body = await (
      await app.api.request('GET', '/services?where[slug][equals]=coaching')
    ).json()
    expect(body.docs[0]).toMatchObject({
      sessionFrequency: ['weekly', 'monthly', 'quarterly'],
      fees: [expect.objectContaining({ label: 'Single session', amount: 200 })],
    })
  })

  it('use credentials by reference from the catalogue', async () => {
    expect(await credentialId(app.payload, 'LCSW')).toEqual(expect.any(Number))
  })
})
