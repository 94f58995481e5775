/**
 * Every shell command the README and docs/ show is run somewhere: by CI (.ci/run) or by a named test.
 * Each command line of a ```sh, ```bash or ```shell block must be listed below with where it runs,
 * and that file must really contain it (the npm script, or the argv the test spawns) — so a command
 * added to the docs, or a test that stops running one, fails here. docs/frontend.md's GraphQL and
 * REST examples are run by tests/server/frontendContract.test.ts instead.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const CI = '.ci/run'
const INSTALL_TEST = 'tests/install/libraryInstall.test.ts'

type Runner = {
  /** `.ci/run` or a test file, relative to the project. */
  file: string
  /** What the file must contain (whitespace-insensitive): the command, or the argv it spawns. */
  contains: string[]
}

/** Where each documented command runs. A command line joined by `&&` is checked part by part. */
const RUNS: Record<string, Runner> = {
  'npm start': { file: 'tests/server/npmStart.test.ts', contains: ["spawn('npm', ['start']"] },
  'npm test': { file: CI, contains: ['npm test'] },
  'npm run test:sqlite': { file: CI, contains: ['npm run test:sqlite'] },
  'npm run test:postgres': { file: CI, contains: ['npm run test:postgres'] },
  'npm run test:browser': { file: CI, contains: ['npm run test:browser'] },
  'npm run test:install': { file: CI, contains: ['npm run test:install'] },
  'npm run check:native': { file: CI, contains: ['npm run check:native'] },
  'npm run typecheck': { file: CI, contains: ['npm run typecheck\n'] },
  'npm run typecheck:library': { file: CI, contains: ['npm run typecheck:library'] },
  'npm run lint': { file: CI, contains: ['npm run lint'] },
  'npm run format:check': { file: CI, contains: ['npm run format:check'] },
  'npm run check:cycles': { file: CI, contains: ['npm run check:cycles'] },
  'npm run check:generated': { file: CI, contains: ['npm run check:generated'] },
  'npm run check:migrations': { file: CI, contains: ['npm run check:migrations'] },
  'npm run bench -- --quick': { file: CI, contains: ['npm run bench -- --quick'] },
  'npm pack': { file: INSTALL_TEST, contains: ["'npm', [ 'pack',"] },
  'npm install /path/to/invited-cms-0.1.0.tgz': {
    file: INSTALL_TEST,
    contains: ["'npm', ['install', '--no-audit', '--no-fund', tarball]"],
  },
  'npx payload generate:importmap': {
    file: INSTALL_TEST,
    contains: ["'npx', ['payload', ...args]", "['generate:importmap']"],
  },
  'npx payload generate:types': {
    file: INSTALL_TEST,
    contains: ["'npx', ['payload', ...args]", "['generate:types']"],
  },
  'npx payload migrate:create initial': {
    file: INSTALL_TEST,
    contains: ["'npx', ['payload', ...args]", "['migrate:create', 'initial']"],
  },
  'npx payload migrate': {
    file: INSTALL_TEST,
    contains: ["'npx', ['payload', ...args]", "['migrate']"],
  },
  'npm run backup -- --out backups/before-upgrade.tar.gz': {
    file: 'tests/server/backupRestore.test.ts',
    contains: ['`scripts/${script}.ts`', "runTool('backup', ['--out', archive])"],
  },
  'npm run restore -- backups/before-upgrade.tar.gz': {
    file: 'tests/server/backupRestore.test.ts',
    contains: ['`scripts/${script}.ts`', "runTool('restore', [archive])"],
  },
}

/**
 * Shown, and run by nothing here — each with the reason. Keep this list short: a command belongs in
 * the docs when something proves it works.
 */
const NOT_RUN_HERE: Record<string, string> = {
  'npm install':
    'the first half of the README\'s "npm install && npm start": CI installs the same lockfile with npm ci',
  'npm install -D @graphql-codegen/cli @graphql-codegen/typescript-operations @graphql-codegen/typed-document-node':
    "docs/frontend.md: for a reader's own front-end project; this repository generates its reader site's types with @graphql-codegen/core (npm run check:generated)",
}

/** The npm scripts a runner's `npm run <script>` names must exist in package.json. */
const SCRIPTS = Object.keys(
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: object })
    .scripts,
)
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string
  version: string
}

const SHELL_FENCE = /^```(sh|bash|shell)\s*$/

/** Every command line of the shell blocks of one Markdown file: comments dropped, `\` joined. */
function shellCommands(markdown: string): string[] {
  const commands: string[] = []
  let inShell = false
  let pending = ''
  for (const raw of markdown.split('\n')) {
    const line = raw.trim()
    if (line.startsWith('```')) {
      inShell = !inShell && SHELL_FENCE.test(line)
      continue
    }
    if (!inShell) continue
    const withoutComment = line.replace(/(^|\s)#.*$/, '').trim()
    if (withoutComment.endsWith('\\')) {
      pending += `${withoutComment.slice(0, -1).trim()} `
      continue
    }
    const command = `${pending}${withoutComment}`.trim()
    pending = ''
    if (command) commands.push(command)
  }
  return commands
}

const docFiles = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'), { recursive: true })
    .map((entry) => path.join('docs', String(entry)))
    .filter((file) => file.endsWith('.md'))
    .sort(),
]

const shown = docFiles.flatMap((file) =>
  shellCommands(readFileSync(path.join(ROOT, file), 'utf8')).flatMap((line) =>
    line.split('&&').map((command) => ({ file, command: command.trim().replace(/\s+/g, ' ') })),
  ),
)

const squash = (text: string) => text.replace(/\s+/g, ' ')

describe('the commands the docs show', () => {
  it('finds the commands of README.md and docs/', () => {
    expect(shown.map(({ command }) => command)).toEqual(
      expect.arrayContaining(['npm install', 'npm start', 'npm test']),
    )
  })

  it('are each run by CI or by a named test', () => {
    const unaccounted = shown
      .filter(({ command }) => !(command in RUNS) && !(command in NOT_RUN_HERE))
      .map(({ file, command }) => `${file}: ${command}`)
    expect(
      unaccounted,
      'add each to RUNS with the file that runs it, or do not show it as a command',
    ).toEqual([])
  })

  it.each(Object.entries(RUNS))('%s runs where the table says', (command, runner) => {
    const text = squash(readFileSync(path.join(ROOT, runner.file), 'utf8'))
    for (const needle of runner.contains) expect(text, runner.file).toContain(squash(needle))
    const script = /^npm run ([\w:-]+)/.exec(command)?.[1]
    if (script) expect(SCRIPTS).toContain(script)
  })

  it('lists no command the docs no longer show', () => {
    const commands = new Set(shown.map(({ command }) => command))
    expect(Object.keys(RUNS).filter((command) => !commands.has(command))).toEqual([])
    expect(Object.keys(NOT_RUN_HERE).filter((command) => !commands.has(command))).toEqual([])
  })

  it('names the tarball npm pack really writes', () => {
    const tarballs = docFiles.flatMap((file) =>
      [
        ...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/invited-cms-(\d[\w.-]*)\.tgz/g),
      ].map((match) => match[0]),
    )
    expect(tarballs.length).toBeGreaterThan(0)
    expect(new Set(tarballs)).toEqual(new Set([`${PACKAGE.name}-${PACKAGE.version}.tgz`]))
  })
})

describe('reading the shell blocks', () => {
  it('takes each command line, without comments, joining continued lines, and only shell blocks', () => {
    const markdown = [
      '```sh',
      'npm pack        # builds dist/',
      '',
      'DATABASE_URL=x \\',
      '  npm start',
      '```',
      '```ts',
      'npm run not-a-command',
      '```',
      '```bash',
      "echo '#not a comment'",
      '```',
    ].join('\n')
    expect(shellCommands(markdown)).toEqual([
      'npm pack',
      'DATABASE_URL=x npm start',
      "echo '#not a comment'",
    ])
  })
})
