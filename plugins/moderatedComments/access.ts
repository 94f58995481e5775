/**
 * Moderators (whoever the `isModerator` option accepts) work the queue and see everything; everyone
 * else sees only approved comments on published documents, and never the private fields.
 */
import type { Access, FieldAccess, Where } from 'payload'

import type { IsModerator } from './types.ts'

export const PUBLIC_COMMENTS: Where = {
  and: [{ status: { equals: 'approved' } }, { targetPublished: { equals: true } }],
}

export function commentAccess(isModerator: IsModerator) {
  const moderatorsOnly: Access = ({ req }) => isModerator(req.user)
  const moderatorsOnlyField: FieldAccess = ({ req }) => isModerator(req.user)
  const moderatorsOrPublic: Access = ({ req }) => (isModerator(req.user) ? true : PUBLIC_COMMENTS)
  return { moderatorsOnly, moderatorsOnlyField, moderatorsOrPublic }
}
