/**
 * moderatedComments: public, moderated comments on any collections of a Payload 3 config.
 *
 *   plugins: [moderatedCommentsPlugin({ targets: ['articles'], rules: { holdWords: ['refund'] } })]
 *
 * Adds the comments collection with its public submission endpoint (POST /api/comments/submit) and
 * GraphQL mutation, the spam, crisis and health-information checks, and on each target an
 * `approvedCommentCount` and a `commentThread` join (approved comments, each with its `replies`).
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { chainGraphQLExtensions } from '../../collections/shared/graphqlExtensions.ts'
import { withJoinDefaultsInGraphQL } from '../../collections/shared/graphqlJoins.ts'
import { createCommentsCollection } from './collection.ts'
import { resolveCommentsOptions } from './defaults.ts'
import { syncCommentVisibility } from './hooks/targetVisibility.ts'
import { submitCommentEndpoints } from './submission/endpoint.ts'
import { submitCommentMutation } from './submission/graphql.ts'
import type { ModeratedCommentsOptions } from './types.ts'

export type { ModeratedCommentsOptions } from './types.ts'
export { CLIENT_ADDRESS_HEADER } from './clientAddressHeader.ts'
export { DEFAULT_CRISIS_RESOURCES } from './defaults.ts'

export const moderatedCommentsPlugin =
  (options: ModeratedCommentsOptions = {}): Plugin =>
  (config: Config): Config => {
    const resolved = resolveCommentsOptions(options)
    const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
    const missing = resolved.targets.filter((target) => !slugs.has(target))
    if (missing.length > 0) {
      throw new Error(
        `moderatedComments: target collection(s) ${missing.join(', ')} not found. Install this plugin after the ` +
          'plugin or config that defines them.',
      )
    }

    const withCommentSupport = (collection: CollectionConfig): CollectionConfig =>
      !resolved.targets.includes(collection.slug)
        ? collection
        : {
            ...collection,
            fields: [
              ...collection.fields,
              {
                // The public discussion: approved top-level comments, oldest first, each with its
                // `replies`. Paginated like any join (`limit`, `page`); readers see only what they may.
                name: 'commentThread',
                type: 'join',
                collection: resolved.commentsSlug,
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
                admin: { position: 'sidebar', readOnly: true, description: 'Approved comments, kept up to date by moderation.' },
              },
            ],
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), syncCommentVisibility(resolved.commentsSlug)],
            },
          }

    const comments = createCommentsCollection(resolved, config.admin?.user ?? 'users')
    comments.endpoints = submitCommentEndpoints(resolved)

    // The admin's moderation queue (/admin/moderation) and a link to it in the navigation, referenced
    // by the package's client and server-component entries (Payload's import-map convention).
    const admin: Config['admin'] = {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), 'invited-cms/client#ModerationNavLink'],
        views: {
          ...config.admin?.components?.views,
          moderationQueue: {
            Component: {
              path: 'invited-cms/rsc#ModerationQueueView',
              serverProps: { commentsSlug: resolved.commentsSlug, moderatorRoles: resolved.moderatorRoles },
            },
            path: '/moderation',
          },
        },
      },
    }

    return {
      ...config,
      admin,
      collections: [...(config.collections ?? []).map(withCommentSupport), comments],
      graphQL: {
        ...config.graphQL,
        // The comment thread and replies are joins: over GraphQL too, approved only and oldest first.
        queries: withJoinDefaultsInGraphQL(config.graphQL?.queries),
        mutations: chainGraphQLExtensions(config.graphQL?.mutations, submitCommentMutation(resolved)),
      },
    }
  }
