/**
 * invited-cms as a library — the package's server entry: what another Payload 3 project imports to
 * get this content model. The runnable CMS (payload.config.ts) imports the same entry by the package's
 * name. Admin components are in the `invited-cms/rsc` (server) and `invited-cms/client` entries.
 */
export {
  practiceContentPlugin,
  type PracticeContentOptions,
  type PracticeContentOverrides,
} from './plugins/practiceContent/index.ts'
export {
  moderatedCommentsPlugin,
  type CommentsCollectionOverrides,
  type IsModerator,
  type ModeratedCommentsOptions,
  CLIENT_ADDRESS_HEADER,
  DEFAULT_CRISIS_RESOURCES,
  DEFAULT_IS_MODERATOR,
  COMMENT_FLAGS,
  COMMENT_STATUSES,
  MODERATION_QUEUE_PATH,
  type CommentFlag,
  type CommentStatus,
  type CrisisLanguage,
  type CrisisResources,
  findCrisis,
} from './plugins/moderatedComments/index.ts'
export {
  auditLogPlugin,
  recordAuditEvent,
  pruneAuditLog,
  AuditLogIsAppendOnly,
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditActor,
  type AuditEvent,
  type AuditLogOptions,
  type RecordAuditOptions,
} from './plugins/auditLog/index.ts'
export {
  reliableCommitsPlugin,
  RELIABLE_COMMITS_ORDER,
  surfaceCommitFailures,
  type ReliableCommitsOptions,
} from './plugins/reliableCommits/index.ts'
export {
  afterCommit,
  installAfterCommit,
  routeReadsSafely,
  type ReplicaRouting,
  type ReplicaRoutingOptions,
  UntestedUpstreamError,
  type Workaround,
} from './upstream/index.ts'
export {
  apiGuardsPlugin,
  apiGuards,
  API_GUARDS_ORDER,
  type ApiGuardsOptions,
  type ApiGuardsPluginOptions,
  QueryError,
  MalformedIdNotFound,
} from './plugins/apiGuards/index.ts'

export {
  type CollectionOverrides,
  type RefusedOverrides,
} from './plugins/shared/collectionOverrides.ts'

export { createArticlesCollection } from './collections/Articles/index.ts'
export {
  articleSearchInstallSql,
  articleSearchTables,
  articleSearchUninstallSql,
  searchArticles,
  SEARCH_LIMITS,
  type ArticleSearchHit,
  type ArticleSearchPage,
  type ArticleSearchTables,
  type SearchTextPart,
} from './plugins/practiceContent/search/index.ts'
export { computeReadingTime, WORDS_PER_MINUTE } from './collections/Articles/readingTime.ts'
export { createAuthorsCollection } from './collections/Authors/index.ts'
export {
  computeDisplayName,
  expiringLicenses,
  mayPracticeClinically,
  type HeldCredential,
} from './collections/Authors/credentials.ts'
export { createCategoriesCollection } from './collections/Categories.ts'
export { createCredentialsCollection } from './collections/Credentials/index.ts'
export {
  DEFAULT_CREDENTIAL_CATALOGUE,
  type CredentialDefinition,
  type CredentialKind,
} from './collections/Credentials/catalogue.ts'
export { createMediaCollection, type MediaOptions } from './collections/Media.ts'
export { createServicesCollection } from './collections/Services/index.ts'
export { createUsersCollection, type UsersCollectionOptions } from './collections/Users/index.ts'
export {
  ensureFirstAdmin,
  type FirstAdminOptions,
  type FirstAdminResult,
} from './collections/Users/ensureFirstAdmin.ts'

export { DEFAULT_CONTENT_SLUGS, type ContentSlugs } from './collections/shared/collectionSlugs.ts'
export { slugify } from './collections/shared/slugField.ts'
export {
  adminsOnly,
  adminsOnlyField,
  hasRole,
  isAdmin,
  ROLE_LABELS,
  ROLES,
  type Role,
  type UserWithRoles,
} from './collections/shared/roles.ts'
