import type { CredentialDefinition } from '../../collections/Credentials/catalogue.ts'
import type { ContentSlugs } from '../../collections/shared/collectionSlugs.ts'
import type { CollectionOverrides } from '../shared/collectionOverrides.ts'

/** The collections the plugin adds, by the names `slugs` and `overrides` use. */
export type PracticeContentCollection =
  'articles' | 'authors' | 'services' | 'categories' | 'media' | 'credentials'

/**
 * Overrides for each collection the plugin adds, by the same names as `slugs` (see
 * CollectionOverrides for the rules): labels, admin settings, extra fields, hooks … Hooks are added
 * after the plugin's and access can only narrow, so drafts stay hidden from readers and private
 * fields private. A collection's slug is set in `slugs`; the articles' `versions` are refused
 * (drafts, autosave and scheduled publishing are how an article goes live).
 */
export type PracticeContentOverrides = Partial<
  Record<PracticeContentCollection, CollectionOverrides>
>

export type PracticeContentOptions = {
  /**
   * Slugs of the collections this plugin adds, to fit around a project's own collections.
   * Defaults: articles, authors, services, categories, media, credentials.
   */
  slugs?: Partial<Record<Exclude<keyof ContentSlugs, 'users'>, string>>
  /**
   * The auth collection that holds the editorial users (whose `roles` field lists admin, editor,
   * writer, moderator). It gains an optional link to an author profile.
   * Default: the config's `admin.user`, else `users`.
   */
  usersCollection?: string
  /**
   * Credentials inserted into the catalogue on start when missing (matched by abbreviation; existing
   * entries are never changed). `false` seeds nothing. Default: DEFAULT_CREDENTIAL_CATALOGUE.
   */
  credentialCatalogue?: CredentialDefinition[] | false
  /**
   * Clinical re-review: an article's review is due again this many months after its date (the
   * editors' dashboard and the articles list show what is due). Default: 12.
   */
  clinicalReview?: {
    intervalMonths?: number
    /**
     * The review gate: an article that concerns a clinical service (or that an editor marks clinical)
     * goes live — now or by schedule — only once a licensed clinician's review covers its current
     * text; a writer's "Publish" becomes "Submit for review", and editors may override with a
     * recorded reason. `false` keeps the review fields but refuses nothing. Default: true.
     */
    gate?: boolean
  }
  /** Folder for uploaded media files. Default: `.data/media`. */
  mediaDir?: string
  /**
   * GraphQL reads of every collection and global in the config load only the fields a query selects,
   * as if it passed `select: true` (upstream/graphqlSelect.ts); a query's `select: false` still reads
   * every field. A field whose read access or read hook looks at a sibling field needs that sibling
   * kept loaded (a `beforeOperation` hook that adds it to the `select`, or the collection's
   * `forceSelect`). `false` keeps Payload's behaviour: every field unless a query says `select: true`.
   * Default: true.
   */
  leanGraphQLReads?: boolean
  /**
   * When the daily job runs that drops expired licenses from display names (and updates the editors'
   * expiry alerts), and on which jobs queue. The host config must autorun that queue
   * (`jobs.autoRun`). Default: `{ cron: '0 5 0 * * *', queue: 'default' }` — 00:05 every day.
   */
  credentialRefresh?: { cron?: string; queue?: string }
  /**
   * Where the public site shows each document, for the links in structured data (JSON-LD).
   * Default: the config's serverURL (else the request's origin), with /articles/<slug>,
   * /authors/<slug> and /services/<slug>.
   */
  publicSite?: {
    url?: string
    articlePath?: (slug: string) => string
    authorPath?: (slug: string) => string
    servicePath?: (slug: string) => string
    /**
     * A page of this server that shows an article's draft to a signed-in writer, e.g.
     * `({ id }) => \`/preview/articles/${id}\``: the admin's live preview and preview button open it.
     * Default: none (no preview).
     */
    previewPath?: (article: { id: number | string; slug?: string | null }) => string
  }
  /** Overrides for the collections the plugin adds, e.g. `{ articles: { admin: { group: 'Blog' } } }`. */
  overrides?: PracticeContentOverrides
  /**
   * Turns the plugin off but keeps its schema (the collections, the practice global, the users'
   * `authorProfile` field and the refresh task), so the database and generated types stay the same:
   * no lookups by slug, structured data or search (REST and GraphQL), no dashboard widgets, no
   * credential seeding, no display-name refresh (on start or daily). The collections keep their own
   * rules — access (drafts stay hidden from readers), validation and the hooks that keep their data
   * right — since they are the content model, not the plugin's extras.
   */
  disabled?: boolean
}

export type ResolvedPublicSite = {
  url: string | undefined
  articlePath: (slug: string) => string
  authorPath: (slug: string) => string
  servicePath: (slug: string) => string
  previewPath: ((article: { id: number | string; slug?: string | null }) => string) | undefined
}

export type ResolvedPracticeContentOptions = {
  slugs: ContentSlugs
  credentialCatalogue: CredentialDefinition[]
  mediaDir: string
  leanGraphQLReads: boolean
  clinicalReview: { intervalMonths: number; gate: boolean }
  credentialRefresh: { cron: string; queue: string }
  publicSite: ResolvedPublicSite
  overrides: PracticeContentOverrides
  disabled: boolean
}
