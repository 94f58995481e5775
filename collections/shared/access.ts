/**
 * Access predicates shared by the content collections. The matrix they implement
 * (docs/content-model.md, "Roles and access"): admins and editors run all content; writers create
 * articles and edit their own; moderators have nothing editorial; anonymous readers see published,
 * public content only.
 */
import type { Access, FieldAccess, Where } from 'payload'

import { hasRole } from './roles.ts'

/** Anyone who writes or edits content: writers, editors, admins. */
export const isEditorialUser = (user: Parameters<typeof hasRole>[0]): boolean =>
  hasRole(user, 'editor', 'writer')

/** Editors and admins: everything editorial, on anyone's documents. */
export const editorsOnly: Access = ({ req }) => hasRole(req.user, 'editor')
export const editorsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'editor')

/** Writers, editors, admins. */
export const editorialUsers: Access = ({ req }) => isEditorialUser(req.user)
export const editorialUsersField: FieldAccess = ({ req }) => isEditorialUser(req.user)

/** Public reference content (services, categories, media, author profiles). */
export const anyone: Access = () => true

export const PUBLISHED_ONLY: Where = { _status: { equals: 'published' } }

/**
 * For collections with drafts: editorial users read everything (drafts included); everyone else —
 * anonymous readers, moderators — only published documents, whatever `draft` flag they send.
 */
export const editorialOrPublished: Access = ({ req }) =>
  isEditorialUser(req.user) ? true : PUBLISHED_ONLY
