/**
 * Every plugin of the library shaped alike, checked when a consumer's config is built: collection
 * overrides in the shape of Payload's own plugins (what they may change, what they may not, and the
 * error that says so), one error prefix per plugin, `disabled` checked, and the guards' rename.
 */
import type { AccessArgs, CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  apiGuards,
  apiGuardsPlugin,
  auditLogPlugin,
  moderatedCommentsPlugin,
  practiceContentPlugin,
  reliableCommitsPlugin,
} from 'invited-cms'

const consumerConfig = (): Config =>
  ({
    admin: { user: 'editors' },
    collections: [
      {
        slug: 'editors',
        auth: true,
        fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor'] }],
      },
      { slug: 'stories', fields: [{ name: 'title', type: 'text' }] },
    ],
  }) as unknown as Config

const collectionOf = (config: Config, slug: string): CollectionConfig =>
  config.collections!.find((collection) => collection.slug === slug)!

const fieldNames = (collection: CollectionConfig) =>
  collection.fields.map((field) => ('name' in field ? field.name : undefined))

describe('collection overrides', () => {
  const markRead = () => ({ note: 'ours' })
  const theirHook = () => undefined

  it('add fields, change labels and admin settings, and add hooks after the plugin’s own', async () => {
    const config = (await practiceContentPlugin({
      slugs: { categories: 'topics' },
      overrides: {
        categories: {
          labels: { singular: 'Topic', plural: 'Topics' },
          admin: { group: 'Library' },
          fields: ({ defaultFields }) => [...defaultFields, { name: 'colour', type: 'text' }],
        },
        authors: { hooks: { beforeChange: [theirHook], afterRead: [markRead] } },
      },
    })(consumerConfig())) as Config
    const topics = collectionOf(config, 'topics')
    expect(topics.labels).toEqual({ singular: 'Topic', plural: 'Topics' })
    expect(topics.admin?.group).toBe('Library')
    expect(topics.admin?.useAsTitle).toBe('title')
    expect(fieldNames(topics)).toEqual(expect.arrayContaining(['title', 'slug', 'colour']))
    const authors = collectionOf(config, 'authors')
    const withoutOverrides = collectionOf(
      (await practiceContentPlugin()(consumerConfig())) as Config,
      'authors',
    )
    const ours = withoutOverrides.hooks!.beforeChange!
    expect(authors.hooks!.beforeChange).toHaveLength(ours.length + 1)
    expect(authors.hooks!.beforeChange!.at(-1)).toBe(theirHook)
    expect(authors.hooks!.afterRead).toContain(markRead)
    // The plugin's other hooks are untouched.
    expect(authors.hooks!.beforeOperation).toHaveLength(
      withoutOverrides.hooks!.beforeOperation!.length,
    )
  })

  it('narrow access: a request must pass the plugin’s rule and the override’s', async () => {
    const staffOnly = ({ req }: AccessArgs) =>
      req.user ? { status: { equals: 'approved' } } : false
    const config = (await moderatedCommentsPlugin({
      targets: ['stories'],
      commentsOverrides: { access: { read: staffOnly } },
    })(consumerConfig())) as Config
    const read = collectionOf(config, 'comments').access!.read!
    const reader = { req: { user: null } } as unknown as AccessArgs
    // The plugin lets readers see approved comments; the override keeps readers out entirely.
    expect(await read(reader)).toBe(false)
    const plain = (await moderatedCommentsPlugin({ targets: ['stories'] })(
      consumerConfig(),
    )) as Config
    expect(await collectionOf(plain, 'comments').access!.read!(reader)).not.toBe(false)
  })

  it('apply to the audit log, which stays append-only', async () => {
    const config = (await auditLogPlugin({
      overrides: {
        labels: { singular: 'Record', plural: 'Records' },
        hooks: { beforeChange: [theirHook] },
      },
    })(consumerConfig())) as Config
    const log = collectionOf(config, 'audit-log')
    expect(log.labels).toEqual({ singular: 'Record', plural: 'Records' })
    expect(log.hooks!.beforeChange).toHaveLength(2)
    expect(log.hooks!.beforeChange![1]).toBe(theirHook)
    expect(log.hooks!.beforeDelete).toHaveLength(1)
  })

  it('refuse the slug and what a collection depends on, naming the option to use instead', () => {
    expect(() =>
      practiceContentPlugin({
        overrides: { articles: { slug: 'blog', versions: false } },
      })(consumerConfig()),
    ).toThrow(
      'practiceContentPlugin: "overrides.articles.slug" must be left out (the collection is renamed with "slugs.articles"), got "blog"; "overrides.articles.versions" must be left out (drafts, autosave and scheduled publishing are how an article goes live), got false.',
    )
    expect(() => auditLogPlugin({ overrides: { timestamps: true } })(consumerConfig())).toThrow(
      'auditLogPlugin: "overrides.timestamps" must be left out (entries carry their own `at`), got true.',
    )
    expect(() =>
      moderatedCommentsPlugin({
        targets: ['stories'],
        commentsOverrides: { slug: 'remarks', auth: true },
      })(consumerConfig()),
    ).toThrow(
      'moderatedCommentsPlugin: "commentsOverrides.slug" must be left out (the collection is renamed with "commentsSlug"), got "remarks"; "commentsOverrides.auth" must be left out (a collection of the plugin cannot become a sign-in collection), got true.',
    )
    expect(() =>
      practiceContentPlugin({
        overrides: { widgets: {}, media: { hooks: { afterChange: 'notify' } } } as never,
      })(consumerConfig()),
    ).toThrow(
      /^practiceContentPlugin: "overrides.widgets" must be one of articles, authors, services, categories, media, credentials, got "widgets"; "overrides.media.hooks" must be an object of lists of hook functions/,
    )
  })

  it('refuse fields that drop one of the plugin’s, naming the missing ones', () => {
    expect(() =>
      practiceContentPlugin({
        overrides: {
          categories: {
            fields: ({ defaultFields }) =>
              defaultFields.filter((field) => !('name' in field) || field.name !== 'title'),
          },
        },
      })(consumerConfig()),
    ).toThrow(
      /^practiceContentPlugin: "overrides.categories.fields" must be a function returning the plugin's fields with yours \(missing: title\)/,
    )
  })
})

describe('disabled is checked like every option', () => {
  it('names the plugin and the option', () => {
    const config = consumerConfig()
    expect(() => practiceContentPlugin({ disabled: 'yes' as never })(config)).toThrow(
      'practiceContentPlugin: "disabled" must be true or false, got "yes".',
    )
    expect(() => auditLogPlugin({ disabled: 1 as never })(config)).toThrow(
      'auditLogPlugin: "disabled" must be true or false, got 1.',
    )
    expect(() => apiGuardsPlugin({ disabled: 'no' as never })(config)).toThrow(
      'apiGuardsPlugin: "disabled" must be true or false, got "no".',
    )
    expect(() => reliableCommitsPlugin({ disabled: 'no' as never })(config)).toThrow(
      'reliableCommitsPlugin: "disabled" must be true or false, got "no".',
    )
  })

  it('leaves a config untouched when the plugin adds no schema', async () => {
    const config = consumerConfig()
    expect(await apiGuardsPlugin({ disabled: true })(config)).toBe(config)
    expect(await reliableCommitsPlugin({ disabled: true })(config)).toBe(config)
    expect(await reliableCommitsPlugin()(config)).not.toBe(config)
  })
})

describe('one error prefix per plugin', () => {
  it('starts every error with the plugin’s name', () => {
    expect(() => practiceContentPlugin()({ collections: [] } as unknown as Config)).toThrow(
      /^practiceContentPlugin: the users collection "users" is missing/,
    )
    expect(() => apiGuardsPlugin({ maxAnonymousDepth: 0 })(consumerConfig())).toThrow(
      'apiGuardsPlugin: "maxAnonymousDepth" must be a whole number of 1 or more, got 0.',
    )
  })

  it('keeps the deprecated apiGuards working, under the name it is called by', () => {
    expect(() => apiGuards({ maxAnonymousDepth: 0 })(consumerConfig())).toThrow(
      'apiGuards: "maxAnonymousDepth" must be a whole number of 1 or more, got 0.',
    )
    const guarded = apiGuards()(consumerConfig()) as Config
    expect(collectionOf(guarded, 'stories').hooks?.beforeOperation).toHaveLength(1)
  })
})
