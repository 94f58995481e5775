/**
 * The reader site's cached reads and the webhook messages that make them stale: every message about
 * something a page shows expires that page's reads, and nothing about an unknown event is trusted to
 * be narrow. SITE_WEBHOOK_SECRET must be a secret as the admin shows it.
 */
import { describe, expect, it } from 'vitest'

import { collectSiteSettings } from '../../src/settings/site'
import { cacheTags, staleTags } from '../../src/site/revalidation'

const page = (path: string, lists = false) => cacheTags({ paths: [path], lists })
const expires = (tags: string[], stale: string[]) => tags.some((tag) => stale.includes(tag))

describe('staleTags', () => {
  const articleChange = (type: string) => ({
    type,
    data: { paths: ['/articles/old-slug', '/articles/new-slug', '/'], tags: ['articles:7'] },
  })

  it('an article’s change expires its pages, old and new address, and every list — nothing else', () => {
    const stale = staleTags(articleChange('article.updated'))
    expect(expires(page('/articles/old-slug'), stale)).toBe(true)
    expect(expires(page('/articles/new-slug'), stale)).toBe(true)
    expect(expires(page('/categories/therapy', true), stale)).toBe(true)
    expect(expires(cacheTags({ lists: true }), stale)).toBe(true)
    expect(expires(page('/articles/another-article'), stale)).toBe(false)
    expect(expires(cacheTags({ frame: true }), stale)).toBe(false)
  })

  it('an approved comment expires its article’s page', () => {
    const stale = staleTags({ type: 'comment.approved', data: { paths: ['/articles/x', '/'] } })
    expect(expires(page('/articles/x'), stale)).toBe(true)
    expect(expires(page('/articles/y'), stale)).toBe(false)
  })

  it.each([
    'author.updated',
    'service.deleted',
    'category.published',
    'practice.updated',
    'new.kind',
  ])('%s expires everything (it shows on many pages)', (type) => {
    const stale = staleTags({ type, data: { paths: [] } })
    expect(expires(page('/articles/x'), stale)).toBe(true)
    expect(expires(cacheTags({ frame: true }), stale)).toBe(true)
  })

  it('takes nothing but strings from a message', () => {
    expect(staleTags({ type: 'article.updated', data: { paths: [42, null, '/a'] } })).toEqual([
      'site:lists',
      'path:/a',
    ])
  })
})

describe('SITE_WEBHOOK_SECRET', () => {
  const read = (value: string) => {
    const problems: string[] = []
    const { webhookSecret } = collectSiteSettings({ SITE_WEBHOOK_SECRET: value }, problems)
    return { webhookSecret, problems }
  }

  it('takes a secret as the admin shows it', () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`
    expect(read(secret)).toEqual({ webhookSecret: secret, problems: [] })
  })

  it.each(['secret', 'whsec_', 'whsec_c2hvcnQ=', `${Buffer.alloc(32).toString('base64')}`])(
    'refuses %s, saying what it should be',
    (value) => {
      const { webhookSecret, problems } = read(value)
      expect(webhookSecret).toBeUndefined()
      expect(problems).toEqual([
        expect.stringMatching(/^SITE_WEBHOOK_SECRET must be a webhook signing secret/),
      ])
    },
  )
})
