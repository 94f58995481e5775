/**
 * Compiles the library — index.ts, client.ts, rsc.ts, collections/, plugins/, upstream/ — into dist/ as ES
 * modules with .d.ts, from a clean directory so nothing stale is ever packed. `npm pack` runs it
 * (prepack); `tsconfig.library.json` says what is compiled and how.
 *
 * The sources import each other by their .ts names (Turbopack, which builds the app, cannot map a
 * `.js` import to a `.ts` file). tsc rewrites those names in the JavaScript it emits but not in the
 * .d.ts files, so they are rewritten here: a consumer's TypeScript resolves `./x.js` to `./x.d.ts`.
 *
 * Stylesheets an admin component imports (`import './ModerationQueue.css'`) are not compiled: tsc
 * keeps the import, and they are copied beside the compiled component, where the consumer's Next
 * build finds them.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'dist')

rmSync(dist, { recursive: true, force: true })
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.library.json', '--force'],
  {
    cwd: root,
    stdio: 'inherit',
  },
)

let stylesheets = 0
for (const folder of ['collections', 'plugins']) {
  for (const entry of readdirSync(path.join(root, folder), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile() || !entry.name.endsWith('.css')) continue
    const source = path.join(entry.parentPath, entry.name)
    const target = path.join(dist, path.relative(root, source))
    mkdirSync(path.dirname(target), { recursive: true })
    copyFileSync(source, target)
    stylesheets += 1
  }
}

const RELATIVE_TS_SPECIFIER = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\.tsx?\2/g
let rewritten = 0
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue
  const file = path.join(entry.parentPath, entry.name)
  const before = readFileSync(file, 'utf8')
  const after = before.replace(
    RELATIVE_TS_SPECIFIER,
    (_match, keyword, quote, specifier) => `${keyword}${quote}${specifier}.js${quote}`,
  )
  if (after !== before) {
    writeFileSync(file, after)
    rewritten += 1
  }
}
const leftover = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(d\.ts|js)$/.test(entry.name))
  .filter((entry) =>
    /(from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]+\.tsx?['"]/.test(
      readFileSync(path.join(entry.parentPath, entry.name), 'utf8'),
    ),
  )
if (leftover.length > 0)
  throw new Error(
    `dist/ still imports .ts files: ${leftover.map((entry) => entry.name).join(', ')}`,
  )
console.log(
  `Library compiled to dist/ (${rewritten} declaration files pointed at .js, ${stylesheets} stylesheets copied).`,
)
