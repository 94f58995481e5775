/**
 * `practice` (a global): who publishes — the practice's name, tagline, a few words about it, its logo
 * and how to reach it. Front ends show it in their header and footer; structured data names it as
 * the publisher of every article. Public; editors change it.
 */
import type { GlobalConfig } from 'payload'

import { anyone, editorsOnly } from './shared/access.ts'
import type { ContentSlugs } from './shared/collectionSlugs.ts'

export function createPracticeGlobal(slugs: ContentSlugs): GlobalConfig {
  return {
    slug: slugs.practice,
    label: 'Practice',
    admin: {
      group: 'Settings',
      description:
        'Who publishes: shown on the site and named as the publisher in structured data.',
    },
    access: { read: anyone, update: editorsOnly },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 120, defaultValue: 'Our practice' },
      { name: 'tagline', type: 'text', maxLength: 160 },
      { name: 'about', type: 'textarea', maxLength: 1000 },
      { name: 'logo', type: 'upload', relationTo: slugs.media },
      {
        type: 'row',
        fields: [
          { name: 'email', type: 'email', admin: { description: 'Public contact address.' } },
          { name: 'telephone', type: 'text', maxLength: 40 },
        ],
      },
    ],
  }
}
