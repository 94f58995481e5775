/**
 * `media`: images for articles, authors and services. Alt text is required — readers using screen
 * readers are part of a practice's audience. sharp makes the sizes front ends ask for.
 */
import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone, editorialUsers, editorsOnly } from './shared/access'
import type { ContentSlugs } from './shared/slugs'

export type MediaOptions = {
  /** Folder where uploaded files are stored. */
  staticDir: string
}

export function createMediaCollection(slugs: ContentSlugs, { staticDir }: MediaOptions): CollectionConfig {
  return {
    slug: slugs.media,
    labels: { singular: 'Media', plural: 'Media' },
    admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'updatedAt'], group: 'Content' },
    access: { read: anyone, create: editorialUsers, update: editorsOnly, delete: editorsOnly },
    upload: {
      staticDir: path.resolve(staticDir),
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
      imageSizes: [
        { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
        { name: 'card', width: 768 },
        { name: 'hero', width: 1600 },
      ],
      adminThumbnail: 'thumbnail',
      focalPoint: true,
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        required: true,
        maxLength: 300,
        admin: { description: 'What the image shows, for readers who cannot see it.' },
      },
      { name: 'credit', type: 'text', maxLength: 200 },
    ],
  }
}
