/**
 * `npm run check:cycles`: no import circle anywhere in the TypeScript sources — the library, the app,
 * scripts, tests, the benchmark and the two small apps kept here (the benchmark's peer and the install
 * test's fixture, each resolved with its own tsconfig). A circle makes modules that cannot be read,
 * moved or tested apart, and at run time one of them sees the other half-initialised.
 *
 * Type-only imports count too: they are erased at run time, but a type circle still ties the modules
 * together (the last one found, `origins → settings → settings/cms → origins`, was one). To accept
 * one knowingly, mark that import with a `// @dpdm-ignore` comment and say why beside it.
 *
 * dpdm parses with the TypeScript compiler and resolves as the app does: `.ts`/`.tsx` file names,
 * folder indexes and tsconfig `paths` (the app imports the library as `invited-cms`).
 */
import path from 'node:path'

import { parseCircular, parseDependencyTree, prettyCircular } from 'dpdm'

const root = path.resolve(import.meta.dirname, '..')

const SOURCES = '**/*.{ts,tsx,mts}'

const projects: { name: string; cwd: string; entries: string[]; ignore: RegExp }[] = [
  {
    name: 'library, app, scripts, tests, benchmark',
    cwd: root,
    entries: [
      '*.{ts,mts}',
      ...['collections', 'plugins', 'upstream', 'src', 'scripts', 'tests', 'bench'].map(
        (folder) => `${folder}/${SOURCES}`,
      ),
    ],
    // The two apps below have their own tsconfig (their `@payload-config` is their own config).
    ignore: /node_modules|[\\/]bench[\\/]peer[\\/]|[\\/]tests[\\/]install[\\/]fixture[\\/]/,
  },
  ...['bench/peer', 'tests/install/fixture'].map((folder) => ({
    name: folder,
    cwd: path.join(root, folder),
    entries: [SOURCES],
    ignore: /node_modules|[\\/]\.next[^\\/]*[\\/]/,
  })),
]

let circles = 0
for (const project of projects) {
  const tree = await parseDependencyTree(project.entries, {
    cwd: project.cwd,
    context: root,
    tsconfig: path.join(project.cwd, 'tsconfig.json'),
    exclude: project.ignore,
    transform: false,
  })
  const found = parseCircular(tree)
  const modules = Object.keys(tree).filter((id) => !id.includes('node_modules')).length
  if (found.length === 0) {
    console.log(`no import circle in ${project.name} (${modules} modules)`)
    continue
  }
  circles += found.length
  console.error(`import circles in ${project.name}:\n${prettyCircular(found, '  ')}`)
}

if (circles > 0) {
  console.error(
    `\n${circles} import circle(s): move what both sides need into a module of its own, or import` +
      ' it from where it is defined rather than through an index.',
  )
  process.exit(1)
}
