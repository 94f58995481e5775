/**
 * Credentials commonly held by psychotherapists and coaches in the United States. The
 * practiceContent plugin seeds these into the `credentials` collection; a practice adds its own there.
 */
export type CredentialKind = 'degree' | 'license' | 'certification'

export type CredentialDefinition = {
  abbreviation: string
  name: string
  kind: CredentialKind
  /** Whether holding it (active and verified) lets someone provide clinical services such as psychotherapy. */
  permitsClinicalPractice: boolean
}

export const DEFAULT_CREDENTIAL_CATALOGUE: CredentialDefinition[] = [
  {
    abbreviation: 'MSW',
    name: 'Master of Social Work',
    kind: 'degree',
    permitsClinicalPractice: false,
  },
  { abbreviation: 'MA', name: 'Master of Arts', kind: 'degree', permitsClinicalPractice: false },
  { abbreviation: 'MS', name: 'Master of Science', kind: 'degree', permitsClinicalPractice: false },
  {
    abbreviation: 'PhD',
    name: 'Doctor of Philosophy',
    kind: 'degree',
    permitsClinicalPractice: false,
  },
  {
    abbreviation: 'PsyD',
    name: 'Doctor of Psychology',
    kind: 'degree',
    permitsClinicalPractice: false,
  },
  {
    abbreviation: 'LCSW',
    name: 'Licensed Clinical Social Worker',
    kind: 'license',
    permitsClinicalPractice: true,
  },
  {
    abbreviation: 'LMSW',
    name: 'Licensed Master Social Worker',
    kind: 'license',
    permitsClinicalPractice: false,
  },
  {
    abbreviation: 'LMFT',
    name: 'Licensed Marriage and Family Therapist',
    kind: 'license',
    permitsClinicalPractice: true,
  },
  {
    abbreviation: 'LPC',
    name: 'Licensed Professional Counselor',
    kind: 'license',
    permitsClinicalPractice: true,
  },
  {
    abbreviation: 'LMHC',
    name: 'Licensed Mental Health Counselor',
    kind: 'license',
    permitsClinicalPractice: true,
  },
  {
    abbreviation: 'Psychologist',
    name: 'Licensed Psychologist',
    kind: 'license',
    permitsClinicalPractice: true,
  },
  {
    abbreviation: 'ACC',
    name: 'Associate Certified Coach (ICF)',
    kind: 'certification',
    permitsClinicalPractice: false,
  },
  {
    abbreviation: 'PCC',
    name: 'Professional Certified Coach (ICF)',
    kind: 'certification',
    permitsClinicalPractice: false,
  },
  {
    abbreviation: 'MCC',
    name: 'Master Certified Coach (ICF)',
    kind: 'certification',
    permitsClinicalPractice: false,
  },
  {
    abbreviation: 'BC-TMH',
    name: 'Board Certified-TeleMental Health Provider',
    kind: 'certification',
    permitsClinicalPractice: false,
  },
]
