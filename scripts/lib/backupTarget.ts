/**
 * What `npm run backup` and `npm run restore` work on: the database this project uses (DATABASE_URL,
 * else the embedded folder) and the media folder, from the same settings the server reads.
 */
import { DEFAULT_MEDIA_DIR } from '../../plugins/practiceContent/defaults'
import { BackupError, type BackupSource } from '../../src/backup'
import { DataDirInUseError } from '../../src/embeddedDataDirLock'
import { loadDotEnv } from '../../src/dotenv'
import { readSettings } from '../../src/settings'

export function backupTarget(): BackupSource {
  loadDotEnv()
  // The backup tools sign nothing: the production check of PAYLOAD_SECRET does not concern them.
  const settings = readSettings({ ...process.env, NODE_ENV: 'development' })
  const mediaDir = settings.mediaDir ?? DEFAULT_MEDIA_DIR
  return settings.databaseUrl
    ? { kind: 'postgres', databaseUrl: settings.databaseUrl, mediaDir }
    : { kind: 'embedded', dataDir: settings.embeddedDataDir, mediaDir }
}

/** A refusal the operator can act on is printed as such, without a stack trace. */
export async function reportingRefusals(work: () => Promise<void>) {
  try {
    await work()
  } catch (error) {
    if (error instanceof BackupError || error instanceof DataDirInUseError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}
