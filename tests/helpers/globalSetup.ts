/**
 * Before any test: the server and browser tests run the production bundle, so build it if it is
 * missing or older than the sources (the same check `npm start` makes). When the command line selects
 * only unit or integration files (`vitest run tests/unit`), no bundle is needed and none is built.
 */
import { ensureProductionBuild } from '../../scripts/build'

function selectsOnlyFilesWithoutServer(argv: string[]): boolean {
  const filters = argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run')
  return filters.length > 0 && filters.every((filter) => !/server|browser/.test(filter))
}

export default async function setup() {
  if (selectsOnlyFilesWithoutServer(process.argv)) return
  await ensureProductionBuild()
}
