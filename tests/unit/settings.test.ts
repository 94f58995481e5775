import { describe, expect, it } from 'vitest'

import {
  problemWithSecret,
  readCmsSettings,
  readSettings,
  resolvePayloadSecret,
  SettingsError,
} from '../../src/settings'

const STRONG = 'a'.repeat(16) + 'B'.repeat(16) + '0123'

describe('problemWithSecret', () => {
  it('accepts a long random secret', () => {
    expect(problemWithSecret(STRONG)).toBeUndefined()
  })
  it.each([
    [undefined, /not set/],
    ['', /not set/],
    ['x'.repeat(31), /too short \(31 characters; at least 32/],
    ['changeme', /placeholder/],
    ['  YOUR_SECRET_HERE ', /placeholder/],
  ])('rejects %j', (secret, message) => {
    expect(problemWithSecret(secret)).toMatch(message)
  })
})

describe('resolvePayloadSecret', () => {
  it('throws in production for a weak secret', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(
      SettingsError,
    )
  })
  it('lets `next build` evaluate the config without a secret', () => {
    const secret = resolvePayloadSecret({
      NODE_ENV: 'production',
      NEXT_PHASE: 'phase-production-build',
    })
    expect(secret.length).toBeGreaterThanOrEqual(32)
  })
  it('uses a random per-process secret in development, never a fixed one', () => {
    const secret = resolvePayloadSecret({ NODE_ENV: 'development' })
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('readSettings', () => {
  it('has working defaults for a local trial', () => {
    const settings = readSettings({ NODE_ENV: 'development' })
    expect(settings).toMatchObject({
      production: false,
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      embeddedDataDir: '.data/pglite',
      shutdownTimeoutMs: 10_000,
      trustProxy: false,
    })
  })

  it('parses TRUST_PROXY as express expects it', () => {
    expect(readSettings({ TRUST_PROXY: 'true' }).trustProxy).toBe(true)
    expect(readSettings({ TRUST_PROXY: '2' }).trustProxy).toBe(2)
    expect(readSettings({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    )
  })

  it('leaves out no layer unless the benchmark names known ones (BENCH_SKIP_LAYERS)', () => {
    expect(readSettings({}).skipLayers.size).toBe(0)
    expect([...readSettings({ BENCH_SKIP_LAYERS: 'requestLog, cors' }).skipLayers]).toEqual([
      'requestLog',
      'cors',
    ])
    expect(() => readSettings({ BENCH_SKIP_LAYERS: 'requestLog,auth' })).toThrow(
      /BENCH_SKIP_LAYERS names unknown layers \(auth\)/,
    )
  })

  it('reads the response cache settings, allowing 0 for what browsers may keep', () => {
    expect(readSettings({}).responseCache).toEqual({
      enabled: true,
      ttlSeconds: 60,
      maxAgeSeconds: 10,
      sharedMaxAgeSeconds: 10,
      staleWhileRevalidateSeconds: 60,
      maxBytes: 64 * 1024 * 1024,
    })
    const custom = readSettings({
      RESPONSE_CACHE: 'false',
      RESPONSE_CACHE_MAX_AGE_SECONDS: '0',
      RESPONSE_CACHE_MAX_MB: '8',
    }).responseCache
    expect(custom).toMatchObject({ enabled: false, maxAgeSeconds: 0, maxBytes: 8 * 1024 * 1024 })
    expect(() => readSettings({ RESPONSE_CACHE: 'yes', RESPONSE_CACHE_TTL_SECONDS: '0' })).toThrow(
      /RESPONSE_CACHE must be true or false[\s\S]*RESPONSE_CACHE_TTL_SECONDS must be a positive integer/,
    )
  })

  it('hears other instances over PostgreSQL by default, never on the embedded database', () => {
    expect(readSettings({}).changeFeed).toEqual({ transport: 'local' })
    const server = 'postgres://cms@db.internal:5432/cms'
    expect(readSettings({ DATABASE_URL: server }).changeFeed).toEqual({ transport: 'postgres' })
    expect(readSettings({ DATABASE_URL: server, CHANGE_FEED: 'local' }).changeFeed).toEqual({
      transport: 'local',
    })
    expect(() => readSettings({ CHANGE_FEED: 'postgres' })).toThrow(
      /CHANGE_FEED=postgres needs DATABASE_URL/,
    )
    expect(() => readSettings({ CHANGE_FEED: 'carrier-pigeon' })).toThrow(
      /CHANGE_FEED must be local, postgres or redis, got "carrier-pigeon"/,
    )
    expect(readSettings({ REDIS_URL: 'redis://cache.internal:6379' }).changeFeed).toEqual({
      transport: 'redis',
      redisUrl: 'redis://cache.internal:6379',
    })
    expect(() => readSettings({ CHANGE_FEED: 'redis' })).toThrow(
      /CHANGE_FEED=redis needs REDIS_URL/,
    )
    expect(() => readSettings({ REDIS_URL: 'cache.internal:6379' })).toThrow(
      /REDIS_URL must be a redis:\/\/ or rediss:\/\/ address/,
    )
  })

  it('takes read replicas only of a PostgreSQL server, each a postgres:// address', () => {
    const primary = 'postgres://cms@db-primary:5432/cms'
    expect(() =>
      readSettings({
        DATABASE_URL: primary,
        DATABASE_REPLICA_URLS:
          'postgres://cms@db-replica-1:5432/cms, postgres://cms@db-replica-2/cms',
      }),
    ).not.toThrow()
    expect(() =>
      readSettings({ DATABASE_REPLICA_URLS: 'postgres://cms@db-replica-1/cms' }),
    ).toThrow(/DATABASE_REPLICA_URLS needs DATABASE_URL/)
    expect(() =>
      readSettings({
        DATABASE_URL: primary,
        DATABASE_REPLICA_URLS: 'postgres://cms@ok/cms,mysql://cms@wrong/cms',
        DATABASE_REPLICA_MAX_LAG_MS: 'soon',
      }),
    ).toThrow(
      /DATABASE_REPLICA_URLS, entry 2: must be a postgres:\/\/ URL[\s\S]*DATABASE_REPLICA_MAX_LAG_MS must be a positive integer/,
    )
  })

  it('purges a CDN only when told which one, with everything it needs', () => {
    expect(readSettings({}).cdnPurge).toEqual({ kind: 'off' })
    expect(
      readSettings({ CDN_PURGE: 'http', CDN_PURGE_URL: 'https://purge.example.com/hook' }).cdnPurge,
    ).toEqual({ kind: 'http', url: 'https://purge.example.com/hook', token: undefined })
    expect(
      readSettings({
        CDN_PURGE: 'cloudflare',
        CLOUDFLARE_ZONE_ID: 'zone',
        CLOUDFLARE_API_TOKEN: 'token',
      }).cdnPurge,
    ).toEqual({
      kind: 'cloudflare',
      apiUrl: 'https://api.cloudflare.com/client/v4',
      zoneId: 'zone',
      apiToken: 'token',
    })
    expect(() => readSettings({ CDN_PURGE: 'http', CDN_PURGE_URL: 'purge.example.com' })).toThrow(
      /CDN_PURGE_URL must be an http\(s\) address/,
    )
    expect(() => readSettings({ CDN_PURGE: 'cloudflare' })).toThrow(
      /CDN_PURGE=cloudflare needs CLOUDFLARE_ZONE_ID[\s\S]*needs CLOUDFLARE_API_TOKEN/,
    )
    expect(() => readSettings({ CDN_PURGE: 'akamai' })).toThrow(
      /CDN_PURGE must be off, http or cloudflare, got "akamai"/,
    )
  })

  it('reads the GraphQL query limits', () => {
    expect(readSettings({}).graphQL).toEqual({ maxDepth: 12, maxAliases: 30, maxComplexity: 1000 })
    expect(
      readSettings({
        GRAPHQL_MAX_DEPTH: '20',
        GRAPHQL_MAX_ALIASES: '5',
        GRAPHQL_MAX_COMPLEXITY: '500',
      }).graphQL,
    ).toEqual({ maxDepth: 20, maxAliases: 5, maxComplexity: 500 })
    expect(() => readSettings({ GRAPHQL_MAX_DEPTH: '0', GRAPHQL_MAX_ALIASES: 'many' })).toThrow(
      /GRAPHQL_MAX_DEPTH must be a positive integer[\s\S]*GRAPHQL_MAX_ALIASES must be a positive integer/,
    )
  })

  it('collects every problem into one error', () => {
    try {
      readSettings({
        NODE_ENV: 'production',
        PORT: '70000',
        DATABASE_URL: 'mysql://localhost/db',
        SHUTDOWN_TIMEOUT_MS: '-1',
        ADMIN_EMAIL: 'not-an-email',
      })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError)
      const { problems } = error as SettingsError
      expect(problems).toHaveLength(5)
      expect(problems.join('\n')).toMatch(/PORT.*70000/)
      expect(problems.join('\n')).toMatch(/postgres:\/\/ URL.*mysql:/)
      expect(problems.join('\n')).toMatch(/SHUTDOWN_TIMEOUT_MS/)
      expect(problems.join('\n')).toMatch(/ADMIN_EMAIL/)
      expect(problems.join('\n')).toMatch(/PAYLOAD_SECRET is not set/)
    }
  })
})

describe('shouldSeedOnFirstRun', () => {
  it('seeds a first run on the embedded database by default, not on a PostgreSQL server', async () => {
    const { shouldSeedOnFirstRun } = await import('../../src/seed')
    expect(shouldSeedOnFirstRun(undefined, true)).toBe(true)
    expect(shouldSeedOnFirstRun('auto', false)).toBe(false)
    expect(shouldSeedOnFirstRun('true', false)).toBe(true)
    expect(shouldSeedOnFirstRun('false', true)).toBe(false)
  })
})

describe('the CMS’s settings (what payload.config.ts reads)', () => {
  it('has working defaults', () => {
    expect(readCmsSettings({})).toMatchObject({
      serverUrl: undefined,
      mediaDir: undefined,
      jobs: { autoRun: true, cron: '* * * * *' },
      reviewIntervalMonths: 12,
      seedDemoContent: 'auto',
      email: { smtpUrl: undefined, outboxFile: '.data/outbox.jsonl' },
      logLevel: 'info',
    })
  })

  it('keeps media on disk unless S3_BUCKET names a bucket, and then needs what S3 needs', () => {
    expect(readCmsSettings({}).mediaStorage).toEqual({ kind: 'disk' })
    expect(
      readCmsSettings({
        S3_BUCKET: 'practice-media',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
      }).mediaStorage,
    ).toEqual({
      kind: 's3',
      bucket: 'practice-media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      forcePathStyle: true,
    })
    // AWS itself: virtual-host addressing and the SDK's own credentials (instance role, profile).
    expect(
      readCmsSettings({ S3_BUCKET: 'practice-media', S3_REGION: 'eu-central-1' }).mediaStorage,
    ).toMatchObject({ region: 'eu-central-1', forcePathStyle: false, credentials: undefined })
    expect(() => readCmsSettings({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      /S3_ENDPOINT is set but S3_BUCKET is not/,
    )
    expect(() => readCmsSettings({ S3_BUCKET: 'Practice_Media' })).toThrow(
      /S3_BUCKET must be a bucket name .* got "Practice_Media"/,
    )
    expect(() => readCmsSettings({ S3_BUCKET: 'practice-media', S3_ACCESS_KEY_ID: 'key' })).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/,
    )
    expect(() =>
      readCmsSettings({ S3_BUCKET: 'practice-media', S3_FORCE_PATH_STYLE: 'yes' }),
    ).toThrow(/S3_FORCE_PATH_STYLE must be true or false, got "yes"/)
  })

  it('sends webhooks only to public addresses unless WEBHOOKS_ALLOWED_HOSTS names hosts', () => {
    expect(readCmsSettings({}).webhooks.allowedHosts).toEqual([])
    expect(
      readCmsSettings({ WEBHOOKS_ALLOWED_HOSTS: ' 127.0.0.1, Build.Internal ,[::1]' }).webhooks
        .allowedHosts,
    ).toEqual(['127.0.0.1', 'build.internal', '::1'])
    expect(() => readCmsSettings({ WEBHOOKS_ALLOWED_HOSTS: 'http://127.0.0.1:3000' })).toThrow(
      /WEBHOOKS_ALLOWED_HOSTS: "http:\/\/127.0.0.1:3000" is not a host name or an IP address/,
    )
  })

  it('reports every wrong value at once, by variable', () => {
    const read = () =>
      readCmsSettings({
        JOBS_AUTORUN: 'yes',
        COMMENTS_AUTO_APPROVE_KNOWN_AUTHORS: '1',
        SERVER_URL: 'cms.example',
        REVIEW_INTERVAL_MONTHS: 'yearly',
      })
    expect(read).toThrow(SettingsError)
    const { problems } = (() => {
      try {
        read()
      } catch (error) {
        return error as SettingsError
      }
      throw new Error('no SettingsError')
    })()
    expect(problems).toEqual(
      expect.arrayContaining([
        'JOBS_AUTORUN must be true or false, got "yes".',
        'COMMENTS_AUTO_APPROVE_KNOWN_AUTHORS must be true or false, got "1".',
        expect.stringMatching(/^SERVER_URL must be an http\(s\) address/),
        'REVIEW_INTERVAL_MONTHS must be a positive integer, got "yearly".',
      ]),
    )
  })
})

describe('comment settings', () => {
  it('refuse a non-numeric limit', () => {
    expect(() => readSettings({ COMMENTS_MAX_PER_HOUR: 'ten' })).toThrow(
      /COMMENTS_MAX_PER_HOUR must be a whole number/,
    )
  })

  it('become plugin options, leaving unset ones to the defaults', () => {
    const options = readCmsSettings({
      COMMENTS_MAX_PER_HOUR: '5',
      COMMENTS_SPAM_WORDS: 'casino, loan ',
      COMMENTS_NOTIFY: 'a@example.com',
    }).comments
    expect(options.limits).toEqual({ maxPerHour: 5 })
    expect(options.rules).toEqual({ spamWords: ['casino', 'loan'] })
    expect(options.notify).toEqual(['a@example.com'])
  })
})

describe('allowed origins (CORS_ORIGINS, CSRF_ORIGINS)', () => {
  it('allows no other origin by default, and leaves the cookie check to Payload', () => {
    expect(readSettings({}).allowedOrigins).toEqual({ cors: [], csrf: [] })
  })

  it('trusts CORS origins for cookies too, beside the admin’s own origin', () => {
    const { allowedOrigins } = readSettings({
      SERVER_URL: 'https://cms.practice.example/',
      CORS_ORIGINS: 'https://www.practice.example, http://localhost:4000',
      CSRF_ORIGINS: 'https://intranet.practice.example',
    })
    expect(allowedOrigins).toEqual({
      cors: ['https://www.practice.example', 'http://localhost:4000'],
      csrf: [
        'https://cms.practice.example',
        'https://www.practice.example',
        'http://localhost:4000',
        'https://intranet.practice.example',
      ],
    })
  })

  it('lets "*" read public content without touching the cookie check', () => {
    expect(readSettings({ CORS_ORIGINS: '*' }).allowedOrigins).toEqual({ cors: '*', csrf: [] })
  })

  it.each([
    [{ CORS_ORIGINS: 'https://www.practice.example' }, /need SERVER_URL/],
    [{ SERVER_URL: 'https://cms.example', CORS_ORIGINS: 'www.practice.example' }, /not an origin/],
    [
      { SERVER_URL: 'https://cms.example', CORS_ORIGINS: 'https://www.practice.example/blog' },
      /origin only/,
    ],
    [{ SERVER_URL: 'https://cms.example', CSRF_ORIGINS: 'ftp://files.example' }, /origin only/],
    [{ CORS_ORIGINS: '*, https://www.practice.example' }, /list no others/],
  ])('refuses %j', (env, message) => {
    expect(() => readSettings(env)).toThrow(message)
  })
})
