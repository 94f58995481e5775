/**
 * A license number is public only when its `licenseNumberPublic` says so, and its read access looks
 * at that sibling. A read that selects the number without the switch (REST `select`, GraphQL, which
 * selects by default, or the Local API) would find no switch and hide every number. Such a read
 * loads the switch too. (Not `forceSelect`: merged into a select of all of `credentials`, it would
 * narrow that to the switch alone.)
 */
import type { CollectionBeforeOperationHook } from 'payload'

import { isPlainObject } from '../../shared/objects.ts'

export const keepLicenseVisibilityLoaded: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read') return args
  const select = (args as { select?: unknown }).select
  if (!isPlainObject(select) || !isPlainObject(select.credentials)) return args
  const credentials = select.credentials
  if (credentials.licenseNumber !== true || 'licenseNumberPublic' in credentials) return args
  return {
    ...args,
    select: { ...select, credentials: { ...credentials, licenseNumberPublic: true } },
  }
}
