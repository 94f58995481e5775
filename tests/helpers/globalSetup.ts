/**
 * Before any test: the server and browser tests run the production bundle, so build it if it is
 * missing or older than the sources (the same check `npm start` makes). When the command line selects
 * only unit or integration files (`vitest run tests/unit`), no bundle is needed and none is built.
 */
import { ensureProductionBuild } from '../../scripts/build'
import { preparePreviousRelease } from './previousRelease'
import { usingPostgresServer } from './testDatabase'

const fileFilters = (argv: string[]) =>
  argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run')

function selectsOnlyFilesWithoutServer(argv: string[]): boolean {
  const filters = fileFilters(argv)
  return filters.length > 0 && filters.every((filter) => !/server|browser/.test(filter))
}

const ROLLING_DEPLOY_TEST = 'tests/server/rollingDeploy.test.ts'

function selectsRollingDeploy(argv: string[]): boolean {
  const filters = fileFilters(argv)
  return (
    usingPostgresServer() &&
    (filters.length === 0 || filters.some((filter) => ROLLING_DEPLOY_TEST.includes(filter)))
  )
}

export default async function setup() {
  if (selectsOnlyFilesWithoutServer(process.argv)) return
  await ensureProductionBuild()
  // The rolling-deploy test (PostgreSQL only) runs the previous release: built here, before any test
  // runs, so that its two-minute install and build do not slow the timed tests running beside it.
  if (selectsRollingDeploy(process.argv)) {
    const started = Date.now()
    const folder = await preparePreviousRelease()
    console.log(
      `Previous release ready in ${folder} (${Math.round((Date.now() - started) / 1000)} s).`,
    )
  }
}
