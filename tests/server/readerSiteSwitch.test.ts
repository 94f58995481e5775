/**
 * READER_SITE=false: a practice with its own front end runs the CMS as API and admin only — the
 * reader site's pages answer 404, everything else works as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { createServerDatabase, stopThenDrop, type ServerDatabase } from '../helpers/serverDatabase'

let database: ServerDatabase
let cms: CmsProcess

beforeAll(async () => {
  database = await createServerDatabase()
  cms = await startCmsProcess({ ...database.env, READER_SITE: 'false' })
})

afterAll(async () => {
  await stopThenDrop(cms, database)
})

describe('with the reader site switched off', () => {
  it.each([
    '/',
    '/articles/anything',
    '/authors/anyone',
    '/preview/articles/1',
    // Feeds, sitemap and robots.txt belong to the site too (a headless CMS has no pages to list).
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/categories/anything/feed.xml',
    '/authors/anyone/feed.json',
    '/sitemap.xml',
    '/robots.txt',
  ])('%s is 404', async (path) => {
    expect((await fetch(`${cms.url}${path}`)).status).toBe(404)
  })

  it('still serves the API and the admin', async () => {
    expect((await fetch(`${cms.url}/api/articles`)).status).toBe(200)
    expect((await fetch(`${cms.url}/admin/login`)).status).toBe(200)
  })
})
