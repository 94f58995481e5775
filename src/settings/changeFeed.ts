/** CHANGE_FEED: how this instance hears of changes made by other instances (src/changeFeed/). */
import { oneOf, type Environment } from './problems'

export type ChangeFeedSettings = {
  /**
   * `postgres`: LISTEN/NOTIFY on the database every instance shares (the default on a PostgreSQL
   * server); `local`: this process only (the embedded database, which one process holds).
   */
  transport: 'local' | 'postgres'
}

export function collectChangeFeedSettings(
  env: Environment,
  usesPostgresServer: boolean,
  problems: string[],
): ChangeFeedSettings {
  const fallback: ChangeFeedSettings['transport'] = usesPostgresServer ? 'postgres' : 'local'
  const transport = oneOf('CHANGE_FEED', env.CHANGE_FEED, ['local', 'postgres'], fallback, problems)
  if (transport === 'postgres' && !usesPostgresServer) {
    problems.push(
      'CHANGE_FEED=postgres needs DATABASE_URL: the embedded database serves one process only.',
    )
  }
  return { transport }
}
