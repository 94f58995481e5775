/**
 * `npm run restore -- <backup.tar.gz> [--force]`: puts a backup from `npm run backup` back. Refuses to
 * replace existing data without --force; with it, what was there is kept (folders renamed, a
 * PostgreSQL database backed up first). Stop the CMS first; start it again afterwards.
 */
import { restore } from '../src/backup'
import { backupTarget, reportingRefusals } from './lib/backupTarget'

const args = process.argv.slice(2)
const archive = args.find((arg) => !arg.startsWith('--'))
if (!archive) {
  console.error('Usage: npm run restore -- <backup.tar.gz> [--force]')
  process.exit(1)
}

await reportingRefusals(async () => {
  const { manifest, keptCopies } = await restore(archive, backupTarget(), {
    force: args.includes('--force'),
  })
  console.log(
    `Restored the ${manifest.database} database of ${manifest.createdAt} and ` +
      `${manifest.mediaFiles} media files from ${archive}.`,
  )
  for (const copy of keptCopies) console.log(`What was there before is kept at ${copy}.`)
})
