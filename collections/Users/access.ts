/**
 * Who may see and change user accounts. Accounts are never publicly readable: an anonymous request
 * gets nothing, a signed-in non-admin sees and edits only their own account.
 */
import type { Access } from 'payload'

import { isAdmin } from '../shared/roles.ts'

export const canReadUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user)) return true
  return { id: { equals: req.user.id } }
}

export const canUpdateUsers: Access = canReadUsers
