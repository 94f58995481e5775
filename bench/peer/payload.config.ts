/**
 * The benchmark's peer: a vanilla Payload app (the CMS's Payload, Next and adapter versions, from the
 * repository's node_modules) with collections shaped like the CMS's and nothing of ours — no plugins,
 * no hooks, plain access. `npm run bench` builds it (bench/peer/build.ts), seeds its own database with
 * the CMS's articles (bench/peer/seed.ts) and runs it with `next start` beside the CMS.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles, Authors, Categories, Media, Services, Users } from './collections'

const peerRoot = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    // The default gravatar avatar makes the browser call out of the machine.
    avatar: 'default',
    importMap: {
      baseDir: peerRoot,
      importMapFile: path.resolve(peerRoot, 'app/(payload)/admin/importMap.js'),
    },
  },
  collections: [Users, Media, Categories, Authors, Services, Articles],
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET || '',
  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL } }),
  sharp,
  telemetry: false,
  typescript: { autoGenerate: false, outputFile: path.resolve(peerRoot, 'payload-types.ts') },
})
