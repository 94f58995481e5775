/**
 * invited-cms as a library: what another Payload 3 project imports to get this content model.
 * The runnable CMS (payload.config.ts) uses the same exports.
 */
export { createUsersCollection, type UsersCollectionOptions } from './collections/Users'
export { ensureFirstAdmin, type FirstAdminOptions, type FirstAdminResult } from './collections/Users/ensureFirstAdmin'
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
