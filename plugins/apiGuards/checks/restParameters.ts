/**
 * The raw query string of a REST request, for what Payload's parsing silently drops: a boolean that is
 * neither `true` nor `false` (`draft=maybe` becomes "not sent"), or a join's `limit=abc` (becomes the
 * default). Numbers that Payload does parse are checked on the operation's arguments (paging.ts).
 */
import type { Problem } from '../types.ts'

const BOOLEAN_PARAMETERS = new Set([
  'draft',
  'pagination',
  'trash',
  'autosave',
  'overrideLock',
  'flattenLocales',
])
const JOIN_NUMBER = /^joins\[([^\]]+)\]\[(limit|page)\]$/
const JOIN_BOOLEAN = /^joins\[([^\]]+)\]\[count\]$/

export function restParameterProblems(searchParams: URLSearchParams): Problem[] {
  const problems: Problem[] = []
  for (const [name, value] of searchParams) {
    if (BOOLEAN_PARAMETERS.has(name) && value !== 'true' && value !== 'false') {
      problems.push({
        path: name,
        message: `${name} must be true or false (got ${JSON.stringify(value)}).`,
      })
      continue
    }
    const joinNumber = JOIN_NUMBER.exec(name)
    if (joinNumber && !/^\d+$/.test(value)) {
      problems.push({
        path: `joins.${joinNumber[1]}.${joinNumber[2]}`,
        message: `${name} must be a whole number (got ${JSON.stringify(value)}).`,
      })
      continue
    }
    if (JOIN_BOOLEAN.test(name) && value !== 'true' && value !== 'false') {
      problems.push({
        path: name.replace(/\[/g, '.').replace(/\]/g, ''),
        message: `${name} must be true or false (got ${JSON.stringify(value)}).`,
      })
    }
  }
  return problems
}
