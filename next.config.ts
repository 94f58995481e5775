import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // express (src/server.ts) owns the process and sets its own headers; Next must not add its banner.
  poweredByHeader: false,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: {
    root: projectRoot,
  },
  experimental: {
    // Error names are part of the API (`"name": "ValidationError"`, `"NotFound"`): minified server
    // code would answer `"name": "a"`. Payload's errors take their name from their class.
    serverMinification: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
