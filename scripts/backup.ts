/**
 * `npm run backup [-- --out <file>]`: the database and the media files in one .tar.gz (default
 * `backups/invited-cms-<time>.tar.gz`). PostgreSQL is dumped online with pg_dump; the embedded
 * database needs the CMS stopped (the command says so if it is running). See src/backup.ts.
 */
import { backup } from '../src/backup'
import { readCmsSettings } from '../src/settings'
import { backupTarget, reportingRefusals } from './lib/backupTarget'

const outIndex = process.argv.indexOf('--out')
const out =
  outIndex > 0
    ? process.argv[outIndex + 1]
    : `backups/invited-cms-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`

await reportingRefusals(async () => {
  const target = backupTarget()
  const manifest = await backup(target, out)
  console.log(
    `Backed up the ${manifest.database} database (${manifest.migrations.length} migrations applied) ` +
      `and ${manifest.mediaFiles} media files to ${out}.`,
  )
  const storage = readCmsSettings({ ...process.env, NODE_ENV: 'development' }).mediaStorage
  if (storage.kind === 's3') {
    console.log(
      `Media are kept in the bucket ${storage.bucket} (S3_BUCKET), which this backup does not copy: ` +
        'keep the bucket versioned (docs/operations.md, "Backups").',
    )
  }
})
