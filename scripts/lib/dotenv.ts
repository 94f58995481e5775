/** Loads `./.env` into process.env (without overriding variables already set), like Next and Payload do. */
import { existsSync } from 'node:fs'
import path from 'node:path'

export const DOTENV_PATH = path.resolve('.env')

export function loadDotEnv(file: string = DOTENV_PATH): void {
  if (existsSync(file)) process.loadEnvFile(file)
}
