/**
 * `comments`: public discussion on any target collection, moderated. Private fields — email, client
 * hash, user agent, flags, notes, who moderated — are visible to moderators only.
 */
import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { isAdmin } from '../../collections/shared/roles.ts'
import { commentAccess } from './access.ts'
import { countAfterChange, countAfterDelete } from './hooks/commentCounts.ts'
import { prepareStaffReply, recordModeration } from './hooks/staffComments.ts'
import { rewriteTargetWhere } from './hooks/targetWhere.ts'
import { personalDataEndpoints } from './privacy/personalData.ts'
import { submitCommentEndpoints } from './submission/endpoint.ts'
import type { ResolvedCommentsOptions } from './types.ts'
import {
  COMMENT_FLAG_LABELS,
  COMMENT_FLAGS,
  COMMENT_STATUS_LABELS,
  COMMENT_STATUSES,
  optionsOf,
} from './vocabulary.ts'

export function createCommentsCollection(
  options: ResolvedCommentsOptions,
  usersSlug: string,
): CollectionConfig {
  const { moderatorsOnly, moderatorsOnlyField, moderatorsOrPublic } = commentAccess(
    options.isModerator,
  )
  const privateField = {
    read: moderatorsOnlyField,
    create: moderatorsOnlyField,
    update: moderatorsOnlyField,
  }
  // commentsOverrides are applied by the plugin (index.ts), like every plugin's overrides.

  return {
    slug: options.commentsSlug,
    labels: { singular: 'Comment', plural: 'Comments' },
    admin: {
      useAsTitle: 'authorName',
      defaultColumns: ['urgent', 'status', 'authorName', 'body', 'target', 'createdAt'],
      group: 'Community',
      listSearchableFields: ['body', 'authorName', 'authorEmail'],
    },
    // Not by `urgent`: readers may not see that field, and a sort must work for every reader.
    defaultSort: '-createdAt',
    access: {
      read: moderatorsOrPublic,
      // The public submits through POST /api/<comments>/submit, which validates and moderates;
      // creating here directly is for staff replies from the admin.
      create: moderatorsOnly,
      update: moderatorsOnly,
      // Moderators reject or mark spam; deleting (for good) is left to admins.
      delete: ({ req }) => isAdmin(req.user),
    },
    hooks: {
      // GraphQL's `{ target: { value: … } }` filter, in the form Payload's query validation knows.
      beforeOperation: [rewriteTargetWhere(['target'])],
      beforeChange: [prepareStaffReply(options.commentsSlug), recordModeration],
      // Moderators are told about new submissions once they are stored (submission/submitComment.ts).
      afterChange: [countAfterChange],
      afterDelete: [countAfterDelete],
    },
    // POST /api/<comments>/submit: the public way in, closed while the plugin is disabled. A
    // commenter's data can be exported and erased by admins even then.
    endpoints: [
      ...(options.disabled ? [] : submitCommentEndpoints(options)),
      ...personalDataEndpoints(options.commentsSlug),
    ],
    fields: commentFields(options, usersSlug, privateField),
  }
}

function commentFields(
  options: ResolvedCommentsOptions,
  usersSlug: string,
  privateField: { read: FieldAccess; create: FieldAccess; update: FieldAccess },
): Field[] {
  return [
    {
      name: 'target',
      type: 'relationship',
      relationTo: options.targets,
      required: true,
      index: true,
    },
    { name: 'parent', type: 'relationship', relationTo: options.commentsSlug, index: true },
    { name: 'depth', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    {
      // The thread below this comment: approved replies, oldest first (paginated like any join).
      name: 'replies',
      type: 'join',
      collection: options.commentsSlug,
      on: 'parent',
      where: { status: { equals: 'approved' } },
      defaultSort: 'createdAt',
      defaultLimit: 20,
      admin: { defaultColumns: ['authorName', 'body', 'createdAt'] },
    },
    { name: 'authorName', type: 'text', required: true, maxLength: options.limits.maxNameLength },
    // Indexed: flood control and known-author approval look comments up by email.
    { name: 'authorEmail', type: 'email', index: true, access: privateField },
    { name: 'body', type: 'textarea', required: true, maxLength: options.limits.maxBodyLength },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: optionsOf(COMMENT_STATUSES, COMMENT_STATUS_LABELS),
    },
    { name: 'urgent', type: 'checkbox', defaultValue: false, index: true, access: privateField },
    {
      name: 'flags',
      type: 'select',
      hasMany: true,
      options: optionsOf(COMMENT_FLAGS, COMMENT_FLAG_LABELS),
      access: privateField,
    },
    { name: 'isStaffReply', type: 'checkbox', defaultValue: false, admin: { readOnly: true } },
    { name: 'moderationNote', type: 'textarea', access: privateField },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: usersSlug,
      access: privateField,
      admin: { readOnly: true },
    },
    { name: 'moderatedAt', type: 'date', access: privateField, admin: { readOnly: true } },
    {
      // When moderators were told (at once, or in a digest): the digest sends what has no date yet.
      name: 'moderatorsNotifiedAt',
      type: 'date',
      index: true,
      access: privateField,
      admin: { readOnly: true, description: 'When moderators were told about this comment.' },
    },
    {
      name: 'targetPublished',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { hidden: true },
    },
    { name: 'ipHash', type: 'text', index: true, access: privateField, admin: { readOnly: true } },
    { name: 'userAgent', type: 'text', access: privateField, admin: { readOnly: true } },
  ]
}
