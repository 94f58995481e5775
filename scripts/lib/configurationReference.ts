/**
 * docs/configuration.md, rendered from `.env.example` — the one place each environment variable is
 * described — so the page and the file cannot drift apart (`npm run check:generated` fails when the
 * committed page is stale).
 *
 * The file's shape: a header comment, then sections that start with `# --- Name ---`. In a section,
 * a comment paragraph followed by a blank line introduces the section; every other comment block
 * belongs to the variable right below it (`NAME=value`, or `# NAME=value` when it stays unset), and
 * its `Default: …` line gives the default. A variable without a description or a default is an error.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export const CONFIGURATION_REFERENCE_OUTPUT = 'docs/configuration.md'
export const ENV_EXAMPLE = '.env.example'

export type DocumentedVariable = {
  name: string
  /** What `.env.example` writes after `=`: an example, or the default. */
  example: string
  /** `NAME=value` (true) rather than `# NAME=value`: copying the file sets it. */
  setInExample: boolean
  description: string
  default: string
}

export type ConfigurationSection = {
  title: string
  intro: string
  variables: DocumentedVariable[]
}

export type ConfigurationReference = { header: string; sections: ConfigurationSection[] }

const SECTION = /^# --- (.+?) -*$/
const VARIABLE = /^(# )?([A-Z][A-Z0-9_]*)=(.*)$/
const DEFAULT_LINE = /^Default: (.+)$/

export function parseEnvExample(text: string): ConfigurationReference {
  const header: string[] = []
  const sections: ConfigurationSection[] = []
  let pending: string[] = []
  const problems: string[] = []

  text.split('\n').forEach((line, index) => {
    const at = `${ENV_EXAMPLE}:${index + 1}`
    const section = SECTION.exec(line)
    const variable = VARIABLE.exec(line)
    const current = sections.at(-1)
    if (section) {
      if (pending.length > 0) problems.push(`${at}: a comment above the section belongs to nothing`)
      pending = []
      sections.push({ title: section[1], intro: '', variables: [] })
    } else if (variable) {
      if (!current) {
        problems.push(`${at}: ${variable[2]} comes before any "# --- Section ---" line`)
        return
      }
      const defaults = pending.map((entry) => DEFAULT_LINE.exec(entry)?.[1]).filter(Boolean)
      const description = pending.filter((entry) => !DEFAULT_LINE.test(entry)).join(' ')
      if (!description) problems.push(`${at}: ${variable[2]} has no description above it`)
      if (defaults.length !== 1)
        problems.push(`${at}: ${variable[2]} needs exactly one "# Default: …" line above it`)
      current.variables.push({
        name: variable[2],
        example: variable[3],
        setInExample: !variable[1],
        description,
        default: defaults[0] ?? '',
      })
      pending = []
    } else if (line.startsWith('#')) {
      pending.push(line.replace(/^# ?/, '').trim())
    } else if (line.trim() === '') {
      const paragraph = pending.filter(Boolean)
      if (paragraph.length > 0) {
        if (!current) header.push(...paragraph)
        else if (current.variables.length === 0 && !current.intro)
          current.intro = paragraph.join(' ')
        else problems.push(`${at}: a comment that describes no variable`)
      }
      pending = []
    } else {
      problems.push(`${at}: not a comment, a section or NAME=value: ${line}`)
    }
  })
  if (pending.length > 0) problems.push(`${ENV_EXAMPLE}: a comment at the end describes nothing`)
  if (problems.length > 0)
    throw new Error(`${ENV_EXAMPLE} is malformed:\n  ${problems.join('\n  ')}`)
  return { header: header.join(' '), sections }
}

/** Every variable `.env.example` documents, by name. */
export const documentedVariables = (reference: ConfigurationReference) =>
  reference.sections.flatMap((section) => section.variables.map((variable) => variable.name))

// A table cell: no line breaks, no unescaped pipes.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim()
// Prose from the comments: variable names set as code, docs/ pages linked (this page is in docs/),
// and no stray emphasis (a cron's `* * * * *`).
const prose = (text: string, names: Set<string>) =>
  cell(text)
    .replace(/\*/g, '\\*')
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, (name) =>
      names.has(name) ? `\`${name}\`` : name,
    )
    .replace(/\bdocs\/([\w/-]+\.md)\b/g, (_, page: string) => `[${page}](${page})`)

const anchor = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ /g, '-')

export function renderConfigurationReference(reference: ConfigurationReference): string {
  const names = new Set(documentedVariables(reference))
  const lines = [
    '<!-- Generated from .env.example by `npm run generate`: edit .env.example, not this file. -->',
    '',
    '# Configuration',
    '',
    'Every setting of the runnable CMS is an environment variable. A `.env` file in the project',
    'folder is read too (`DOTENV_FILE` names another); variables already set in the environment win.',
    'Nothing here is needed for a local trial. The library (`invited-cms`) reads no environment',
    'variable: these settings reach it as plugin options through `payload.config.ts`.',
    '',
    'The source of this page is [`.env.example`](../.env.example): copy it to `.env` and uncomment',
    'what you need. A test (`tests/unit/configurationReference.test.ts`) checks that the variables the',
    'code reads are exactly the ones documented there.',
    '',
    ...reference.sections.map((section) => `- [${section.title}](#${anchor(section.title)})`),
  ]
  for (const section of reference.sections) {
    lines.push('', `## ${section.title}`, '')
    if (section.intro) lines.push(prose(section.intro, names), '')
    lines.push('| variable | default | meaning |', '|---|---|---|')
    for (const variable of section.variables) {
      const example =
        variable.example && !variable.default.startsWith(variable.example)
          ? ` Example: \`${cell(variable.example)}\`.`
          : ''
      lines.push(
        `| \`${variable.name}\` | ${prose(variable.default, names)} | ${prose(variable.description, names)}${example} |`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}

/** The page as `npm run generate` writes it, from the project's `.env.example`. */
export function configurationReferenceFor(projectRoot: string): string {
  const text = readFileSync(path.join(projectRoot, ENV_EXAMPLE), 'utf8')
  return renderConfigurationReference(parseEnvExample(text))
}
