/**
 * After `npm ci` on a clean clone: do the native and WebAssembly parts actually work? npm 11 skips
 * install scripts that package.json does not allow, and a silently broken sharp or esbuild would only
 * show up later as a confusing failure.
 */
import { PGlite } from '@electric-sql/pglite'
import { transform } from 'esbuild'
import sharp from 'sharp'

const checks: [string, () => Promise<string>][] = [
  [
    'sharp (image sizes for media)',
    async () => {
      const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#4a7' } })
        .png()
        .toBuffer()
      const { width } = await sharp(png)
        .resize(2)
        .toBuffer({ resolveWithObject: true })
        .then((r) => r.info)
      return `resized a PNG to ${width}px (libvips ${sharp.versions.vips})`
    },
  ],
  [
    'esbuild (tsx, the Payload CLI)',
    async () => {
      const { code } = await transform('const minutes: number = 2', { loader: 'ts' })
      return `transformed TypeScript: ${code.trim()}`
    },
  ],
  [
    'PGlite (the embedded database)',
    async () => {
      const db = await PGlite.create('memory://')
      const { rows } = await db.query<{ version: string }>('select version()')
      await db.close()
      return rows[0].version.split(' ').slice(0, 2).join(' ')
    },
  ],
]

let failed = false
for (const [name, check] of checks) {
  try {
    console.log(`ok   ${name}: ${await check()}`)
  } catch (error) {
    failed = true
    console.error(`FAIL ${name}: ${(error as Error).message}`)
  }
}
process.exit(failed ? 1 : 0)
