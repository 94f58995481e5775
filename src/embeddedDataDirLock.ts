/**
 * One process at a time per embedded database folder. PGlite itself does not refuse a second opener
 * (measured: two processes opened one folder, both writable), and two writers would corrupt it — the
 * server, `npm run payload migrate`, `npm run seed` and the backup tools all open that folder. Whoever
 * opens it first writes its process id into a lock file; others are refused with the holder's id
 * while that process lives. A lock left by a process that died is taken over.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const LOCK_FILE = 'invited-cms.pid'

export class DataDirInUseError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export type DataDirLock = {
  release: () => Promise<void>
  /** The folder was last held by a process that died without closing it (a crash, SIGKILL). */
  previousHolderDied: boolean
}

/** Claims the folder for this process. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const lockPath = path.join(dataDir, LOCK_FILE)
  const release = () => rm(lockPath, { force: true })
  try {
    await writeFile(lockPath, String(process.pid), { flag: 'wx' })
    return { release, previousHolderDied: false }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const holder = Number((await readFile(lockPath, 'utf8')).trim())
    if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
      throw new DataDirInUseError(
        `The embedded database at ${dataDir} is in use by process ${holder} (the CMS server, or a ` +
          `command such as npm run payload). Stop it first: one process at a time may open the folder. ` +
          `To run several instances of the CMS, give them all one PostgreSQL server in DATABASE_URL.`,
      )
    }
    await writeFile(lockPath, String(process.pid))
    return { release, previousHolderDied: holder !== process.pid }
  }
}
