/**
 * `npm run backup` and `npm run restore`, round trip: content written through the running server
 * (a published article with later draft versions, an approved comment, an uploaded image), backed
 * up, the database and media folder wiped, restored, and the server started again answers the same.
 * On the embedded database (the backup refuses while the server has it open) and, under
 * test:postgres, on PostgreSQL (pg_dump while it runs).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { uploadPng } from '../helpers/uploadOverHttp'
import { createHttpClient, type HttpClient } from '../helpers/httpClient'
import { TEST_SECRET } from '../helpers/payloadHarness'
import { createServerDatabase, stopThenDrop, type ServerDatabase } from '../helpers/serverDatabase'
import { usingPostgresServer } from '../helpers/testDatabase'

const ADMIN = { email: 'admin@example.com', password: 'backup-admin-password' }
const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..')

let database: ServerDatabase
let folder: string
let env: Record<string, string | undefined>
let cms: CmsProcess | undefined

beforeAll(async () => {
  database = await createServerDatabase({ persistent: true })
  folder = await mkdtemp(path.join(os.tmpdir(), 'invited-backup-test-'))
  env = {
    ...database.env,
    MEDIA_DIR: path.join(folder, 'media'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  }
})

afterAll(async () => {
  await stopThenDrop(cms, database)
  await rm(folder, { recursive: true, force: true })
})

/** Runs `npm run backup` / `npm run restore` (their scripts) with the server's settings. */
function runTool(script: 'backup' | 'restore', args: string[]) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, `scripts/${script}.ts`), ...args],
      {
        cwd: PROJECT_ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DOTENV_FILE: '',
          PAYLOAD_SECRET: TEST_SECRET,
          NODE_ENV: 'production',
          ...Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)),
        },
      },
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

async function startServer() {
  cms = await startCmsProcess(env)
  const http = createHttpClient(cms.url)
  return { http, token: await http.token(ADMIN.email, ADMIN.password) }
}

async function stopServer() {
  await cms?.stop()
  cms = undefined
}

/** Everything the round trip must keep, read through the API as an admin. */
async function snapshot(http: HttpClient, token: string, articleId: number) {
  const read = async (url: string) => {
    const response = await http.request('GET', url, { token })
    expect(response.status, url).toBe(200)
    return response.json()
  }
  const article = await read(`/api/articles/${articleId}?draft=true&depth=1`)
  const published = await read(`/api/articles/${articleId}?depth=0`)
  const versions = await read(
    `/api/articles/versions?where[parent][equals]=${articleId}&sort=createdAt&limit=50&depth=0`,
  )
  const comments = await read('/api/comments?sort=createdAt&depth=0&limit=50')
  const image = article.coverImage
  const file = await fetch(`${cms!.url}${image.url}`)
  expect(file.status).toBe(200)
  return {
    draftTitle: article.title,
    publishedTitle: published.title,
    versions: versions.docs.map(
      (v: { id: number; version: { title: string; _status: string } }) => [
        v.id,
        v.version.title,
        v.version._status,
      ],
    ),
    comments: comments.docs.map((c: Record<string, unknown>) => [
      c.id,
      c.body,
      c.status,
      c.authorEmail,
    ]),
    image: [image.id, image.filename, image.alt],
    imageSha256: createHash('sha256')
      .update(Buffer.from(await file.arrayBuffer()))
      .digest('hex'),
  }
}

async function wipe() {
  if (usingPostgresServer()) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL })
    await client.connect()
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
    await client.end()
  } else {
    await rm(env.PGLITE_DATA_DIR!, { recursive: true, force: true })
  }
  await rm(env.MEDIA_DIR!, { recursive: true, force: true })
}

describe('backup and restore', () => {
  it('gives back the same articles with their versions, comments and media files', async () => {
    const { http, token } = await startServer()
    const asAdmin = async (method: string, url: string, body?: unknown) => {
      const response = await http.request(method, url, { token, body })
      expect(response.status, `${method} ${url}`).toBeLessThan(300)
      return response.json()
    }
    const upload = await uploadPng(cms!.url, token, { fileName: 'kept.png', alt: 'A kept image' })
    expect(upload.status).toBe(201)
    const imageId = ((await upload.json()) as { doc: { id: number } }).doc.id

    const author = await asAdmin('POST', '/api/authors', { name: 'Kept Author' })
    const article = await asAdmin('POST', '/api/articles', {
      title: 'Kept article',
      body: lexicalFromParagraphs(['First words.']),
      authors: [author.doc.id],
      coverImage: imageId,
      _status: 'published',
    })
    const articleId = article.doc.id as number
    await asAdmin('PATCH', `/api/articles/${articleId}?draft=true`, {
      title: 'Kept article, edited',
    })
    const submitted = await fetch(`${cms!.url}/api/comments/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        targetId: articleId,
        authorName: 'Kept Reader',
        authorEmail: 'kept.reader@example.com',
        body: 'A comment worth keeping.',
      }),
    })
    expect(submitted.status).toBe(201)
    const commentId = ((await submitted.json()) as { id: number }).id
    await asAdmin('PATCH', `/api/comments/${commentId}`, { status: 'approved' })

    const before = await snapshot(http, token, articleId)
    expect(before.versions.length).toBeGreaterThanOrEqual(2)
    expect(before.draftTitle).toBe('Kept article, edited')
    expect(before.publishedTitle).toBe('Kept article')

    const archive = path.join(folder, 'backup.tar.gz')
    if (!usingPostgresServer()) {
      // The embedded database belongs to the running server: the backup says so and writes nothing.
      const refused = await runTool('backup', ['--out', archive])
      expect(refused.code).toBe(1)
      expect(refused.output).toMatch(/in use by process \d+/)
      expect(await readdir(folder)).not.toContain('backup.tar.gz')
      await stopServer()
    }
    const backedUp = await runTool('backup', ['--out', archive])
    expect(backedUp.output).toMatch(
      /Backed up the (embedded|postgres) database .* and 1 media files/,
    )
    expect(backedUp.code).toBe(0)
    await stopServer()

    // Restoring over existing data is refused without --force, and changes nothing.
    const overExisting = await runTool('restore', [archive])
    expect(overExisting.code).toBe(1)
    expect(overExisting.output).toMatch(/already hold data: nothing was changed/)

    await wipe()
    const restored = await runTool('restore', [archive])
    expect(restored.output).toMatch(/Restored the/)
    expect(restored.code).toBe(0)

    const again = await startServer()
    expect(await snapshot(again.http, again.token, articleId)).toEqual(before)
  }, 180_000)
})
