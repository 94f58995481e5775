/**
 * Where the runnable CMS keeps uploaded media: an S3-compatible bucket through Payload's own
 * @payloadcms/storage-s3 when S3_BUCKET is set (several instances then serve the same files),
 * this server's disk otherwise.
 *
 * The plugin is installed either way, switched off without a bucket, and always adds its fields
 * (`prefix`, `_objectKey`): the database schema — and so the committed migrations — is the same
 * with and without object storage, and switching to a bucket needs no migration.
 *
 * Files are still served at /api/media/file/<name> (Payload's access control applies; the adapter
 * streams them from the bucket), so the URLs in content, image sizes and the reader site do not
 * change with the storage.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { MediaStorageSettings } from './settings/mediaStorage'

export function mediaStoragePlugin(storage: MediaStorageSettings, mediaSlug: string): Plugin {
  // Objects are keyed by file name at the bucket's root. An explicit (empty) prefix, because with
  // none the plugin adds no `prefix` field while serving files still selects it (3.90.1).
  const collections = { [mediaSlug]: { prefix: '' } }
  if (storage.kind === 'disk') {
    return s3Storage({
      enabled: false,
      alwaysInsertFields: true,
      bucket: '',
      collections,
      config: {},
    })
  }
  return s3Storage({
    alwaysInsertFields: true,
    bucket: storage.bucket,
    collections,
    config: {
      region: storage.region,
      endpoint: storage.endpoint,
      credentials: storage.credentials,
      forcePathStyle: storage.forcePathStyle,
      // The SDK's default since 2025 adds checksums to every upload (streamed as aws-chunked);
      // several S3-compatible servers store such a body wrongly or refuse it. Checksums only where
      // the S3 API requires them work with AWS and with those servers alike.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  })
}
