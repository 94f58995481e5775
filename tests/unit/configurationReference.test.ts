/**
 * The configuration reference cannot drift: docs/configuration.md is rendered from .env.example, and
 * the environment variables the code reads are exactly the ones .env.example documents — a variable
 * added to the code without a description there (or one documented but no longer read) fails here.
 * Variables only the benchmark, the tests or the server itself set are named in lists below, each
 * with the reason it is not for operators.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import {
  CONFIGURATION_REFERENCE_OUTPUT,
  configurationReferenceFor,
  documentedVariables,
  ENV_EXAMPLE,
  parseEnvExample,
} from '../../scripts/lib/configurationReference'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Where the runnable CMS and the library run: everything but tests, the benchmark and migrations. */
const RUNTIME_FOLDERS = ['src', 'scripts', 'plugins', 'collections', 'upstream']
const RUNTIME_ROOT_FILES = [
  'payload.config.ts',
  'next.config.ts',
  'index.ts',
  'client.ts',
  'rsc.ts',
]
const SKIPPED_FOLDERS = ['src/migrations']

/** Read by the code, set by someone other than an operator. */
const NOT_FOR_OPERATORS: Record<string, string> = {
  NODE_ENV: 'set by npm start, npm run serve and npm run dev (and by Next and Payload)',
  NEXT_PHASE: 'set by Next.js while it builds',
  EMBEDDED_DATABASE_URL: "the server's own note to the config it loads: the embedded socket",
  INVITED_LOCAL_URL: "the server's own note to the reader site: its loopback address",
  BENCH_SKIP_LAYERS: 'benchmark only: the per-layer A/B (bench/layers.ts)',
  CLOUDFLARE_API_URL: "tests only: points Cloudflare purges at the tests' stand-in",
  CHECK_MIGRATIONS_CLI: 'tests only: a CLI stand-in for npm run check:migrations',
}

/** Documented in .env.example, read by a tool rather than by this project's code. */
const READ_BY_TOOLS: Record<string, string> = {
  NEXT_TELEMETRY_DISABLED: 'read by Next.js',
}

const ENV_NAME = '[A-Z][A-Z0-9_]*'
const NAMED_READ = new RegExp(`\\benv\\??\\.(${ENV_NAME})\\b`, 'g')
const QUOTED_READ = new RegExp(`\\benv\\[\\s*['"\`](${ENV_NAME})['"\`]\\s*\\]`, 'g')
const CONSTANT_READ = new RegExp(`\\benv\\[\\s*(${ENV_NAME})\\s*\\]`, 'g')
const DYNAMIC_READ = /\benv\[\s*([a-z][A-Za-z0-9_]*)\s*\]/g
const DESTRUCTURED_READ = /\{([^}]*)\}\s*=\s*(?:process\.)?env\b/g
// In a settings reader that reads by a name it was given: every name it spells out.
const SPELLED_NAME =
  /['"]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"]|^\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+):/gm

function runtimeFiles(): string[] {
  const files = RUNTIME_ROOT_FILES.filter((file) => {
    try {
      return readFileSync(path.join(ROOT, file)) !== undefined
    } catch {
      return false
    }
  })
  for (const folder of RUNTIME_FOLDERS) {
    for (const entry of readdirSync(path.join(ROOT, folder), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (!entry.isFile() || !/\.(ts|tsx|mjs|js)$/.test(entry.name)) continue
      const file = path.relative(ROOT, path.join(entry.parentPath, entry.name))
      if (SKIPPED_FOLDERS.some((skipped) => file.startsWith(`${skipped}/`))) continue
      files.push(file)
    }
  }
  return files
}

/** Every environment variable the code reads, with the files that read it; and what cannot be told. */
function environmentReads(sources: Record<string, string>) {
  const reads = new Map<string, Set<string>>()
  const unresolved: string[] = []
  const add = (name: string, file: string) => {
    if (!reads.has(name)) reads.set(name, new Set())
    reads.get(name)!.add(file)
  }
  const constants = new Map<string, string>()
  for (const text of Object.values(sources)) {
    for (const [, name, value] of text.matchAll(
      new RegExp(`\\b(?:const|let)\\s+(${ENV_NAME})\\s*=\\s*['"](${ENV_NAME})['"]`, 'g'),
    ))
      constants.set(name, value)
  }
  for (const [file, text] of Object.entries(sources)) {
    for (const [, name] of text.matchAll(NAMED_READ)) add(name, file)
    for (const [, name] of text.matchAll(QUOTED_READ)) add(name, file)
    for (const [, constant] of text.matchAll(CONSTANT_READ)) {
      const value = constants.get(constant)
      if (value) add(value, file)
      else unresolved.push(`${file}: env[${constant}] (no string constant of that name)`)
    }
    for (const [, list] of text.matchAll(DESTRUCTURED_READ)) {
      for (const name of list.split(',').map((entry) => entry.split(':')[0].trim()))
        if (/^[A-Z][A-Z0-9_]*$/.test(name)) add(name, file)
    }
    const dynamic = [...text.matchAll(DYNAMIC_READ)]
    if (dynamic.length === 0) continue
    if (!file.startsWith('src/settings/')) {
      unresolved.push(
        `${file}: env[${dynamic[0][1]}] reads a variable by a computed name outside src/settings/`,
      )
      continue
    }
    for (const match of text.matchAll(SPELLED_NAME)) add(match[1] ?? match[2], file)
  }
  return { reads, unresolved }
}

const sources = Object.fromEntries(
  runtimeFiles().map((file) => [file, readFileSync(path.join(ROOT, file), 'utf8')]),
)
const reference = parseEnvExample(readFileSync(path.join(ROOT, ENV_EXAMPLE), 'utf8'))
const documented = documentedVariables(reference)

describe('the configuration reference', () => {
  it(`${CONFIGURATION_REFERENCE_OUTPUT} is the one ${ENV_EXAMPLE} renders (npm run generate)`, () => {
    expect(readFileSync(path.join(ROOT, CONFIGURATION_REFERENCE_OUTPUT), 'utf8')).toBe(
      configurationReferenceFor(ROOT),
    )
  })

  it(`documents each variable once in ${ENV_EXAMPLE}`, () => {
    expect(documented.filter((name, index) => documented.indexOf(name) !== index)).toEqual([])
  })

  it('can tell every variable the code reads', () => {
    expect(environmentReads(sources).unresolved).toEqual([])
  })

  it(`documents in ${ENV_EXAMPLE} exactly the variables the code reads`, () => {
    const { reads } = environmentReads(sources)
    const read = [...reads.keys()].filter((name) => !(name in NOT_FOR_OPERATORS))
    const undocumented = read
      .filter((name) => !documented.includes(name))
      .map((name) => `${name} (read in ${[...reads.get(name)!].join(', ')})`)
    const unread = documented.filter((name) => !reads.has(name) && !(name in READ_BY_TOOLS))
    expect(undocumented, `read by the code but not documented in ${ENV_EXAMPLE}`).toEqual([])
    expect(unread, `documented in ${ENV_EXAMPLE} but read by no code`).toEqual([])
  })

  it('keeps its lists of exceptions true', () => {
    const { reads } = environmentReads(sources)
    expect(Object.keys(NOT_FOR_OPERATORS).filter((name) => !reads.has(name))).toEqual([])
    expect(Object.keys(NOT_FOR_OPERATORS).filter((name) => documented.includes(name))).toEqual([])
    expect(Object.keys(READ_BY_TOOLS).filter((name) => !documented.includes(name))).toEqual([])
  })
})

describe('the scan itself', () => {
  it('finds reads by name, by constant, destructured and by a name a settings reader spells out', () => {
    const { reads, unresolved } = environmentReads({
      'src/a.ts': "const port = process.env.PORT; const x = env?.HOST; env['TRUST_PROXY']",
      'src/b.ts': "export const SOCKET_VARIABLE = 'EMBEDDED_URL'\nenv[SOCKET_VARIABLE]",
      'src/c.ts': 'const { LOG_LEVEL, SMTP_URL: smtp } = process.env',
      'src/settings/d.ts':
        "const NAMES = {\n  COMMENTS_MAX: 'max',\n}\nrequired('CDN_ZONE'); env[name]",
      'src/e.ts': 'env[key]',
    })
    expect([...reads.keys()].sort()).toEqual(
      [
        'CDN_ZONE',
        'COMMENTS_MAX',
        'EMBEDDED_URL',
        'HOST',
        'LOG_LEVEL',
        'PORT',
        'SMTP_URL',
        'TRUST_PROXY',
      ].sort(),
    )
    expect(unresolved).toEqual([
      'src/e.ts: env[key] reads a variable by a computed name outside src/settings/',
    ])
  })
})
