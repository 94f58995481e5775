/**
 * Writes the files generated from the Payload config — `payload-types.ts`, `schema.graphql`, the
 * admin import map, and the reader site's typed GraphQL operations — and the configuration reference
 * (docs/configuration.md, from `.env.example`), so they are committed and reviewed like code. `--check` fails when regenerating changed any of them: the committed files
 * were stale.
 */
import { configToSchema } from '@payloadcms/graphql'
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { printSchema } from 'graphql'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../payload.config'
import {
  CONFIGURATION_REFERENCE_OUTPUT,
  configurationReferenceFor,
} from './lib/configurationReference'
import { generateSiteOperations, SITE_OPERATIONS_OUTPUT } from './lib/siteOperations'

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..')
const GENERATED_FILES = [
  'payload-types.ts',
  'schema.graphql',
  'src/app/(payload)/admin/importMap.js',
  SITE_OPERATIONS_OUTPUT,
  CONFIGURATION_REFERENCE_OUTPUT,
]

const read = (file: string) => {
  const absolute = path.join(PROJECT_ROOT, file)
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined
}

const before = GENERATED_FILES.map(read)

const config = await configPromise
await generateTypes(config, { log: false })
await writeFile(config.graphQL.schemaOutputFile, `${printSchema(configToSchema(config).schema)}\n`)
await generateImportMap(config, { force: true, log: false })
// From the schema file just written: the site is typed against the API as documented, nothing else.
await generateSiteOperations(PROJECT_ROOT)
// From .env.example, the one description of every environment variable.
await writeFile(
  path.join(PROJECT_ROOT, CONFIGURATION_REFERENCE_OUTPUT),
  configurationReferenceFor(PROJECT_ROOT),
)

const changed = GENERATED_FILES.filter((file, index) => read(file) !== before[index])
if (process.argv.includes('--check') && changed.length > 0) {
  console.error(
    `Generated files were stale and have been regenerated; commit them:\n  ${changed.join('\n  ')}`,
  )
  process.exit(1)
}
console.log(
  changed.length > 0 ? `Regenerated ${changed.join(', ')}.` : 'Generated files are up to date.',
)
process.exit(0)
