/**
 * invited-cms as a library: what another Payload 3 project imports to get this content model.
 * The runnable CMS (payload.config.ts) uses the same exports.
 */
export { practiceContent, type PracticeContentOptions } from './plugins/practiceContent'
export { apiGuards, type ApiGuardsOptions, QueryError, MalformedIdNotFound } from './plugins/apiGuards'

export { createArticlesCollection } from './collections/Articles'
export { computeReadingTime, WORDS_PER_MINUTE } from './collections/Articles/readingTime'
export { createAuthorsCollection } from './collections/Authors'
export {
  computeDisplayName,
  expiringLicenses,
  mayPracticeClinically,
  type HeldCredential,
} from './collections/Authors/credentials'
export { createCategoriesCollection } from './collections/Categories'
export { createCredentialsCollection } from './collections/Credentials'
export {
  DEFAULT_CREDENTIAL_CATALOGUE,
  type CredentialDefinition,
  type CredentialKind,
} from './collections/Credentials/catalogue'
export { createMediaCollection, type MediaOptions } from './collections/Media'
export { createServicesCollection } from './collections/Services'
export { createUsersCollection, type UsersCollectionOptions } from './collections/Users'
export { ensureFirstAdmin, type FirstAdminOptions, type FirstAdminResult } from './collections/Users/ensureFirstAdmin'

export { DEFAULT_CONTENT_SLUGS, type ContentSlugs } from './collections/shared/slugs'
export { slugify } from './collections/shared/slug'
export {
  adminsOnly,
  adminsOnlyField,
  hasRole,
  isAdmin,
  ROLE_LABELS,
  ROLES,
  type Role,
  type UserWithRoles,
} from './collections/shared/roles'
