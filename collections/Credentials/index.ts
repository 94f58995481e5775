/**
 * `credentials`: the catalogue of degrees, licenses and certifications authors can hold.
 * Reference data for the editorial team; readers see credentials only through authors' profiles.
 */
import type { CollectionConfig } from 'payload'

import { editorialUsers, editorsOnly } from '../shared/access.ts'
import type { ContentSlugs } from '../shared/collectionSlugs.ts'
import {
  propagateCatalogueChanges,
  refuseDeletingHeldCredentials,
} from './hooks/keepAuthorsInStep.ts'

export const CREDENTIAL_KINDS = [
  { label: 'Degree', value: 'degree' },
  { label: 'License', value: 'license' },
  { label: 'Certification', value: 'certification' },
]

export function createCredentialsCollection(slugs: ContentSlugs): CollectionConfig {
  return {
    slug: slugs.credentials,
    labels: { singular: 'Credential', plural: 'Credentials' },
    admin: {
      useAsTitle: 'abbreviation',
      defaultColumns: ['abbreviation', 'name', 'kind', 'permitsClinicalPractice'],
      group: 'People',
    },
    access: {
      read: editorialUsers,
      create: editorsOnly,
      update: editorsOnly,
      delete: editorsOnly,
    },
    hooks: {
      afterChange: [propagateCatalogueChanges(slugs.authors)],
      beforeDelete: [refuseDeletingHeldCredentials(slugs.authors)],
    },
    fields: [
      { name: 'abbreviation', type: 'text', required: true, unique: true, maxLength: 24 },
      { name: 'name', type: 'text', required: true, maxLength: 160 },
      { name: 'kind', type: 'select', required: true, options: CREDENTIAL_KINDS },
      {
        name: 'permitsClinicalPractice',
        type: 'checkbox',
        defaultValue: false,
        admin: {
          description:
            'An active, verified license of this kind lets its holder provide clinical services.',
        },
      },
    ],
  }
}
