/**
 * moderatedCommentsPlugin: public, moderated comments on any collections of a Payload 3 config.
 *
 *   plugins: [moderatedCommentsPlugin({ targets: ['articles'], rules: { holdWords: ['refund'] } })]
 *
 * Adds the comments collection with its public submission endpoint (POST /api/comments/submit) and
 * GraphQL mutation, the spam, crisis and health-information checks, the admin's moderation queue,
 * and on each target an open/closed field, an `approvedCommentCount` and a `commentThread` join
 * (approved comments, each with its `replies`).
 */
import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { chainGraphQLExtensions } from '../shared/graphqlExtensions.ts'
import { withDashboardWidgets } from '../shared/dashboard.ts'
import { withJoinDefaultsInGraphQL } from '../../upstream/graphqlJoins.ts'
import { applyCollectionOverrides } from '../shared/collectionOverrides.ts'
import { createCommentsCollection } from './collection.ts'
import { resolveCommentsOptions } from './defaults.ts'
import { syncCommentVisibility } from './hooks/targetVisibility.ts'
import { commentDigestTask } from './notifications/digest.ts'
import { pruneCommenterDataTask } from './privacy/retention.ts'
import { forgetModerators } from './notifications/recipients.ts'
import { createSubmissionLocksCollection, submissionLocksSlug } from './submission/clientLock.ts'
import { createHoneypotCatchesCollection, honeypotCatchesSlug } from './submission/honeypot.ts'
import { submitCommentMutation } from './submission/graphql.ts'
import type { ModeratedCommentsOptions, ResolvedCommentsOptions } from './types.ts'
import {
  COMMENTER_DATA_PATH,
  COMMENTS_CLOSED,
  COMMENTS_OPEN,
  MODERATION_QUEUE_PATH,
} from './vocabulary.ts'

export type {
  CommentsCollectionOverrides,
  CrisisResources,
  IsModerator,
  ModeratedCommentsOptions,
} from './types.ts'
export { findCrisis, type CrisisLanguage } from './rules/sensitive.ts'
export { CLIENT_ADDRESS_HEADER } from './clientAddressHeader.ts'
export { DEFAULT_CRISIS_RESOURCES, DEFAULT_IS_MODERATOR } from './defaults.ts'
export * from './vocabulary.ts'

/** What each target gains: the open/closed switch (unless it has its own), the thread, the count. */
function targetFields(collection: CollectionConfig, options: ResolvedCommentsOptions): Field[] {
  const hasOpenField = collection.fields.some(
    (field) => 'name' in field && field.name === options.openField,
  )
  return [
    ...(hasOpenField
      ? []
      : [
          {
            name: options.openField,
            type: 'select',
            defaultValue: COMMENTS_OPEN,
            options: [
              { label: 'Open', value: COMMENTS_OPEN },
              { label: 'Closed', value: COMMENTS_CLOSED },
            ],
            admin: { position: 'sidebar' },
          } satisfies Field,
        ]),
    {
      // The public discussion: approved top-level comments, oldest first, each with its `replies`.
      // Paginated like any join (`limit`, `page`); readers see only what they may.
      name: 'commentThread',
      type: 'join',
      collection: options.commentsSlug,
      on: 'target',
      where: { and: [{ status: { equals: 'approved' } }, { parent: { exists: false } }] },
      defaultSort: 'createdAt',
      defaultLimit: 20,
      admin: { allowCreate: false, defaultColumns: ['authorName', 'body', 'createdAt'] },
    },
    {
      name: 'approvedCommentCount',
      type: 'number',
      defaultValue: 0,
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Approved comments, kept up to date by moderation.',
      },
    },
  ]
}

/** The moderation queue (/admin/moderation), the commenter-data page (/admin/commenter-data) and their navigation links. */
function withModerationQueue(admin: Config['admin'], commentsSlug: string): Config['admin'] {
  return {
    ...admin,
    components: {
      ...admin?.components,
      afterNavLinks: [
        ...(admin?.components?.afterNavLinks ?? []),
        { path: 'invited-cms/rsc#ModerationNavLink', serverProps: { commentsSlug } },
        { path: 'invited-cms/rsc#CommenterDataNavLink' },
      ],
      views: {
        ...admin?.components?.views,
        moderationQueue: {
          Component: { path: 'invited-cms/rsc#ModerationQueueView', serverProps: { commentsSlug } },
          path: MODERATION_QUEUE_PATH,
        },
        commenterData: {
          Component: { path: 'invited-cms/rsc#CommenterDataView', serverProps: { commentsSlug } },
          path: COMMENTER_DATA_PATH,
        },
      },
    },
  }
}

export const moderatedCommentsPlugin =
  (options: ModeratedCommentsOptions = {}): Plugin =>
  (config: Config): Config => {
    const resolved = resolveCommentsOptions(options)
    const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
    const missing = resolved.targets.filter((target) => !slugs.has(target))
    if (missing.length > 0) {
      throw new Error(
        `moderatedCommentsPlugin: target collection(s) ${missing.join(', ')} not found ("targets"). Install this plugin ` +
          'after the plugin or config that defines them.',
      )
    }
    for (const slug of [
      resolved.commentsSlug,
      submissionLocksSlug(resolved.commentsSlug),
      honeypotCatchesSlug(resolved.commentsSlug),
    ]) {
      if (slugs.has(slug)) {
        throw new Error(
          `moderatedCommentsPlugin: the config already has a collection "${slug}" (from "commentsSlug").`,
        )
      }
    }

    const withCommentSupport = (collection: CollectionConfig): CollectionConfig =>
      !resolved.targets.includes(collection.slug)
        ? collection
        : {
            ...collection,
            fields: [...collection.fields, ...targetFields(collection, resolved)],
            hooks: {
              ...collection.hooks,
              afterChange: [
                ...(collection.hooks?.afterChange ?? []),
                syncCommentVisibility(resolved.commentsSlug),
              ],
            },
          }

    // Moderators' addresses are remembered for a minute (notifications/recipients.ts): a change to
    // any user forgets them, so a new moderator is told about the next comment.
    const usersSlug = config.admin?.user ?? 'users'
    const forgetting = (collection: CollectionConfig): CollectionConfig =>
      collection.slug !== usersSlug
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [
                ...(collection.hooks?.afterChange ?? []),
                ({ req, doc }) => {
                  forgetModerators(req.payload)
                  return doc
                },
              ],
              afterDelete: [
                ...(collection.hooks?.afterDelete ?? []),
                ({ req }) => forgetModerators(req.payload),
              ],
            },
          }

    if (resolved.digest && !resolved.disabled && !config.serverURL) {
      throw new Error(
        'moderatedCommentsPlugin: "digest" needs the config\'s serverURL: the links in a digest are opened from a mail client, so they must be absolute.',
      )
    }
    const comments = applyCollectionOverrides(
      createCommentsCollection(resolved, usersSlug),
      resolved.commentsOverrides,
      { plugin: 'moderatedCommentsPlugin', option: 'commentsOverrides' },
    )
    const withSchema: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map(withCommentSupport).map(forgetting),
        comments,
        createSubmissionLocksCollection(resolved.commentsSlug),
        createHoneypotCatchesCollection(resolved.commentsSlug),
      ],
      // Always registered (the jobs table's schema lists every task), scheduled unless days is 0.
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          pruneCommenterDataTask(resolved.commentsSlug, resolved.retention),
          commentDigestTask(
            {
              recipients: resolved.notify,
              isModerator: resolved.isModerator,
              usersSlug: config.admin?.user ?? 'users',
              commentsSlug: resolved.commentsSlug,
            },
            resolved.disabled ? undefined : resolved.digest,
          ),
        ],
      },
      graphQL: {
        ...config.graphQL,
        // The comment thread and replies are joins: over GraphQL too, approved only and oldest first.
        queries: withJoinDefaultsInGraphQL(config.graphQL?.queries),
      },
    }
    // Disabled: the same collections and fields (so the database and generated types do not change),
    // but no way in for readers (the collection has no submission endpoint either) and no queue.
    if (resolved.disabled) return withSchema

    const withQueue = withDashboardWidgets(withSchema, {
      widgets: [
        {
          slug: 'moderation',
          label: 'Comments',
          Component: {
            path: 'invited-cms/rsc#ModerationWidget',
            serverProps: { commentsSlug: resolved.commentsSlug },
          },
          minWidth: 'small',
        },
      ],
      layoutFor: ({ user }) =>
        user && resolved.isModerator(user) ? [{ widgetSlug: 'moderation', width: 'medium' }] : [],
    })
    return {
      ...withQueue,
      admin: withModerationQueue(withQueue.admin, resolved.commentsSlug),

      graphQL: {
        ...withSchema.graphQL,
        mutations: chainGraphQLExtensions(
          config.graphQL?.mutations,
          submitCommentMutation(resolved),
        ),
      },
    }
  }
