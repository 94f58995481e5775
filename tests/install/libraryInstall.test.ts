/**
 * The library installed as a stranger installs it, following the README's "Install the library in
 * your Payload project": `npm pack`; a Payload app that has never seen this repository (./fixture:
 * its own `staff` users and its own slugs — posts, clinicians, images, responses); `npm install
 * <tarball>`; that app's own Payload CLI generates its types, import map and first migration;
 * `next build`; `payload migrate`; `next start` on the machine's PostgreSQL. Then the content model
 * over its REST and GraphQL, and the moderation queue in its admin, in Chromium.
 *
 * The app is pinned to the exact package versions this repository's lockfile holds, so npm takes
 * them from its cache (filled by this repository's `npm ci`) instead of downloading the world again.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, signIn } from '../helpers/browser'
import { freePort } from '../helpers/freePort'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

const REPOSITORY = path.resolve(import.meta.dirname, '../..')
const FIXTURE = path.join(import.meta.dirname, 'fixture')
const OWNER = { email: 'owner@practice.example', password: 'owner-password-123' }
const COMMENT = 'Thank you, this helped me put words to what I feel before a session.'

const execFileAsync = promisify(execFile)
const timings: Record<string, number> = {}

let workDir: string
let app: string
let database: TestDatabase
let server: ChildProcess | undefined
let serverOutput = ''
let baseUrl: string
let browser: Browser | undefined

/** Runs a command to completion and returns what it printed; on failure, the error carries it. */
async function run(
  step: string,
  command: string,
  args: string[],
  nodeEnv: 'development' | 'production' = 'development',
) {
  const started = Date.now()
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd: app,
      env: appEnvironment(nodeEnv),
      maxBuffer: 64 * 1024 * 1024,
    })
    return `${stdout}${stderr}`
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${step} failed: ${command} ${args.join(' ')}\n${stdout}\n${stderr}`, {
      cause: error,
    })
  } finally {
    timings[step] = Date.now() - started
  }
}

/**
 * The app's own `npx payload <command>`, checked by what it says it did. Payload's CLI (3.79+, its
 * tsx loader) sometimes exits 0 having printed and done nothing at all — payloadcms/payload#16381
 * and #17757; here 4 runs in 30 of `payload migrate`. Such a run is tried again (at most twice more);
 * a run that printed something but not `expected` fails the test with everything it printed.
 */
async function runPayloadCli(
  step: string,
  args: string[],
  expected: RegExp,
  nodeEnv: 'development' | 'production' = 'development',
) {
  for (let attempt = 1; ; attempt += 1) {
    const output = await run(step, 'npx', ['payload', ...args], nodeEnv)
    if (expected.test(output)) return output
    if (output.trim() !== '' || attempt === 3)
      throw new Error(`${step}: expected ${expected} in what it printed:\n${output}`)
    console.log(`${step}: the CLI exited without a word (attempt ${attempt}); running it again`)
  }
}

/**
 * What the app's commands see — nothing of this shell. Its CLI generates in development (Payload
 * writes no import map in production); the app is built, migrated and run in production.
 */
function appEnvironment(nodeEnv: 'development' | 'production'): NodeJS.ProcessEnv {
  return {
    NODE_ENV: nodeEnv,
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--no-deprecation',
    DATABASE_URI: database.url,
    PAYLOAD_SECRET: 'install-test-secret-0123456789abcdef',
  }
}

async function startApp(): Promise<string> {
  const port = await freePort()
  const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: app,
    env: appEnvironment('production'),
    detached: true,
  })
  server = child
  child.stdout.on('data', (chunk) => (serverOutput += chunk))
  child.stderr.on('data', (chunk) => (serverOutput += chunk))
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${serverOutput}`)
    const ready = await fetch(`${url}/api/staff/init`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return url
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`next start did not answer within a minute:\n${serverOutput}`)
}

/** Every installed package named `payload`, wherever npm put it. */
async function installedPayloadCopies(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.name !== 'package.json' || path.basename(entry.parentPath) !== 'payload') continue
    const file = path.join(entry.parentPath, entry.name)
    if (JSON.parse(await readFile(file, 'utf8')).name === 'payload')
      found.push(path.relative(app, entry.parentPath))
  }
  return found
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'invited-install-'))
  app = path.join(workDir, 'practice-site')
  database = await createTestDatabase()

  // 1. The package, exactly as it would be published.
  const started = Date.now()
  await execFileAsync('npm', ['pack', '--pack-destination', workDir], {
    cwd: REPOSITORY,
    maxBuffer: 64 * 1024 * 1024,
  })
  timings['npm pack'] = Date.now() - started
  const { name, version } = JSON.parse(
    await readFile(path.join(REPOSITORY, 'package.json'), 'utf8'),
  )
  const tarball = path.join(workDir, `${name}-${version}.tgz`)

  // 2. The app, and the library installed into it.
  await cp(FIXTURE, app, { recursive: true })
  await cp(path.join(REPOSITORY, 'package-lock.json'), path.join(app, 'package-lock.json'))
  await run('npm install <tarball>', 'npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    tarball,
  ])

  // 3. The app's own Payload CLI and build.
  await runPayloadCli('payload generate:types', ['generate:types'], /Compiling TS types/)
  await runPayloadCli('payload generate:importmap', ['generate:importmap'], /import map/i)
  await runPayloadCli('payload migrate:create', ['migrate:create', 'initial'], /Migration created/)
  await run('next build', 'npx', ['next', 'build'], 'production')
  await runPayloadCli('payload migrate', ['migrate'], /Migrated: +\d+_\d+_initial/, 'production')
  baseUrl = await startApp()
}, 900_000)

afterAll(async () => {
  console.log(`Install test steps (ms): ${JSON.stringify(timings)}`)
  await browser?.close()
  if (server?.pid) {
    process.kill(-server.pid, 'SIGTERM')
    await new Promise((resolve) => server?.once('exit', resolve))
  }
  await database?.drop()
  if (!process.env.KEEP_INSTALL_DIR) await rm(workDir, { recursive: true, force: true })
  else console.log(`The installed app is kept in ${app}`)
})

describe('invited-cms installed from its packed tarball into a Payload app', () => {
  it('brings one payload and nothing of the runnable CMS', async () => {
    expect(await installedPayloadCopies(path.join(app, 'node_modules'))).toEqual([
      'node_modules/payload',
    ])
    for (const appOnly of ['express', '@electric-sql/pglite', 'nodemailer']) {
      await expect(readdir(path.join(app, 'node_modules', appOnly))).rejects.toThrow(/ENOENT/)
    }
    const manifest = JSON.parse(
      await readFile(path.join(app, 'node_modules/invited-cms/package.json'), 'utf8'),
    )
    expect(manifest.dependencies).toBeUndefined()
    expect(Object.keys(manifest.peerDependencies)).toContain('payload')
  })

  it('lets the app generate types and a migration for the library’s collections under its own slugs', async () => {
    const types = await readFile(path.join(app, 'payload-types.ts'), 'utf8')
    for (const name of ['Post', 'Clinician', 'Response', 'Credential', 'Staff'])
      expect(types).toMatch(new RegExp(`export interface ${name} \\{`))
    expect(types).toMatch(/displayName\?: string \| null/)

    const migrations = await readdir(path.join(app, 'migrations'))
    const initial = migrations.find((file) => /_initial\.ts$/.test(file))!
    const sql = await readFile(path.join(app, 'migrations', initial), 'utf8')
    for (const table of ['posts', '_posts_v', 'clinicians', 'credentials', 'responses', 'images'])
      expect(sql).toContain(`CREATE TABLE "${table}"`)

    const importMap = await readFile(path.join(app, 'app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).toContain('"invited-cms/rsc#ModerationNavLink"')
    expect(importMap).toContain('"invited-cms/rsc#ModerationQueueView"')
    // Every entry of the package resolves from the app, to compiled JavaScript.
    const resolved = await run('resolve the entries', 'node', [
      '--input-type=module',
      '--eval',
      "for (const entry of ['invited-cms', 'invited-cms/client', 'invited-cms/rsc']) console.log(import.meta.resolve(entry))",
    ])
    expect(
      resolved
        .trim()
        .split('\n')
        .map((url) => path.relative(app, new URL(url).pathname)),
    ).toEqual([
      'node_modules/invited-cms/dist/index.js',
      'node_modules/invited-cms/dist/client.js',
      'node_modules/invited-cms/dist/rsc.js',
    ])
  })

  it('serves the content model over REST and GraphQL, and takes comments', async () => {
    const json = async (response: Response) => ({
      status: response.status,
      body: await response.json(),
    })
    const registered = await json(
      await fetch(`${baseUrl}/api/staff/first-register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...OWNER, roles: ['admin'] }),
      }),
    )
    expect(registered.status).toBe(200)
    const staff = {
      'content-type': 'application/json',
      authorization: `JWT ${registered.body.token}`,
    }

    const credentials = await json(
      await fetch(`${baseUrl}/api/credentials?where[abbreviation][equals]=LCSW`, {
        headers: staff,
      }),
    )
    expect(credentials.body.docs).toHaveLength(1)
    const clinician = await json(
      await fetch(`${baseUrl}/api/clinicians`, {
        method: 'POST',
        headers: staff,
        body: JSON.stringify({
          name: 'Lauren Farina',
          credentials: [
            {
              credential: credentials.body.docs[0].id,
              verified: true,
              licenseNumber: 'LCSW-1234',
              licenseState: 'NY',
            },
          ],
        }),
      }),
    )
    expect(clinician.status).toBe(201)
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'text',
                text: 'Anxiety before a first session is common.',
                format: 0,
                style: '',
                mode: 'normal',
                detail: 0,
                version: 1,
              },
            ],
          },
        ],
      },
    }
    const post = await json(
      await fetch(`${baseUrl}/api/posts`, {
        method: 'POST',
        headers: staff,
        body: JSON.stringify({
          title: 'Before your first session',
          body,
          authors: [clinician.body.doc.id],
          _status: 'published',
        }),
      }),
    )
    expect(post.status).toBe(201)

    // Anonymous readers: the published post with its author's credentials, over REST and GraphQL.
    const rest = await json(
      await fetch(`${baseUrl}/api/posts?where[slug][equals]=before-your-first-session&depth=1`),
    )
    expect(rest.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Before your first session',
    ])
    expect(rest.body.docs[0].authors[0].displayName).toBe('Lauren Farina, LCSW')
    const graphql = await json(
      await fetch(`${baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Posts { docs { title authors { displayName } } } }' }),
      }),
    )
    expect(graphql.body).toEqual({
      data: {
        Posts: {
          docs: [
            {
              title: 'Before your first session',
              authors: [{ displayName: 'Lauren Farina, LCSW' }],
            },
          ],
        },
      },
    })

    const submitted = await json(
      await fetch(`${baseUrl}/api/responses/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          targetId: post.body.doc.id,
          authorName: 'A reader',
          authorEmail: 'reader@example.com',
          body: COMMENT,
        }),
      }),
    )
    expect(submitted.body).toMatchObject({ ok: true, status: 'pending' })
    const publicComments = await json(await fetch(`${baseUrl}/api/responses`))
    expect(publicComments.body.totalDocs).toBe(0)
  })

  it('shows the moderation queue in the app’s admin, where a comment can be approved', async () => {
    browser = await launchChromium()
    const page = await browser.newPage()
    await signIn(page, baseUrl, OWNER)
    // The link sits in the navigation drawer (closed at this window size); it must be there.
    expect(await page.locator('#nav-moderation-queue').getAttribute('href')).toBe(
      '/admin/moderation',
    )
    await page.goto(`${baseUrl}/admin/moderation`)
    const item = page.locator('li.moderation-queue__comment', { hasText: COMMENT })
    await item.getByRole('button', { name: 'Approve' }).click()
    await expect
      .poll(() => page.getByRole('button', { name: 'Approved (1)' }).count(), { timeout: 15_000 })
      .toBe(1)

    const { docs } = await (await fetch(`${baseUrl}/api/posts?depth=0`)).json()
    expect(docs[0].approvedCommentCount).toBe(1)
  })
})
