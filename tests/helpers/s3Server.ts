/**
 * An S3-compatible server for one test: s3rver (from the npm registry) on 127.0.0.1, a free port,
 * a bucket in a temporary folder, and a key pair made for this run (its built-in key is revoked, so
 * every request must be signed with these). `holds` tells whether the bucket has an object, asked
 * through the S3 API itself.
 */
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const require = createRequire(import.meta.url)

type S3rverInstance = { run: () => Promise<{ port: number }>; close: () => Promise<void> }
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance
type Account = {
  createKeyPair: (id: string, secret: string) => void
  revokeAccessKey: (id: string) => void
}

export type S3Server = {
  endpoint: string
  bucket: string
  /** The S3_* variables that point the CMS at this server. */
  env: Record<string, string>
  holds: (key: string) => Promise<boolean>
  close: () => Promise<void>
}

export async function startS3Server(bucket = 'practice-media'): Promise<S3Server> {
  const S3rver = require('@20minutes/s3rver') as S3rverClass
  const { DUMMY_ACCOUNT } = require('@20minutes/s3rver/lib/models/account.js') as {
    DUMMY_ACCOUNT: Account
  }
  const accessKeyId = `TEST${randomBytes(8).toString('hex').toUpperCase()}`
  const secretAccessKey = randomBytes(24).toString('base64url')
  DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey)
  DUMMY_ACCOUNT.revokeAccessKey('S3RVER')

  const directory = await mkdtemp(path.join(os.tmpdir(), 'invited-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
    // As the CMS's client (src/mediaStorage.ts): s3rver checks signatures, not checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })

  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    },
    // (HEAD, not a listing: s3rver computes list requests' signatures differently from the SDK.)
    holds: (key) =>
      client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
        () => true,
        (error: { name?: string }) => {
          if (error.name === 'NotFound') return false
          throw error
        },
      ),
    close: async () => {
      client.destroy()
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
