/**
 * The setup every integration file shares, registered once: boot this file's app before its tests
 * (the consumer's app, `startConsumerApp`, or the runnable CMS, `startPayload`), sign people in,
 * and stop the app and drop its database after them.
 *
 *   const app = useTestApp(() => startConsumerApp({ auditLog: {} }), { people: true })
 *   it('…', async () => { await app.api.request('GET', '/articles', { token: app.sessions.editor.token }) })
 *
 * The handle's fields are there from the file's own `beforeAll` hooks on (they run after this one);
 * reading one earlier, or one the options did not ask for, throws and says why.
 */
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { createPeople, type Sessions } from './contentFixtures'
import { createRouteClient, type RouteClient } from './routeClient'
import { TEST_ADMIN, type TestApp } from './testApp'

export type UseTestAppOptions = {
  /** Create the editorial people of contentFixtures' PEOPLE, each signed in, and sign in the admin. */
  people?: boolean
  /** Sign in the first admin only (`adminToken`); implied by `people`. */
  admin?: boolean
  /** The auth collection the route client signs in to, when the app's is not `users`. */
  usersSlug?: string
}

export type TestFile = {
  readonly app: TestApp
  readonly payload: Payload
  readonly config: SanitizedConfig
  /** Calls the app's REST and GraphQL routes in-process, as an HTTP client would. */
  readonly api: RouteClient
  /** Each editorial role signed in (with `people: true`). */
  readonly sessions: Sessions
  /** The first admin's token (with `admin: true` or `people: true`). */
  readonly adminToken: string
}

export function useTestApp(
  start: () => Promise<TestApp>,
  options: UseTestAppOptions = {},
): TestFile {
  let booted:
    { app: TestApp; api: RouteClient; sessions?: Sessions; adminToken?: string } | undefined

  beforeAll(async () => {
    const app = await start()
    booted = { app, api: createRouteClient(app.config, options.usersSlug) }
    if (options.people) {
      booted.sessions = await createPeople(app.payload, booted.api)
      booted.adminToken = booted.sessions.admin.token
    } else if (options.admin) {
      booted.adminToken = await booted.api.login(TEST_ADMIN.email, TEST_ADMIN.password)
    }
  })

  afterAll(async () => {
    await booted?.app.close()
  })

  const ready = () => {
    if (!booted) throw new Error('useTestApp: the app is not booted yet; read it in a hook or test')
    return booted
  }
  const asked = <T>(value: T | undefined, option: string): T => {
    if (value === undefined) throw new Error(`useTestApp: pass { ${option}: true } to have this`)
    return value
  }
  return {
    get app() {
      return ready().app
    },
    get payload() {
      return ready().app.payload
    },
    get config() {
      return ready().app.config
    },
    get api() {
      return ready().api
    },
    get sessions() {
      return asked(ready().sessions, 'people')
    },
    get adminToken() {
      return asked(ready().adminToken, 'admin')
    },
  }
}
