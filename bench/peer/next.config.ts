/**
 * The peer's Next config: Payload's `withPayload` and nothing else of the CMS's, but for where the
 * build goes (its own folder beside these sources, never the CMS's `.next`) and where Turbopack finds
 * node_modules (the repository's root: the peer uses the CMS's installed versions).
 */
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const peerRoot = path.dirname(fileURLToPath(import.meta.url))
const repositoryRoot = path.resolve(peerRoot, '../..')

const nextConfig: NextConfig = {
  distDir: '.next-peer',
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
  // `npm run typecheck` at the root type-checks these sources; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig)
