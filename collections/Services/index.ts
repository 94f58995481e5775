/**
 * `services`: what the practice offers — psychotherapy, coaching … — with who it is for and not for,
 * how often sessions happen, in which formats, at which fees, and who provides it.
 */
import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly, editorsOnlyField } from '../shared/access.ts'
import { slugFields } from '../shared/slugField.ts'
import type { ContentSlugs } from '../shared/collectionSlugs.ts'
import { checkClinicalRules } from './hooks/checkClinicalRules.ts'
import { hideLapsedProviders } from './hooks/hideLapsedProviders.ts'
import { recordLapsedProviders } from './hooks/recordLapsedProviders.ts'

// Option values use underscores, never hyphens: GraphQL enums cannot contain hyphens, and the same
// value must read the same over REST and GraphQL.
export const SESSION_FREQUENCIES = [
  { label: 'Weekly', value: 'weekly' },
  { label: 'Every two weeks', value: 'biweekly' },
  { label: 'Monthly', value: 'monthly' },
  { label: 'Quarterly', value: 'quarterly' },
  { label: 'As needed', value: 'as_needed' },
]

export const SESSION_FORMATS = [
  { label: 'In person', value: 'in_person' },
  { label: 'Telehealth', value: 'telehealth' },
]

export function createServicesCollection(slugs: ContentSlugs): CollectionConfig {
  return {
    slug: slugs.services,
    labels: { singular: 'Service', plural: 'Services' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'requiresDiagnosis', 'formats', 'lapsedProviders'],
      group: 'Content',
    },
    access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
    defaultPopulate: { title: true, slug: true, summary: true, kind: true },
    // Readers' filters on providers are rewritten too: hideLapsedProvidersInWhere, installed by
    // practiceContent after every other plugin's hooks.
    hooks: {
      beforeChange: [checkClinicalRules(slugs.authors), recordLapsedProviders(slugs.authors)],
    },
    fields: [
      { name: 'title', type: 'text', required: true, maxLength: 120 },
      ...slugFields('title'),
      { name: 'summary', type: 'textarea', maxLength: 600 },
      { name: 'body', type: 'richText' },
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            defaultValue: 'non_clinical',
            options: [
              { label: 'Clinical (treats a diagnosed condition)', value: 'clinical' },
              { label: 'Non-clinical', value: 'non_clinical' },
            ],
          },
          { name: 'requiresDiagnosis', type: 'checkbox', defaultValue: false },
        ],
      },
      { name: 'whoItIsFor', type: 'textarea', maxLength: 2000 },
      { name: 'whoItIsNotFor', type: 'textarea', maxLength: 2000 },
      { name: 'sessionFrequency', type: 'select', hasMany: true, options: SESSION_FREQUENCIES },
      { name: 'formats', type: 'select', hasMany: true, options: SESSION_FORMATS },
      {
        name: 'fees',
        type: 'array',
        fields: [
          { name: 'label', type: 'text', required: true, maxLength: 80 },
          { name: 'amount', type: 'number', required: true, min: 0 },
          {
            name: 'currency',
            type: 'select',
            defaultValue: 'USD',
            options: ['USD', 'CAD', 'EUR', 'GBP'],
          },
          { name: 'sessionMinutes', type: 'number', min: 1, max: 600 },
        ],
      },
      {
        name: 'providers',
        type: 'relationship',
        relationTo: slugs.authors,
        hasMany: true,
        hooks: { afterRead: [hideLapsedProviders(slugs.authors, slugs.services)] },
        admin: {
          description:
            'Clinical services accept only providers with an active, verified clinical license.',
        },
      },
      {
        // Stored (recordLapsedProviders; recomputed when a provider's clinical status changes):
        // the editors' flag, in the list's columns, filters and dashboard.
        name: 'lapsedProviders',
        type: 'relationship',
        relationTo: slugs.authors,
        hasMany: true,
        access: { read: editorsOnlyField },
        admin: {
          readOnly: true,
          description:
            'Providers of this clinical service whose license has lapsed since it was saved (expired or no longer verified). Readers no longer see them here, and the service cannot be saved until they are removed or their license is renewed. Kept up to date automatically.',
        },
      },
    ],
  }
}
