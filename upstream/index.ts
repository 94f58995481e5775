/**
 * Everything in invited-cms that reaches into Payload's or drizzle's internals, one module per
 * upstream problem, each with the versions it was tested with (versionGuard.ts) and a test in
 * tests/int/upstreamProblems.test.ts that fails once upstream has fixed the problem (then the module
 * can go):
 *
 * - commitFailures.ts  a transaction PostgreSQL did not commit is reported as done
 * - jobClaims.ts       two instances running the jobs queue run the same job twice
 * - migrationLock.ts   instances that start together apply the same migration twice
 * - payloadInstances.ts the instance made inside Next's bundle is out of the server's reach
 * - poolErrors.ts      a connection dropped while idle crashes the process; destroy leaves the pool open
 * - afterCommit.ts     no hook runs after a transaction commits (the change feed needs one)
 * - deepListPages.ts   a deep list page evaluates join fields for every row its OFFSET skips
 * - graphqlJoins.ts    join fields over GraphQL ignore their where, sort and limit defaults
 * - graphqlRelationshipOrder.ts  a hasMany relationship over GraphQL comes in the order its loads finish
 * - graphqlSelect.ts   GraphQL's select: true loads aliased relationships wrongly (and is off by default)
 * - readReplicas.ts    reads go to replicas that are down or behind, or miss other instances' writes
 */
export { AFTER_COMMIT, afterCommit, installAfterCommit } from './afterCommit.ts'
export { COMMIT_FAILURES, surfaceCommitFailures } from './commitFailures.ts'
export { DEEP_LIST_PAGES, loadDeepPagesByIdFirst } from './deepListPages.ts'
export { GRAPHQL_JOINS, withJoinDefaultsInGraphQL } from './graphqlJoins.ts'
export {
  GRAPHQL_RELATIONSHIP_ORDER,
  withRelationshipOrderInGraphQL,
} from './graphqlRelationshipOrder.ts'
export { GRAPHQL_SELECT, withSelectByDefaultInGraphQL } from './graphqlSelect.ts'
export { claimJobsOnce, JOB_CLAIMS } from './jobClaims.ts'
export { lockMigrations, MIGRATION_LOCK } from './migrationLock.ts'
export { cachedPayloadInstances, PAYLOAD_INSTANCES } from './payloadInstances.ts'
export { closePayload, logPoolErrorsInsteadOfCrashing, POOL_ERRORS } from './poolErrors.ts'
export {
  READ_REPLICAS,
  routeReadsSafely,
  type ReplicaRouting,
  type ReplicaRoutingOptions,
} from './readReplicas.ts'
export {
  installedVersion,
  requireTestedVersion,
  unpatched,
  UntestedUpstreamError,
  type Workaround,
} from './versionGuard.ts'
