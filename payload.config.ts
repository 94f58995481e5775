/**
 * The runnable CMS: database, editor, secret, users — and the content model installed through the
 * library's plugins, imported by the package's name exactly as another Payload project imports them.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, handleEndpoints, type Config } from 'payload'
import sharp from 'sharp'

import {
  adminsOnly,
  apiGuardsPlugin,
  auditLogPlugin,
  createUsersCollection,
  DEFAULT_CONTENT_SLUGS,
  ensureFirstAdmin,
  isAdmin,
  moderatedCommentsPlugin,
  practiceContentPlugin,
  reliableCommitsPlugin,
  routeReadsSafely,
} from 'invited-cms'

import { describeDatabase, describeMail } from './src/admin/systemFacts'
import { databaseConnectionFromEnv } from './src/databaseConnection'
import { answerDatabaseUnavailable } from './src/databaseUnreachable'
import { loadDeepPagesByIdFirst } from './upstream/deepListPages'
import { mediaStoragePlugin } from './src/mediaStorage'
import { graphQLLimitRules } from './src/graphqlLimits'
import { pruneFinishedJobsTask } from './src/jobs/pruneFinishedJobs'
import { nodemailerAdapter } from './src/email'
import { exposePayloadHandlers, payloadHandlersWanted } from './src/payloadHandlersBridge'
import { payloadLogger } from './src/payloadLogger'
import { changeFeedPlugin, shownOnRelationship } from './src/changeFeed/changeFeedPlugin'
import { queueDeliveries } from './src/webhooks/delivery'
import { WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from './src/webhooks/slugs'
import { webhooksPlugin } from './src/webhooks/webhooksPlugin'
import { contentChanges } from './src/changeFeed/localFeed'
import { insideRequest, mustReadPrimary } from './src/readConsistency'
import { seedDemoContent, shouldSeedOnFirstRun } from './src/seed'
import { readerSitePaths } from './src/site/paths'
import { migrations } from './src/migrations'
import { articleSearchSchema, installArticleSearch } from './src/articleSearchSchema'
import { readCmsSettings } from './src/settings'

const projectRoot = path.dirname(fileURLToPath(import.meta.url))

const settings = readCmsSettings()
// In production the session cookie is HTTPS-only, unless SERVER_URL says the admin is plain HTTP.
const users = createUsersCollection({
  secureCookies: settings.production && !settings.serverUrl?.startsWith('http:'),
})
const database = databaseConnectionFromEnv()

/**
 * The config before Payload sanitizes it. The test harness also boots it on SQLite (db swapped) to
 * prove the library works on another adapter; the CMS itself runs on PostgreSQL or PGlite.
 */
export const cmsConfig: Config = {
  admin: {
    user: users.slug,
    // The default avatar is a Gravatar image: it would make every admin page call out of the machine.
    avatar: 'default',
    importMap: { baseDir: projectRoot },
    meta: { titleSuffix: ' — invited-cms' },
    // Each role's dashboard: the plugins add their widgets (writers', editors', moderators') above
    // these; admins also see the system (database, migrations, jobs queue, mail).
    dashboard: {
      widgets: [
        {
          slug: 'system',
          label: 'System',
          Component: {
            path: '/src/admin/SystemWidget.tsx#SystemWidget',
            serverProps: {
              database: describeDatabase(database),
              mail: describeMail(settings.email),
            },
          },
          minWidth: 'small',
        },
      ],
      defaultLayout: ({ req }) => [
        ...(isAdmin(req.user) ? [{ widgetSlug: 'system', width: 'medium' } as const] : []),
        { widgetSlug: 'collections', width: 'full' },
      ],
    },
  },
  collections: [users],
  // Writers see headings, lists, links, quotes and images in a toolbar that stays above the text,
  // not only in the inline toolbar that appears once they select something.
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature()],
  }),
  // A database outage is answered 503 (the server then refuses requests at once until it is back).
  hooks: { afterError: [answerDatabaseUnavailable] },
  secret: settings.payloadSecret,
  serverURL: settings.serverUrl,
  // Origins whose requests may carry an editor's session cookie (SERVER_URL, CORS_ORIGINS, CSRF_ORIGINS).
  // CORS itself is answered by the express server (src/http/cors.ts).
  csrf: settings.allowedOrigins.csrf,
  // A PostgreSQL server (DATABASE_URL) or the embedded PGlite's socket: one adapter for both.
  db: postgresAdapter({
    // A database that does not answer must not hold requests forever: after 5 s waiting for a
    // connection the request fails (503, see src/databaseUnreachable.ts).
    pool: { connectionString: database.url, connectionTimeoutMillis: 5000 },
    // Anonymous reads may use streaming replicas; see routeReadsSafely in onInit.
    readReplicas: database.replicaUrls.length > 0 ? database.replicaUrls : undefined,
    transactionOptions: database.embedded ? false : undefined,
    migrationDir: path.resolve(projectRoot, 'src/migrations'),
    // Production never pushes the schema: it applies the committed migrations at start.
    prodMigrations: migrations,
    // Article search: trigram similarity for typos, and the index's tables (src/articleSearchSchema.ts).
    extensions: ['pg_trgm'],
    afterSchemaInit: [articleSearchSchema],
  }),
  plugins: [
    practiceContentPlugin({
      mediaDir: settings.mediaDir,
      // Clinical articles go live only after a licensed clinician's review (the gate is on).
      clinicalReview: { intervalMonths: settings.reviewIntervalMonths, gate: true },
      // The reader site (src/app/(site)) lives in this app: its pages are the articles' public pages
      // and previews.
      publicSite: { url: settings.siteUrl, previewPath: ({ id }) => `/preview/articles/${id}` },
    }),
    // Media on this server's disk, or in an S3-compatible bucket that every instance shares (S3_*).
    mediaStoragePlugin(settings.mediaStorage, DEFAULT_CONTENT_SLUGS.media),
    moderatedCommentsPlugin(settings.comments),
    // Signed webhooks to other front ends and services (src/webhooks), fed by the change feed below.
    webhooksPlugin({ allowedHosts: settings.webhooks.allowedHosts }),
    // Who did what and when (docs/plugins/auditLog.md): after every plugin that adds collections, so
    // it audits them all. Machine-written bookkeeping (rate-limit locks, delivery log) is left out.
    auditLogPlugin({
      retentionDays: settings.auditLogRetentionDays,
      excludeCollections: [
        WEBHOOK_DELIVERIES,
        'comments-submission-locks',
        'comments-honeypot-catches',
      ],
    }),
    // Malformed requests get a 4xx. It runs after every plugin without an `order` (its own is
    // API_GUARDS_ORDER), wherever it is listed, so it guards the operations of every collection.
    apiGuardsPlugin({ maxAnonymousLimit: 100, maxAnonymousDepth: 2 }),
    // After every plugin that adds collections: the change feed (src/changeFeed) the response cache,
    // the CDN purge and webhooks consume. Comments are public once approved, and shown on their target.
    changeFeedPlugin({
      privateCollections: [users.slug, WEBHOOK_ENDPOINTS, WEBHOOK_DELIVERIES, 'audit-log'],
      // Webhook deliveries are written in the change's own transaction: none is lost, none invented.
      inTransaction: queueDeliveries,
      visibleWhen: { comments: (comment) => comment.status === 'approved' },
      publicPaths: readerSitePaths,
      shownOn: { comments: shownOnRelationship('target') },
    }),
    // An operation whose transaction did not commit fails rather than answering success (a
    // workaround for @payloadcms/drizzle 3.90; PostgreSQL servers only), and a connection the
    // database drops while idle no longer crashes the process. It runs last wherever it is
    // listed (its `order`, after apiGuardsPlugin's), so it is in place before any other plugin's
    // start-up work writes.
    reliableCommitsPlugin(),
  ],
  // Scheduled publishing (and any later background work) runs on Payload's jobs queue inside this
  // server: every minute by default, every few seconds in tests (JOBS_AUTORUN_CRON).
  jobs: {
    // Finished jobs are kept (30 days, src/jobs/pruneFinishedJobs.ts): admins see when the queue last
    // ran and what failed.
    deleteJobOnComplete: false,
    tasks: [pruneFinishedJobsTask],
    // Admins (only) can open the queue's jobs in the admin, to see what failed and why.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      access: { ...defaultJobsCollection.access, read: adminsOnly },
      admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !isAdmin(user) },
    }),
    autoRun: [{ cron: settings.jobs.cron, queue: 'default', limit: 20 }],
    shouldAutoRun: () => settings.jobs.autoRun,
  },
  // SMTP_URL sends real mail; without it messages are captured in .data/outbox.jsonl (src/email.ts).
  email: nodemailerAdapter(settings.email),
  sharp,
  logger: payloadLogger(settings),
  telemetry: false,
  typescript: { outputFile: path.resolve(projectRoot, 'payload-types.ts') },
  graphQL: {
    schemaOutputFile: path.resolve(projectRoot, 'schema.graphql'),
    maxComplexity: settings.graphQL.maxComplexity,
    validationRules: () => graphQLLimitRules(settings.graphQL),
  },
  onInit: async (payload) => {
    // The express server answers API requests through Payload directly (src/http/payloadWithoutNext.ts).
    if (payloadHandlersWanted()) {
      const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
      exposePayloadHandlers({
        rest: (request, path) => handleEndpoints({ config: payload.config, path, request }),
        graphql: GRAPHQL_POST(payload.config),
      })
    }
    const replicas = routeReadsSafely(payload, {
      mustReadPrimary,
      maxLagMs: database.replicaMaxLagMs,
      writeCounts: insideRequest,
      log: ({ level, msg, ...facts }) => payload.logger[level]({ ...facts, msg }),
    })
    // A change, this instance's (a scheduled publish too) or another's: readers get it from the
    // primary until the replicas have replayed it.
    if (replicas) contentChanges().subscribe(() => replicas.markWrite())
    loadDeepPagesByIdFirst(payload)
    // The search index's triggers: a migration creates them in production; the schema push of
    // development and tests does not know them.
    if (!settings.production) await installArticleSearch(payload)
    const firstRun = await ensureFirstAdmin(payload, {
      usersSlug: users.slug,
      email: settings.firstAdmin.email,
      password: settings.firstAdmin.password,
    })
    if (firstRun.created && shouldSeedOnFirstRun(settings.seedDemoContent, database.embedded)) {
      const created = await seedDemoContent(payload)
      payload.logger.info(
        `First run: added demo content (${JSON.stringify(created)}). SEED_DEMO_CONTENT=false skips it.`,
      )
    }
  },
}

export default buildConfig(cmsConfig)
