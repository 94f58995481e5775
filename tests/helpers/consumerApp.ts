/**
 * The library's test harness: someone else's Payload app with the library installed, booted on a
 * database of this test file's own. It has what a consumer writes (a users collection from
 * `createUsersCollection`, the plugins with the options the test gives) and nothing of this
 * project's runnable CMS: no payload.config.ts, no settings read from the environment, no change
 * feed, webhooks, mail or seed. Library tests (tests/library) use it; the app's tests use
 * payloadHarness.ts, which boots the app's own config.
 *
 * It returns the same handle (TestApp) as payloadHarness, so a test reads the same either way.
 */
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload, type CollectionConfig, type Config, type Plugin } from 'payload'
import sharp from 'sharp'

import {
  apiGuardsPlugin,
  auditLogPlugin,
  createUsersCollection,
  ensureFirstAdmin,
  moderatedCommentsPlugin,
  practiceContentPlugin,
  reliableCommitsPlugin,
  type ApiGuardsOptions,
  type AuditLogOptions,
  type ModeratedCommentsOptions,
  type PracticeContentOptions,
} from 'invited-cms'
import { closePayload } from '../../upstream/poolErrors'
import { TEST_ADMIN, TEST_SECRET, type TestApp } from './testApp'
import { adapterFor, createTestDatabase, type TestDatabase } from './testDatabase'

export type ConsumerAppOptions = {
  /**
   * The consumer's auth collection. By default the library's `createUsersCollection()` (slug `users`,
   * roles), with the first admin TEST_ADMIN created as the app does; a collection of the test's own
   * gets no first admin.
   */
  users?: CollectionConfig
  /** practiceContentPlugin's options; `false` leaves the plugin out. */
  content?: PracticeContentOptions | false
  /** moderatedCommentsPlugin's options; `false` leaves the plugin out. */
  comments?: ModeratedCommentsOptions | false
  /** auditLogPlugin's options; `false` (the default) leaves the plugin out. */
  auditLog?: AuditLogOptions | false
  /** apiGuardsPlugin's options; `false` leaves the plugin out. */
  apiGuards?: ApiGuardsOptions | false
  /** reliableCommitsPlugin, listed last; on unless `false`. */
  reliableCommits?: boolean
  /** The consumer's own plugins, listed after the library's. */
  plugins?: Plugin[]
  /** Anything else of the consumer's config (collections are added to its users collection). */
  config?: Partial<Omit<Config, 'db' | 'plugins' | 'secret'>>
  /**
   * getPayload's cache key: the default one, unless two apps run in one test file. Payload's route
   * handlers (routeClient) call getPayload() with the default key, so a test that uses them keeps it.
   */
  key?: string
}

/**
 * An auth collection of the consumer's own, as plain as Payload's templates have: email, password and
 * the `roles` the library's access rules read.
 */
export const plainUsersCollection = (slug: string): CollectionConfig => ({
  slug,
  auth: true,
  fields: [
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: ['admin', 'editor', 'writer', 'moderator'],
    },
  ],
})

/** The consumer's config for `database`, before Payload sanitizes it. */
export function consumerConfig(database: TestDatabase, options: ConsumerAppOptions = {}): Config {
  const {
    content = {},
    comments = {},
    auditLog = false,
    apiGuards = {},
    reliableCommits = true,
    plugins = [],
    config = {},
  } = options
  const users = options.users ?? createUsersCollection()
  const folder = path.join(os.tmpdir(), `invited-consumer-${process.pid}`)
  return {
    ...config,
    secret: TEST_SECRET,
    telemetry: false,
    editor: config.editor ?? lexicalEditor(),
    sharp,
    db: adapterFor(database),
    admin: { user: users.slug, ...config.admin },
    collections: [users, ...(config.collections ?? [])],
    plugins: [
      ...(content
        ? [practiceContentPlugin({ mediaDir: path.join(folder, 'media'), ...content })]
        : []),
      ...(comments ? [moderatedCommentsPlugin(comments)] : []),
      ...(auditLog ? [auditLogPlugin(auditLog)] : []),
      ...(apiGuards ? [apiGuardsPlugin(apiGuards)] : []),
      ...plugins,
      ...(reliableCommits ? [reliableCommitsPlugin()] : []),
    ],
    onInit: async (payload) => {
      if (!options.users) await ensureFirstAdmin(payload, { usersSlug: users.slug, ...TEST_ADMIN })
      await config.onInit?.(payload)
    },
  }
}

/** Boots the consumer's app on a fresh database of its own. */
export async function startConsumerApp(options: ConsumerAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase()
  const config = await buildConfig(consumerConfig(database, options))
  const payload = await getPayload({ config, key: options.key })
  return {
    payload,
    config,
    database,
    close: async () => {
      await closePayload(payload)
      await database.drop()
    },
  }
}
