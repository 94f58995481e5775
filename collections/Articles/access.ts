/**
 * Articles: writers create and edit (and publish) their own; editors and admins everyone's; moderators
 * and anonymous readers read published articles only.
 */
import type { Access } from 'payload'

import { hasRole } from '../shared/roles.ts'

export const canChangeArticle: Access = ({ req }) => {
  if (hasRole(req.user, 'editor')) return true
  if (hasRole(req.user, 'writer')) return { createdBy: { equals: req.user!.id } }
  return false
}
