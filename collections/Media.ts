/**
 * `media`: images for articles, authors and services. Alt text is required — readers using screen
 * readers are part of a practice's audience. sharp makes the sizes front ends ask for.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type {
  CollectionConfig,
  PayloadRequest,
  TextFieldSingleValidation,
  UploadConfig,
} from 'payload'
import { text } from 'payload/shared'

import { loadSizeFileNames } from './mediaFileNamesLoaded.ts'
import { anyone, editorialUsers, editorsOnly } from './shared/access.ts'
import type { ContentSlugs } from './shared/collectionSlugs.ts'

type ImageSize = NonNullable<UploadConfig['imageSizes']>[number]

export type MediaOptions = {
  /** Folder where uploaded files are stored. */
  staticDir: string
}

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * GET /api/<media>/file/<name> for a file that is not there: 404, where Payload answers 500. When a
 * stored document names the file, the file was lost from disk: that is logged for the operator.
 * Present files fall through to Payload's own streaming. When a storage plugin keeps the files
 * elsewhere (it turns local storage off, as @payloadcms/storage-s3 does), its handler answers.
 */
const answerMissingFiles = (staticDir: string, mediaSlug: string): UploadHandler =>
  // Payload's type wants a Response or nothing per promise; it checks `instanceof Response` either way.
  (async (req: PayloadRequest, { params }: { params: { filename: string } }) => {
    const upload = req.payload.collections[mediaSlug]?.config.upload
    if (upload?.disableLocalStorage) return
    const filePath = path.resolve(staticDir, params.filename)
    if (!filePath.startsWith(path.resolve(staticDir) + path.sep)) return // Payload refuses it (400)
    if (
      await stat(filePath).then(
        () => true,
        () => false,
      )
    )
      return
    const stored = await req.payload.db.findOne({
      collection: mediaSlug,
      where: { filename: { equals: params.filename } },
      req,
    })
    if (stored)
      req.payload.logger.error(
        `The file ${params.filename} of ${mediaSlug} is missing from ${staticDir}.`,
      )
    return Response.json(
      { errors: [{ name: 'NotFound', message: `There is no file "${params.filename}".` }] },
      { status: 404 },
    )
  }) as UploadHandler

/**
 * Alt text must say something: `required` alone lets "   " through, and a screen reader would then
 * announce the file name or nothing. The rest (the length limit) is Payload's own text check.
 */
const describesTheImage: TextFieldSingleValidation = (value, options) =>
  typeof value === 'string' && value.trim() !== ''
    ? text(value, options)
    : 'Alt text is required: describe what the image shows, for readers who cannot see it (spaces alone do not count).'

/** The size the admin shows in lists, and `thumbnailURL` points at. */
const THUMBNAIL_SIZE = 'thumbnail'

/** The sizes sharp makes of every upload, as front ends ask for them. */
const IMAGE_SIZES: ImageSize[] = [
  { name: THUMBNAIL_SIZE, width: 320, height: 320, position: 'centre' },
  { name: 'card', width: 768 },
  { name: 'hero', width: 1600 },
]

export function createMediaCollection(
  slugs: ContentSlugs,
  { staticDir }: MediaOptions,
): CollectionConfig {
  return {
    slug: slugs.media,
    labels: { singular: 'Media', plural: 'Media' },
    admin: {
      useAsTitle: 'alt',
      defaultColumns: ['filename', 'alt', 'updatedAt'],
      group: 'Content',
    },
    access: { read: anyone, create: editorialUsers, update: editorsOnly, delete: editorsOnly },
    // `url` is computed from the stored file name: a select of only `url` and `alt` would otherwise
    // answer `"url": null`. The sizes' file names: mediaFileNamesLoaded.ts.
    forceSelect: { filename: true },
    hooks: { beforeOperation: [loadSizeFileNames(THUMBNAIL_SIZE)] },
    upload: {
      staticDir: path.resolve(staticDir),
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
      imageSizes: IMAGE_SIZES,
      adminThumbnail: THUMBNAIL_SIZE,
      focalPoint: true,
      handlers: [answerMissingFiles(path.resolve(staticDir), slugs.media)],
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        required: true,
        maxLength: 300,
        validate: describesTheImage,
        admin: { description: 'What the image shows, for readers who cannot see it.' },
      },
      { name: 'credit', type: 'text', maxLength: 200 },
    ],
  }
}
