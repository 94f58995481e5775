import { describe, expect, it } from 'vitest'

import {
  computeDisplayName,
  expiringLicenses,
  mayPracticeClinically,
  type HeldCredential,
} from '../../collections/Authors/credentials'

const today = new Date('2026-11-26T12:00:00Z')
const MSW: HeldCredential = { abbreviation: 'MSW', kind: 'degree' }
const LCSW: HeldCredential = {
  abbreviation: 'LCSW',
  kind: 'license',
  permitsClinicalPractice: true,
  jurisdiction: 'NY',
  expiresOn: '2028-06-30',
  verifiedAt: '2026-01-10',
}
const PCC: HeldCredential = { abbreviation: 'PCC', kind: 'certification' }

describe('computeDisplayName', () => {
  it('lists degrees, then licenses, then certifications, whatever order they were entered in', () => {
    expect(computeDisplayName('Lauren Farina', [PCC, LCSW, MSW], today)).toBe(
      'Lauren Farina, MSW, LCSW, PCC',
    )
  })

  it('is "Lauren Farina, MSW, LCSW" for the reference author', () => {
    expect(computeDisplayName('Lauren Farina', [MSW, LCSW], today)).toBe('Lauren Farina, MSW, LCSW')
  })

  it('leaves out an expired license', () => {
    expect(
      computeDisplayName('Lauren Farina', [MSW, { ...LCSW, expiresOn: '2026-11-25' }], today),
    ).toBe('Lauren Farina, MSW')
  })

  it('keeps a license on the day it expires', () => {
    expect(
      computeDisplayName('Lauren Farina', [MSW, { ...LCSW, expiresOn: '2026-11-26' }], today),
    ).toBe('Lauren Farina, MSW, LCSW')
  })

  it('leaves out an unverified license', () => {
    expect(computeDisplayName('Lauren Farina', [MSW, { ...LCSW, verifiedAt: null }], today)).toBe(
      'Lauren Farina, MSW',
    )
  })

  it('shows a license held in two states once', () => {
    expect(
      computeDisplayName('Lauren Farina', [LCSW, { ...LCSW, jurisdiction: 'NJ' }], today),
    ).toBe('Lauren Farina, LCSW')
  })

  it('is the plain name without credentials', () => {
    expect(computeDisplayName('Sam Rivera', [], today)).toBe('Sam Rivera')
  })
})

describe('mayPracticeClinically', () => {
  it('needs an active, verified license that permits clinical practice', () => {
    expect(mayPracticeClinically([MSW, LCSW], today)).toBe(true)
    expect(mayPracticeClinically([MSW, { ...LCSW, verifiedAt: undefined }], today)).toBe(false)
    expect(mayPracticeClinically([{ ...LCSW, expiresOn: '2025-01-01' }], today)).toBe(false)
    expect(
      mayPracticeClinically(
        [{ ...LCSW, abbreviation: 'LMSW', permitsClinicalPractice: false }],
        today,
      ),
    ).toBe(false)
  })

  it('is false for a coach with a certification only', () => {
    expect(mayPracticeClinically([PCC, { ...MSW, abbreviation: 'MA' }], today)).toBe(false)
  })
})

describe('expiringLicenses', () => {
  it('lists licenses expiring within 60 days and those already expired', () => {
    const soon = { ...LCSW, expiresOn: '2027-01-15' }
    const gone = { ...LCSW, jurisdiction: 'NJ', expiresOn: '2026-10-01' }
    const later = { ...LCSW, jurisdiction: 'CT', expiresOn: '2027-03-01' }
    expect(expiringLicenses([soon, gone, later, MSW], today)).toEqual([
      'LCSW (NY) expires 2027-01-15',
      'LCSW (NJ) expired 2026-10-01',
    ])
  })
})
