/**
 * Readers who may not see drafts get published documents even when they ask for drafts: a front end
 * that sends `draft: true` by mistake still receives every published article (including those with a
 * pending draft revision) instead of a list with holes. Read access already keeps drafts out; this
 * makes the answer complete as well as safe.
 */
import type { CollectionBeforeOperationHook } from 'payload'

import { isEditorialUser } from '../../shared/access.ts'

export const publishedOnlyForReaders: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'read' && !isEditorialUser(req.user) && 'draft' in args) {
    return { ...args, draft: false }
  }
  return args
}
