/**
 * The library installed as a stranger installs it, following the README's "Install the library in
 * your Payload project": `npm pack`; a Payload app that has never seen this repository (./fixture:
 * what create-payload-app lists, its own `staff` users and its own slugs — posts, clinicians,
 * images, responses); `npm install <tarball>`, resolved from scratch (no lockfile: nothing of this
 * repository's); that app's own Payload CLI generates its types, import map and first migration;
 * `next build`; `payload migrate`; `next start` on the machine's PostgreSQL. Then the content model
 * over its REST and GraphQL, and the moderation queue in its admin, in Chromium.
 *
 * All of it at both ends of what the package claims (Chromium at the first only): the app pinned to
 * the lowest, then to the highest version the registry holds in each of the library's peer ranges —
 * every Payload package on the same version, which all of them have; react-dom on react's. Both
 * ends install at once. `INSTALL_ENDS=lowest` (or `highest`) runs one end.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runUntilItSpeaks } from '../../scripts/lib/silentCli'
import { launchChromium, signIn } from '../helpers/browser'
import { freePort } from '../helpers/freePort'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

const REPOSITORY = path.resolve(import.meta.dirname, '../..')
const FIXTURE = path.join(import.meta.dirname, 'fixture')
const OWNER = { email: 'owner@practice.example', password: 'owner-password-123' }
const COMMENT = 'Thank you, this helped me put words to what I feel before a session.'

type Manifest = {
  name: string
  version: string
  dependencies?: Record<string, string>
  peerDependencies: Record<string, string>
}
const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
const LIBRARY = readManifest(REPOSITORY)
const FIXTURE_MANIFEST = readManifest(FIXTURE)

/**
 * What `create-payload-app` lists in a new app's `dependencies`, its database adapter aside
 * (payloadcms/payload templates/blank/package.json at v3.84.0, the newest 3.x release readable
 * here). The library may need nothing else: `@payloadcms/graphql`, for one, comes only through
 * `@payloadcms/next`.
 */
const CREATE_PAYLOAD_APP_DEPENDENCIES = [
  '@payloadcms/next',
  '@payloadcms/richtext-lexical',
  '@payloadcms/ui',
  'cross-env',
  'dotenv',
  'graphql',
  'next',
  'payload',
  'react',
  'react-dom',
  'sharp',
]

type End = 'lowest' | 'highest'
const ENDS = (process.env.INSTALL_ENDS ?? 'lowest,highest').split(',') as End[]

const execFileAsync = promisify(execFile)

/** Payload's packages go together: every one of an app on the same version. */
const isPayloadPackage = (name: string) => name === 'payload' || name.startsWith('@payloadcms/')

function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number))
  for (let i = 0; i < 3; i += 1) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

/** The versions the registry holds in a range, oldest first (no prereleases). */
async function versionsInRange(name: string, range: string): Promise<string[]> {
  const { stdout } = await execFileAsync('npm', ['view', `${name}@${range}`, 'version', '--json'])
  const found: string | string[] = stdout.trim() === '' ? [] : JSON.parse(stdout)
  const versions = (Array.isArray(found) ? found : [found]).sort(compareVersions)
  if (versions.length === 0) throw new Error(`the registry has no ${name}@${range}`)
  return versions
}

/**
 * The app's `dependencies` at each end of the library's peer ranges: the fixture's list, with every
 * Payload package on the lowest (highest) version that all of them have in the claimed range, every
 * other peer on the lowest (highest) version of its range, and react-dom on react's.
 */
async function dependenciesAtEnds(): Promise<Record<End, Record<string, string>>> {
  const peers = LIBRARY.peerDependencies
  const listed = FIXTURE_MANIFEST.dependencies ?? {}
  const payloadPackages = [...new Set([...Object.keys(peers), ...Object.keys(listed)])].filter(
    isPayloadPackage,
  )
  const payloadLists = await Promise.all(
    payloadPackages.map((name) => versionsInRange(name, peers[name] ?? peers.payload)),
  )
  const payloadVersions = payloadLists[0].filter((version) =>
    payloadLists.every((list) => list.includes(version)),
  )
  const others = Object.keys(peers).filter((name) => !isPayloadPackage(name))
  const otherLists = await Promise.all(others.map((name) => versionsInRange(name, peers[name])))
  const at = (end: End) => {
    const pick = (list: string[]) => (end === 'lowest' ? list[0] : list[list.length - 1])
    const pinned: Record<string, string> = {}
    for (const name of payloadPackages) pinned[name] = pick(payloadVersions)
    others.forEach((name, index) => (pinned[name] = pick(otherLists[index])))
    if (pinned.react && !peers['react-dom']) pinned['react-dom'] = pinned.react
    // Only what the app lists: a peer it does not list is the test below's failure, not a pin.
    return Object.fromEntries(
      Object.entries(listed).map(([name, version]) => [name, pinned[name] ?? version]),
    )
  }
  return { lowest: at('lowest'), highest: at('highest') }
}

/** Runs a command to completion and returns what it printed; on failure, the error carries it. */
async function runIn(
  cwd: string,
  env: NodeJS.ProcessEnv,
  steps: Record<string, number>,
  step: string,
  command: string,
  args: string[],
) {
  const started = Date.now()
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd,
      env,
      maxBuffer: 64 * 1024 * 1024,
    })
    return `${stdout}${stderr}`
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${step} failed: ${command} ${args.join(' ')}\n${stdout}\n${stderr}`, {
      cause: error,
    })
  } finally {
    steps[step] = (steps[step] ?? 0) + Date.now() - started
  }
}

let workDir: string
let ends: Record<End, Record<string, string>>
const appDir = (end: End) => path.join(workDir, `practice-site-${end}`)
const installs: Partial<Record<End, Promise<string>>> = {}
const timings: Record<string, Record<string, number>> = Object.fromEntries(
  ENDS.map((end) => [end, {}]),
)

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'invited-install-'))
  // The package, exactly as it would be published; the versions each end installs.
  timings.pack = {}
  const [resolved] = await Promise.all([
    dependenciesAtEnds(),
    runIn(REPOSITORY, process.env, timings.pack, 'npm pack', 'npm', [
      'pack',
      '--pack-destination',
      workDir,
    ]),
  ])
  ends = resolved
  const tarball = path.join(workDir, `${LIBRARY.name}-${LIBRARY.version}.tgz`)
  console.log(`Install test ends: ${JSON.stringify(ends)}`)

  // Each app, its dependencies pinned to its end, and the library installed into it: resolved from
  // scratch, as in an app that has no lockfile yet. Both ends install at once (mostly waiting on
  // the registry); each end's tests wait for their own.
  for (const end of ENDS) {
    await cp(FIXTURE, appDir(end), { recursive: true })
    await writeFile(
      path.join(appDir(end), 'package.json'),
      `${JSON.stringify({ ...FIXTURE_MANIFEST, dependencies: ends[end] }, null, 2)}\n`,
    )
    const install = runIn(
      appDir(end),
      { NODE_ENV: 'development', PATH: process.env.PATH, HOME: process.env.HOME },
      timings[end],
      'npm install <tarball>',
      'npm',
      ['install', '--no-audit', '--no-fund', tarball],
    )
    install.catch(() => undefined) // reported by that end's tests
    installs[end] = install
  }
}, 300_000)

afterAll(async () => {
  console.log(`Install test steps (ms): ${JSON.stringify(timings)}`)
  await Promise.allSettled(Object.values(installs))
  if (!process.env.KEEP_INSTALL_DIR) await rm(workDir, { recursive: true, force: true })
  else console.log(`The installed apps are kept in ${workDir}`)
})

it('needs nothing a create-payload-app project does not already list', () => {
  const listed = Object.keys(FIXTURE_MANIFEST.dependencies ?? {})
  expect(Object.keys(LIBRARY.peerDependencies).filter((name) => !listed.includes(name))).toEqual([])
  expect(
    listed.filter(
      (name) =>
        !CREATE_PAYLOAD_APP_DEPENDENCIES.includes(name) && !name.startsWith('@payloadcms/db-'),
    ),
  ).toEqual([])
})

describe.each(ENDS)(
  'invited-cms installed from its packed tarball at the %s end of its peer ranges',
  (end) => {
    const steps = timings[end]
    let app: string
    let database: TestDatabase
    let server: ChildProcess | undefined
    let serverOutput = ''
    let baseUrl: string
    let browser: Browser | undefined

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

    const run = (
      step: string,
      command: string,
      args: string[],
      nodeEnv: 'development' | 'production' = 'development',
    ) => runIn(app, appEnvironment(nodeEnv), steps, step, command, args)

    /**
     * The app's own `npx payload <command>`, checked by what it says it did: Payload's CLI can exit 0
     * having done nothing (scripts/lib/silentCli.ts), so a silent run is tried again — up to five
     * times: on a loaded machine the silent exits come in runs (2026-12-03: three in a row failed a
     * clean-clone CI whose change did not touch the CLI's path).
     */
    const runPayloadCli = (
      step: string,
      args: string[],
      expected: RegExp,
      nodeEnv: 'development' | 'production' = 'development',
    ) =>
      runUntilItSpeaks(step, () => run(step, 'npx', ['payload', ...args], nodeEnv), expected, {
        attempts: 5,
      })

    async function startApp(): Promise<string> {
      const started = Date.now()
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
        if (ready) {
          steps['next start'] = Date.now() - started
          return url
        }
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
      app = appDir(end)
      database = await createTestDatabase()
      await installs[end]

      // The app's own Payload CLI and build.
      await runPayloadCli('payload generate:types', ['generate:types'], /Compiling TS types/)
      await runPayloadCli('payload generate:importmap', ['generate:importmap'], /import map/i)
      await runPayloadCli(
        'payload migrate:create',
        ['migrate:create', 'initial'],
        /Migration created/,
      )
      await run('next build', 'npx', ['next', 'build'], 'production')
      await runPayloadCli(
        'payload migrate',
        ['migrate'],
        /Migrated: +\d+_\d+_initial/,
        'production',
      )
      baseUrl = await startApp()
    }, 900_000)

    afterAll(async () => {
      await browser?.close()
      if (server?.pid) {
        process.kill(-server.pid, 'SIGTERM')
        await new Promise((resolve) => server?.once('exit', resolve))
      }
      await database?.drop()
      // Each app is about 1 GB of node_modules: gone once its end is checked.
      if (app && !process.env.KEEP_INSTALL_DIR) await rm(app, { recursive: true, force: true })
    })

    it('brings this end’s versions, one payload and nothing of the runnable CMS', async () => {
      const modules = path.join(app, 'node_modules')
      for (const [name, version] of Object.entries(ends[end]))
        expect([name, readManifest(path.join(modules, name)).version]).toEqual([name, version])
      expect(await installedPayloadCopies(modules)).toEqual(['node_modules/payload'])
      for (const appOnly of ['express', '@electric-sql/pglite', 'nodemailer']) {
        await expect(readdir(path.join(modules, appOnly))).rejects.toThrow(/ENOENT/)
      }
      const manifest = readManifest(path.join(modules, 'invited-cms'))
      expect(manifest.dependencies).toBeUndefined()
      expect(manifest.peerDependencies).toEqual(LIBRARY.peerDependencies)
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
          body: JSON.stringify({
            query: `{
              Posts { docs { title authors { displayName } } }
              articleStructuredData(slug: "before-your-first-session")
            }`,
          }),
        }),
      )
      expect(graphql.body.errors).toBeUndefined()
      const { articleStructuredData, ...data } = graphql.body.data
      expect(data).toEqual({
        Posts: {
          docs: [
            {
              title: 'Before your first session',
              authors: [{ displayName: 'Lauren Farina, LCSW' }],
            },
          ],
        },
      })
      // Payload's own JSONObject scalar, which the library finds without @payloadcms/graphql.
      expect(JSON.stringify(articleStructuredData)).toContain(
        '"headline":"Before your first session"',
      )

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

    // In Chromium at the first end only (the lowest by default, which no other suite runs): the
    // runnable CMS's browser suite runs the same admin components on the highest versions.
    it.runIf(end === ENDS[0])(
      'shows the moderation queue in the app’s admin, where a comment can be approved',
      async () => {
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
          .poll(() => page.getByRole('button', { name: 'Approved (1)' }).count(), {
            timeout: 15_000,
          })
          .toBe(1)

        const { docs } = await (await fetch(`${baseUrl}/api/posts?depth=0`)).json()
        expect(docs[0].approvedCommentCount).toBe(1)
      },
    )
  },
)
