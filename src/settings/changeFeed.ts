/** CHANGE_FEED, REDIS_URL: how this instance hears of changes made by other instances (src/changeFeed/). */
import { oneOf, type Environment } from './problems'

export type ChangeFeedSettings =
  /** This process only: the embedded database, which one process holds, or a single instance. */
  | { transport: 'local' }
  /** LISTEN/NOTIFY on the database every instance shares: the default with DATABASE_URL. */
  | { transport: 'postgres' }
  /** Redis pub/sub on REDIS_URL: the default when REDIS_URL is set. */
  | { transport: 'redis'; redisUrl: string }

export function collectChangeFeedSettings(
  env: Environment,
  usesPostgresServer: boolean,
  problems: string[],
): ChangeFeedSettings {
  const redisUrl = env.REDIS_URL || undefined
  if (redisUrl && !/^rediss?:\/\/\S+$/.test(redisUrl)) {
    problems.push(`REDIS_URL must be a redis:// or rediss:// address, got "${redisUrl}".`)
  }
  const fallback = redisUrl ? 'redis' : usesPostgresServer ? 'postgres' : 'local'
  const transport = oneOf(
    'CHANGE_FEED',
    env.CHANGE_FEED,
    ['local', 'postgres', 'redis'] as const,
    fallback,
    problems,
  )
  if (transport === 'postgres' && !usesPostgresServer) {
    problems.push(
      'CHANGE_FEED=postgres needs DATABASE_URL: the embedded database serves one process only.',
    )
  }
  if (transport === 'redis') {
    if (!redisUrl) problems.push('CHANGE_FEED=redis needs REDIS_URL.')
    return { transport, redisUrl: redisUrl ?? '' }
  }
  return { transport }
}
