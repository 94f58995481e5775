/**
 * Writes the files generated from the Payload config — `payload-types.ts`, `schema.graphql` and the
 * admin import map — so they are committed and reviewed like code.
 * `--check` regenerates them and fails if that changed anything git tracks: the committed files are stale.
 */
import { configToSchema } from '@payloadcms/graphql'
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { printSchema } from 'graphql'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../payload.config'

export const GENERATED_FILES = ['payload-types.ts', 'schema.graphql', 'src/app/(payload)/admin/importMap.js']

const config = await configPromise
await generateTypes(config, { log: false })
await writeFile(config.graphQL.schemaOutputFile, `${printSchema(configToSchema(config).schema)}\n`)
await generateImportMap(config, { force: true, log: false })

if (process.argv.includes('--check')) {
  const changed = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED_FILES], { encoding: 'utf8' }).trim()
  if (changed) {
    console.error(`Generated files are stale (run \`npm run generate\` and commit the result):\n${changed}`)
    process.exit(1)
  }
  console.log('Generated files are up to date.')
} else {
  console.log(`Wrote ${GENERATED_FILES.join(', ')}.`)
}
process.exit(0)
