/**
 * S3_*: where uploaded media live. Unset, on this server's disk (MEDIA_DIR) — right for one
 * instance. With S3_BUCKET, in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …) through
 * Payload's own @payloadcms/storage-s3, so that every instance serves every file (src/mediaStorage.ts).
 */
import { httpAddress, oneOf, type Environment } from './problems'

export type MediaStorageSettings =
  | { kind: 'disk' }
  | {
      kind: 's3'
      /** S3_BUCKET: the bucket's name; it must exist (the CMS does not create buckets). */
      bucket: string
      /** S3_REGION: the bucket's region (us-east-1 when unset; S3-compatible servers mostly ignore it). */
      region: string
      /** S3_ENDPOINT: another S3-compatible server's address; unset means AWS S3 itself. */
      endpoint: string | undefined
      /** S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, both or neither (then the AWS SDK's own chain). */
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined
      /** S3_FORCE_PATH_STYLE: bucket in the path, not the host name (default: yes with S3_ENDPOINT). */
      forcePathStyle: boolean
    }

export function collectMediaStorageSettings(
  env: Environment,
  problems: string[],
): MediaStorageSettings {
  const bucket = env.S3_BUCKET
  const s3Names = Object.keys(env).filter((name) => name.startsWith('S3_') && env[name])
  if (!bucket) {
    if (s3Names.length > 0) {
      problems.push(
        `${s3Names.join(', ')} ${s3Names.length === 1 ? 'is' : 'are'} set but S3_BUCKET is not: set S3_BUCKET to keep media in object storage, or unset the others to keep them on disk.`,
      )
    }
    return { kind: 'disk' }
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    problems.push(
      `S3_BUCKET must be a bucket name (3–63 lowercase letters, digits, dots and hyphens), got "${bucket}".`,
    )
  }
  const endpoint = httpAddress('S3_ENDPOINT', env.S3_ENDPOINT, problems)
  const accessKeyId = env.S3_ACCESS_KEY_ID
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    problems.push(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK’s own credentials (environment, profile, instance role).',
    )
  }
  const forcePathStyle = oneOf(
    'S3_FORCE_PATH_STYLE',
    env.S3_FORCE_PATH_STYLE,
    ['true', 'false'],
    endpoint ? 'true' : 'false',
    problems,
  )
  return {
    kind: 's3',
    bucket,
    region: env.S3_REGION || 'us-east-1',
    endpoint,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: forcePathStyle === 'true',
  }
}
