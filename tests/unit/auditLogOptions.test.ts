/**
 * The audit log plugin's option checks, and recordAuditEvent in an app without the plugin.
 */
import type { Config, PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { auditLogPlugin, recordAuditEvent } from 'invited-cms'

const baseConfig = (): Config =>
  ({
    admin: { user: 'staff' },
    collections: [
      {
        slug: 'staff',
        auth: true,
        fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin'] }],
      },
      { slug: 'posts', versions: { drafts: true }, fields: [{ name: 'title', type: 'text' }] },
    ],
  }) as unknown as Config

describe('auditLogPlugin options', () => {
  it('names every wrong option at once', () => {
    expect(() =>
      auditLogPlugin({
        slug: 'Audit Log',
        retentionDays: -1,
        detectors: { comments: 'Not a slug' },
        autosave: 'always' as never,
      })(baseConfig()),
    ).toThrow(
      /auditLogPlugin: "slug" must be .*; "retentionDays" must be .*; "detectors.comments" must be .*; "autosave" must be/,
    )
  })

  it('refuses a config without its users collection, or one that already has the log', () => {
    const config = baseConfig()
    expect(() => auditLogPlugin()({ ...config, admin: { user: 'people' } })).toThrow(
      /users collection "people"/,
    )
    expect(() => auditLogPlugin({ slug: 'posts' })(config)).toThrow(
      /already has a collection "posts"/,
    )
  })

  it('adds the log, savedBy on versioned collections, and its task, in a foreign config', async () => {
    const config = (await auditLogPlugin({ slug: 'history' })(baseConfig())) as Config
    const slugs = config.collections!.map((collection) => collection.slug)
    expect(slugs).toEqual(['staff', 'posts', 'history'])
    const posts = config.collections!.find((collection) => collection.slug === 'posts')!
    expect(posts.fields.map((field) => ('name' in field ? field.name : ''))).toContain('savedBy')
    const staff = config.collections!.find((collection) => collection.slug === 'staff')!
    expect(staff.fields.map((field) => ('name' in field ? field.name : ''))).not.toContain(
      'savedBy',
    )
    expect(config.jobs?.tasks?.map((task) => task.slug)).toContain('pruneAuditLog')
    expect(config.custom).toMatchObject({
      invitedAuditLog: { slug: 'history', usersSlug: 'staff' },
    })
  })
})

describe('recordAuditEvent without the plugin', () => {
  it('does nothing', async () => {
    const create = vi.fn()
    const req = {
      payload: { config: { custom: {} }, create },
      user: null,
    } as unknown as PayloadRequest
    await recordAuditEvent(req, { action: 'review.approve', collection: 'articles', documentId: 1 })
    expect(create).not.toHaveBeenCalled()
  })
})
