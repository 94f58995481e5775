/**
 * `authors`: the practice's clinicians and coaches as they appear on articles and services — a public
 * profile (name, headshot, bio, role, credentials, specialties) with private parts (license numbers
 * unless marked public, who verified what, internal notes) visible to the editorial team only.
 */
import type { CollectionConfig } from 'payload'

import { anyone, editorialUsersField, editorsOnly, editorsOnlyField } from '../shared/access.ts'
import { slugFields } from '../shared/slugField.ts'
import type { ContentSlugs } from '../shared/collectionSlugs.ts'
import { CREDENTIAL_KINDS } from '../Credentials/index.ts'
import { EXPIRY_WARNING_DAYS } from './credentials.ts'
import { hideLapsedClinicalServices } from '../Services/hooks/hideLapsedProviders.ts'
import { PRACTICES_CLINICALLY } from '../Services/lapsedProviders.ts'
import { copyCredentialFacts } from './hooks/copyCredentialFacts.ts'
import { keepLicenseVisibilityLoaded } from './hooks/keepLicenseVisibilityLoaded.ts'
import { recheckClinicalServices } from './hooks/recheckClinicalServices.ts'
import { stampVerification } from './hooks/stampVerification.ts'
import { summarizeCredentials } from './hooks/summarizeCredentials.ts'

export function createAuthorsCollection(slugs: ContentSlugs): CollectionConfig {
  return {
    slug: slugs.authors,
    labels: { singular: 'Author', plural: 'Authors' },
    admin: {
      // "Lauren Farina, MSW, LCSW" wherever the admin names an author: relationship chips and pickers,
      // list columns, version diffs, document titles.
      useAsTitle: 'displayName',
      listSearchableFields: ['name', 'displayName'],
      defaultColumns: ['displayName', 'roleTitle', 'expiringLicenses'],
      group: 'People',
      description:
        'Clinicians and coaches who write, review and provide services. Profiles are public.',
    },
    access: {
      read: anyone,
      create: editorsOnly,
      update: editorsOnly,
      delete: editorsOnly,
      readVersions: editorsOnly,
    },
    defaultPopulate: { name: true, slug: true, displayName: true, roleTitle: true, headshot: true },
    hooks: {
      beforeOperation: [keepLicenseVisibilityLoaded],
      // In this order: facts from the catalogue, then verification, then the stored summary of both.
      beforeChange: [
        copyCredentialFacts(slugs.credentials),
        stampVerification,
        summarizeCredentials,
      ],
      // A change of clinical status reaches the clinical services that list the author.
      afterChange: [recheckClinicalServices(slugs.services)],
    },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 120 },
      {
        // Stored and indexed (summarizeCredentials, refreshed daily): the same on every read path,
        // and usable in `where` and `sort`. Whatever a client sends here is replaced on save.
        name: 'displayName',
        type: 'text',
        index: true,
        admin: {
          readOnly: true,
          description:
            'Name with current credentials: degrees, then licenses, then certifications. Kept up to date automatically.',
        },
      },
      ...slugFields('name'),
      { name: 'roleTitle', label: 'Role / title', type: 'text', maxLength: 120 },
      { name: 'headshot', type: 'upload', relationTo: slugs.media },
      { name: 'bio', type: 'textarea', maxLength: 4000 },
      {
        name: 'credentials',
        type: 'array',
        labels: { singular: 'Credential', plural: 'Credentials' },
        admin: {
          description:
            'Degrees, licenses and certifications. Unverified or expired licenses are left out of the display name.',
        },
        fields: [
          {
            name: 'credential',
            type: 'relationship',
            relationTo: slugs.credentials,
            required: true,
          },
          {
            type: 'row',
            fields: [
              {
                name: 'jurisdiction',
                type: 'text',
                maxLength: 60,
                admin: { description: 'State or country that issued it, e.g. NY.' },
              },
              {
                name: 'licenseNumber',
                type: 'text',
                maxLength: 60,
                access: {
                  // Private unless the author chose to publish it.
                  read: ({ req, siblingData }) =>
                    editorialUsersField({ req }) || siblingData?.licenseNumberPublic === true,
                },
              },
              { name: 'expiresOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            ],
          },
          {
            name: 'licenseNumberPublic',
            type: 'checkbox',
            defaultValue: false,
            label: 'Show the license number publicly',
          },
          {
            name: 'verified',
            type: 'checkbox',
            defaultValue: false,
            access: { create: editorsOnlyField, update: editorsOnlyField },
            admin: {
              description: 'Checked against the issuing board. Records who verified it and when.',
            },
          },
          { name: 'verifiedAt', type: 'date', admin: { readOnly: true } },
          {
            name: 'verifiedBy',
            type: 'relationship',
            relationTo: slugs.users,
            admin: { readOnly: true },
            access: { read: editorialUsersField },
          },
          // Copied from the catalogue on save (copyCredentialFacts): read without another query.
          { name: 'abbreviation', type: 'text', admin: { hidden: true, readOnly: true } },
          {
            name: 'kind',
            type: 'select',
            options: CREDENTIAL_KINDS,
            admin: { hidden: true, readOnly: true },
          },
          {
            name: 'permitsClinicalPractice',
            type: 'checkbox',
            admin: { hidden: true, readOnly: true },
          },
        ],
      },
      {
        // Stored and indexed like displayName (summarizeCredentials, refreshed daily): whether the
        // author holds an active, verified license that permits clinical practice today. Readers do
        // not see an author who does not as providing a clinical service.
        name: PRACTICES_CLINICALLY,
        label: 'Practises clinically',
        type: 'checkbox',
        index: true,
        defaultValue: false,
        admin: {
          readOnly: true,
          position: 'sidebar',
          description:
            'Holds an active, verified license that permits clinical practice. Only then is this author shown to readers as providing clinical services. Kept up to date automatically.',
        },
      },
      {
        name: 'expiringLicenses',
        type: 'text',
        access: { read: editorialUsersField },
        admin: {
          readOnly: true,
          description: `Licenses expiring within the next ${EXPIRY_WARNING_DAYS} days, or already expired. Kept up to date automatically.`,
        },
      },
      { name: 'specialties', type: 'text', hasMany: true, maxRows: 20 },
      {
        name: 'servicesOffered',
        type: 'join',
        collection: slugs.services,
        on: 'providers',
        hooks: { afterRead: [hideLapsedClinicalServices(slugs.authors, slugs.services)] },
        admin: {
          description:
            'Services that list this author as a provider. Readers do not see clinical services here while the author does not practise clinically.',
        },
      },
      {
        name: 'privateNotes',
        type: 'textarea',
        access: { read: editorialUsersField, create: editorsOnlyField, update: editorsOnlyField },
        admin: { description: 'Internal only: never shown to readers.' },
      },
    ],
  }
}
