/**
 * Before any test: the server tests run the production bundle, so build it if it is missing or older
 * than the sources (the same check `npm start` makes). Skipped when only unit/int files are selected.
 */
import type { TestProject } from 'vitest/node'

import { ensureProductionBuild } from '../../scripts/build'

export default async function setup(project: TestProject) {
  const selectsServerTests =
    project.vitest.state.getPaths().length === 0
      ? true
      : project.vitest.state.getPaths().some((file) => file.includes('/tests/server/') || file.includes('/tests/browser/'))
  if (selectsServerTests) await ensureProductionBuild()
}
