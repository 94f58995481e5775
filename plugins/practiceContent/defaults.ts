/**
 * The content plugin's defaults, and the check of its options: a mistake in a config is reported when
 * the config is built, naming the option.
 */
import type { Config } from 'payload'

import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '../../collections/Articles/clinicalReview.ts'
import { DEFAULT_REFRESH_CRON } from '../../collections/Authors/refreshTask.ts'
import { DEFAULT_CREDENTIAL_CATALOGUE } from '../../collections/Credentials/catalogue.ts'
import { OptionProblems, SLUG_PATTERN } from '../shared/optionProblems.ts'
import { DEFAULT_CONTENT_SLUGS } from '../../collections/shared/collectionSlugs.ts'
import { checkCollectionOverrides, type RefusedOverrides } from '../shared/collectionOverrides.ts'
import type {
  PracticeContentCollection,
  PracticeContentOptions,
  ResolvedPracticeContentOptions,
} from './types.ts'

export const DEFAULT_MEDIA_DIR = '.data/media'

const CREDENTIAL_KINDS = ['degree', 'license', 'certification']
const nonEmptyString = (value: unknown) => typeof value === 'string' && value.trim() !== ''
const optionalFunction = (value: unknown) => value === undefined || typeof value === 'function'

const OVERRIDABLE: PracticeContentCollection[] = [
  'articles',
  'authors',
  'services',
  'categories',
  'media',
  'credentials',
]
/** What a collection's overrides may not change, beyond the slug (see CollectionOverrides). */
const REFUSED: Partial<Record<PracticeContentCollection, RefusedOverrides>> = {
  articles: { versions: 'drafts, autosave and scheduled publishing are how an article goes live' },
}

function checkOptions(options: PracticeContentOptions, resolved: ResolvedPracticeContentOptions) {
  const problems = new OptionProblems('practiceContentPlugin')
  const expect = problems.expect.bind(problems)
  for (const [name, slug] of Object.entries(resolved.slugs)) {
    const option = name === 'users' ? 'usersCollection' : `slugs.${name}`
    expect(
      typeof slug === 'string' && SLUG_PATTERN.test(slug),
      option,
      'a slug (a-z, 0-9, - and _)',
      slug,
    )
  }
  const slugs = Object.entries(resolved.slugs).filter(
    ([name]) => name !== 'users' && name !== 'practice',
  )
  const taken = new Set<string>()
  for (const [name, slug] of slugs) {
    expect(!taken.has(slug), `slugs.${name}`, 'a slug no other collection of the plugin uses', slug)
    taken.add(slug)
  }
  const catalogue = options.credentialCatalogue
  expect(
    catalogue === undefined || catalogue === false || Array.isArray(catalogue),
    'credentialCatalogue',
    'a list of credentials, or false',
    catalogue,
  )
  resolved.credentialCatalogue.forEach((credential, index) =>
    expect(
      nonEmptyString(credential?.abbreviation) &&
        nonEmptyString(credential?.name) &&
        CREDENTIAL_KINDS.includes(credential?.kind) &&
        typeof credential?.permitsClinicalPractice === 'boolean',
      `credentialCatalogue[${index}]`,
      `{ abbreviation, name, kind: ${CREDENTIAL_KINDS.join(' | ')}, permitsClinicalPractice: boolean }`,
      credential,
    ),
  )
  const months = resolved.clinicalReview.intervalMonths
  expect(
    Number.isInteger(months) && months >= 1 && months <= 120,
    'clinicalReview.intervalMonths',
    'a whole number of months from 1 to 120',
    months,
  )
  expect(
    typeof resolved.clinicalReview.gate === 'boolean',
    'clinicalReview.gate',
    'true or false',
    options.clinicalReview?.gate,
  )
  expect(nonEmptyString(resolved.mediaDir), 'mediaDir', 'a folder', options.mediaDir)
  expect(
    typeof resolved.leanGraphQLReads === 'boolean',
    'leanGraphQLReads',
    'true or false',
    options.leanGraphQLReads,
  )
  expect(
    nonEmptyString(resolved.credentialRefresh.cron),
    'credentialRefresh.cron',
    'a cron expression',
    resolved.credentialRefresh.cron,
  )
  expect(
    nonEmptyString(resolved.credentialRefresh.queue),
    'credentialRefresh.queue',
    'a queue name',
    resolved.credentialRefresh.queue,
  )
  const url = resolved.publicSite.url
  expect(
    url === undefined || /^https?:\/\/[^/\s]+/.test(url),
    'publicSite.url',
    'an http(s) address',
    url,
  )
  for (const name of ['articlePath', 'authorPath', 'servicePath', 'previewPath'] as const) {
    expect(
      optionalFunction(options.publicSite?.[name]),
      `publicSite.${name}`,
      'a function',
      options.publicSite?.[name],
    )
  }
  const overrides = options.overrides
  expect(
    overrides === undefined ||
      (typeof overrides === 'object' && overrides !== null && !Array.isArray(overrides)),
    'overrides',
    `an object of collection overrides by name (${OVERRIDABLE.join(', ')})`,
    overrides,
  )
  if (typeof overrides === 'object' && overrides !== null) {
    for (const [name, value] of Object.entries(overrides)) {
      const known = (OVERRIDABLE as string[]).includes(name)
      expect(known, `overrides.${name}`, `one of ${OVERRIDABLE.join(', ')}`, name)
      if (!known) continue
      const collection = name as PracticeContentCollection
      checkCollectionOverrides(
        problems,
        `overrides.${name}`,
        value,
        `slugs.${name}`,
        REFUSED[collection],
      )
    }
  }
  expect(typeof resolved.disabled === 'boolean', 'disabled', 'true or false', options.disabled)
  problems.throwIfAny()
}

/** The options with every default filled in; throws, naming each wrong option, if any is wrong. */
export function resolveOptions(
  options: PracticeContentOptions,
  config: Config,
): ResolvedPracticeContentOptions {
  const resolved: ResolvedPracticeContentOptions = {
    slugs: {
      ...DEFAULT_CONTENT_SLUGS,
      ...options.slugs,
      users: options.usersCollection ?? config.admin?.user ?? DEFAULT_CONTENT_SLUGS.users,
    },
    credentialCatalogue:
      options.credentialCatalogue === false
        ? []
        : (options.credentialCatalogue ?? DEFAULT_CREDENTIAL_CATALOGUE),
    mediaDir: options.mediaDir ?? DEFAULT_MEDIA_DIR,
    leanGraphQLReads: options.leanGraphQLReads ?? true,
    clinicalReview: {
      intervalMonths: options.clinicalReview?.intervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS,
      gate: options.clinicalReview?.gate ?? true,
    },
    credentialRefresh: {
      cron: DEFAULT_REFRESH_CRON,
      queue: 'default',
      ...options.credentialRefresh,
    },
    publicSite: {
      url: options.publicSite?.url,
      articlePath: options.publicSite?.articlePath ?? ((slug) => `/articles/${slug}`),
      authorPath: options.publicSite?.authorPath ?? ((slug) => `/authors/${slug}`),
      servicePath: options.publicSite?.servicePath ?? ((slug) => `/services/${slug}`),
      previewPath: options.publicSite?.previewPath,
    },
    overrides: options.overrides ?? {},
    disabled: options.disabled ?? false,
  }
  checkOptions(options, resolved)
  return resolved
}
