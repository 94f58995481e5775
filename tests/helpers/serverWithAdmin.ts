/**
 * What most server tests start from: the production server on a database of its own (embedded, or a
 * fresh PostgreSQL database under test:postgres), its first admin created from the environment and
 * signed in over HTTP.
 */
import { startCmsProcess, type CmsProcess } from './cmsProcess'
import { createHttpClient, type HttpClient } from './httpClient'
import { createServerDatabase, stopThenDrop, type ServerDatabase } from './serverDatabase'

export type ServerWithAdmin = {
  cms: CmsProcess
  database: ServerDatabase
  http: HttpClient
  /** The first admin's JWT. */
  token: string
  /** Stops the server, then drops its database. */
  stop: () => Promise<void>
}

export async function startServerWithAdmin(
  admin: { email: string; password: string },
  env: Record<string, string | undefined> = {},
): Promise<ServerWithAdmin> {
  const database = await createServerDatabase()
  const cms = await startCmsProcess({
    ...database.env,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    ...env,
  })
  const http = createHttpClient(cms.url)
  const stop = () => stopThenDrop(cms, database)
  let token: string
  try {
    token = await http.token(admin.email, admin.password)
  } catch (error) {
    await stop() // the caller never gets a handle to stop it with
    throw error
  }
  return { cms, database, http, token, stop }
}
