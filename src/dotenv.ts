/**
 * Loads a `.env` file into process.env without overriding variables already set, like Next and
 * Payload do. `DOTENV_FILE` names another file; set it empty to read none (the tests do, so a
 * developer's own .env cannot leak into them).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

export const DOTENV_PATH = path.resolve(process.env.DOTENV_FILE ?? '.env')

export function loadDotEnv(): void {
  if (process.env.DOTENV_FILE === '') return
  if (existsSync(DOTENV_PATH)) process.loadEnvFile(DOTENV_PATH)
}
