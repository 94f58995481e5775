/**
 * Is the production bundle (.next and build/server.mjs) current? A fingerprint of everything `next build` reads is stored
 * beside the bundle; a missing bundle or a different fingerprint means it must be rebuilt.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { SERVER_ENTRY } from './serverEntry'

const BUILD_INPUTS = [
  'payload.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'tsconfig.library.json',
  'package-lock.json',
  'index.ts',
  'client.ts',
  'rsc.ts',
  'collections',
  'plugins',
  'upstream',
  'src',
]
const STAMP_FILE = '.next/invited-build-stamp'

function* filesUnder(entry: string): Generator<string> {
  if (!existsSync(entry)) return
  if (statSync(entry).isFile()) {
    yield entry
    return
  }
  for (const name of readdirSync(entry).sort()) yield* filesUnder(path.join(entry, name))
}

export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256')
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

export function isBuildCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP_FILE)
  return (
    existsSync(path.join(root, '.next/BUILD_ID')) &&
    existsSync(path.join(root, SERVER_ENTRY)) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === sourceFingerprint(root)
  )
}

export function recordBuild(root: string): void {
  writeFileSync(path.join(root, STAMP_FILE), sourceFingerprint(root))
}
