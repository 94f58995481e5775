/**
 * The library's plugins in a consumer's config (its own `editors`, other slugs), shaped alike:
 * - switched off, each keeps the schema it adds (the same collections, fields, globals and tasks) and
 *   its behaviour stops: no lookups by slug, no audit entries, no request guards;
 * - apiGuardsPlugin listed first still runs after the plugins listed after it (Payload's `order`);
 * - overrides reach a running app: an added field is stored, access narrowed, hooks merged.
 */
import {
  buildConfig,
  handleEndpoints,
  type CollectionBeforeOperationHook,
  type Plugin,
  type SanitizedConfig,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  apiGuardsPlugin,
  auditLogPlugin,
  practiceContentPlugin,
  reliableCommitsPlugin,
  type PracticeContentOptions,
} from 'invited-cms'
import {
  consumerConfig,
  plainUsersCollection,
  startConsumerApp,
  type ConsumerAppOptions,
} from '../helpers/consumerApp'
import { foreignSlug } from '../helpers/foreignSlug'
import type { TestApp } from '../helpers/testApp'

const contentOptions: PracticeContentOptions = {
  slugs: { articles: 'posts', authors: 'team', categories: 'topics', media: 'images' },
  usersCollection: 'editors',
  credentialCatalogue: false,
  mediaDir: '/tmp/invited-plugin-shapes-media',
}

/** A plugin of the consumer's, listed after the guards: a collection with a hook of its own. */
const ownNotesHook: CollectionBeforeOperationHook = ({ args }) => args
const notesPlugin: Plugin = (config) => ({
  ...config,
  collections: [
    ...(config.collections ?? []),
    {
      slug: 'notes',
      access: { read: () => true },
      hooks: { beforeOperation: [ownNotesHook] },
      fields: [{ name: 'text', type: 'text' }],
    },
  ],
})

/** The consumer's app with exactly these plugins, in this order, and its own `editors`. */
const withPlugins = (plugins: Plugin[]): ConsumerAppOptions => ({
  users: plainUsersCollection('editors'),
  content: false,
  comments: false,
  apiGuards: false,
  reliableCommits: false,
  plugins,
})

const topicOverrides = {
  fields: ({ defaultFields }: { defaultFields: import('payload').Field[] }) => [
    ...defaultFields,
    { name: 'colour', type: 'text' as const },
  ],
  admin: { group: 'Library' },
  // Topics are for signed-in staff here, though the plugin lets readers see them.
  access: { read: ({ req }: { req: { user?: unknown } }) => Boolean(req.user) },
}
const namesSeenByTheirHook: string[] = []

/** Every plugin on, each with overrides; the guards listed first, the consumer's plugin after. */
const enabledPlugins = (withOverrides: boolean): Plugin[] => [
  apiGuardsPlugin(),
  practiceContentPlugin({
    ...contentOptions,
    overrides: withOverrides
      ? {
          categories: topicOverrides,
          authors: {
            hooks: {
              beforeChange: [
                ({ data }) => {
                  namesSeenByTheirHook.push(String(data.name))
                  return data
                },
              ],
            },
          },
        }
      : undefined,
  }),
  auditLogPlugin({ slug: 'history' }),
  notesPlugin,
  reliableCommitsPlugin(),
]

const disabledPlugins: Plugin[] = [
  apiGuardsPlugin({ disabled: true }),
  practiceContentPlugin({ ...contentOptions, disabled: true }),
  auditLogPlugin({ slug: 'history', disabled: true }),
  notesPlugin,
  reliableCommitsPlugin({ disabled: true }),
]

const shape = (config: SanitizedConfig) => ({
  collections: config.collections.map((collection) => [
    collection.slug,
    collection.flattenedFields.map((field) => [field.name, field.type]),
  ]),
  globals: config.globals.map((global) => [
    global.slug,
    global.flattenedFields.map((field) => [field.name, field.type]),
  ]),
  tasks: (config.jobs.tasks ?? []).map((task) => task.slug),
})

type Running = TestApp & { key: string }

async function start(plugins: Plugin[], key: string): Promise<Running> {
  return { ...(await startConsumerApp({ ...withPlugins(plugins), key })), key }
}

/**
 * An anonymous REST GET through Payload's own handler, answered by this app's instance (two apps
 * run side by side here, so not through the route client, which answers from the default one).
 */
const get = (running: Running, path: string) =>
  handleEndpoints({
    config: running.config,
    request: new Request(`http://localhost:3000/api${path}`),
    payloadInstanceCacheKey: running.key,
  })

let on: Running
let off: Running
let editor: { id: number }

beforeAll(async () => {
  on = await start(enabledPlugins(true), 'plugin-shapes-on')
  off = await start(disabledPlugins, 'plugin-shapes-off')
  for (const { payload } of [on, off]) {
    editor = (await payload.create({
      collection: foreignSlug('editors'),
      data: {
        email: 'editor@elsewhere.example',
        password: 'editor-password-123',
        roles: ['editor'],
      },
    } as never)) as never
  }
})

afterAll(async () => {
  await on?.close()
  await off?.close()
})

const createTopic = (running: Running, title: string) =>
  running.payload.create({
    collection: foreignSlug('topics'),
    data: { title } as never,
    user: { ...editor, collection: 'editors', roles: ['editor'] },
    overrideAccess: false,
  }) as Promise<{ id: number; slug: string }>

describe('plugins switched off', () => {
  it('keep the same collections, fields, globals and tasks', async () => {
    // Built only (an adapter that never connects), to compare with the running disabled app.
    const enabled = await buildConfig(
      consumerConfig(off.database, withPlugins(enabledPlugins(false))),
    )
    expect(shape(off.config)).toEqual(shape(enabled))
    expect(shape(off.config).collections.map(([slug]) => slug)).toEqual(
      expect.arrayContaining(['posts', 'team', 'topics', 'images', 'history', 'notes']),
    )
    expect(shape(off.config).globals.map(([slug]) => slug)).toContain('practice')
  })

  it('answer no lookups by slug', async () => {
    for (const running of [on, off]) {
      await running.payload.create({
        collection: foreignSlug('team'),
        data: { name: 'Sam Reyes' } as never,
      })
    }
    expect((await get(off, '/team/by-slug/sam-reyes')).status).toBe(404)
    expect((await get(on, '/team/by-slug/sam-reyes')).status).toBe(200)
  })

  it('write no audit log entries', async () => {
    await createTopic(off, 'Stress')
    const entries = await off.payload.count({ collection: foreignSlug('history') })
    expect(entries.totalDocs).toBe(0)
    await createTopic(on, 'Stress')
    const logged = await on.payload.count({ collection: foreignSlug('history') })
    expect(logged.totalDocs).toBeGreaterThan(0)
  })

  it('guard no requests: an anonymous page of 1000 is answered, not refused', async () => {
    expect((await get(off, '/notes?limit=1000')).status).toBe(200)
    expect((await get(on, '/notes?limit=1000')).status).toBe(400)
  })
})

describe('apiGuardsPlugin listed first', () => {
  it('runs after the plugins listed after it, guarding their collections as the config is built', async () => {
    const notes = on.config.collections.find(
      (collection) => collection.slug === foreignSlug('notes'),
    )!
    const hooks = notes.hooks.beforeOperation
    expect(hooks).toHaveLength(2)
    expect(hooks[0]).toBe(ownNotesHook)
    const answer = await get(on, '/notes?limit=1000')
    expect(await answer.json()).toMatchObject({ errors: [{ name: 'QueryError' }] })
  })
})

describe('overrides in a running app', () => {
  it('store an added field, and narrow who reads', async () => {
    const topic = await on.payload.create({
      collection: foreignSlug('topics'),
      data: { title: 'Grief', colour: 'teal' } as never,
    })
    expect(topic).toMatchObject({ colour: 'teal', slug: 'grief' })
    expect((await get(on, `/topics/${topic.id}`)).status).toBe(403)
    // Without the override, readers see topics (the plugin's own rule).
    const plain = await off.payload.create({
      collection: foreignSlug('topics'),
      data: { title: 'Grief' } as never,
    })
    expect((await get(off, `/topics/${plain.id}`)).status).toBe(200)
  })

  it('run their hooks after the plugin’s, which still compute what they compute', async () => {
    const author = (await on.payload.create({
      collection: foreignSlug('team'),
      data: { name: 'Robin Vale' } as never,
    })) as { displayName?: string }
    expect(author.displayName).toBe('Robin Vale')
    expect(namesSeenByTheirHook).toContain('Robin Vale')
  })
})
