/**
 * The soak's load: for a while, concurrent workers doing what a practice's CMS does all day —
 * anonymous reads over REST and GraphQL (some cached, some not), readers submitting comments, editors
 * saving drafts and publishing — against one running server on 127.0.0.1. Answers what a soak must
 * show: how many requests were served, every 5xx, every comment accepted and whether each one is
 * stored, and the server's memory after warm-up and at the end.
 *
 * Used by `npm run soak` (bench/soak.ts: 5 minutes) and by the short soak in the test suite.
 */
import { rssMiB } from './processes'

export type SoakPlan = {
  url: string
  /** The server's process id, for its resident memory. */
  pid: number | undefined
  /** An admin's token: editors' saves, and counting what was stored. */
  token: string
  articleIds: number[]
  seconds: number
  warmupSeconds: number
  workers: number
}

export type SoakReport = {
  seconds: number
  requests: number
  byKind: Record<string, number>
  byStatus: Record<string, number>
  serverErrors: { kind: string; status: number; body: string }[]
  commentsAccepted: number
  commentsStored: number
  commentsMissing: number[]
  rssAfterWarmupMiB: number
  rssAtEndMiB: number
  /** (end - after warm-up) / after warm-up. */
  rssGrowth: number
}

const ANSWER_WITHIN_MS = 15_000

type Kind = 'read-rest' | 'read-graphql' | 'read-uncached' | 'comment' | 'save-draft' | 'publish'
/** Out of 20: mostly reads, a steady trickle of comments and editors' saves. */
const MIX: Kind[] = [
  ...Array<Kind>(7).fill('read-rest'),
  ...Array<Kind>(4).fill('read-graphql'),
  ...Array<Kind>(2).fill('read-uncached'),
  ...Array<Kind>(4).fill('comment'),
  ...Array<Kind>(2).fill('save-draft'),
  'publish',
]

export async function runSoakLoad(plan: SoakPlan): Promise<SoakReport> {
  const auth = { authorization: `JWT ${plan.token}` }
  const json = { 'content-type': 'application/json' }
  const byKind: Record<string, number> = {}
  const byStatus: Record<string, number> = {}
  const serverErrors: SoakReport['serverErrors'] = []
  const accepted: number[] = []
  let sequence = 0

  const pickArticle = () => plan.articleIds[sequence % plan.articleIds.length]
  async function one(kind: Kind): Promise<Response> {
    const n = (sequence += 1)
    const articleId = pickArticle()
    const go = (path: string, init: RequestInit = {}) =>
      fetch(`${plan.url}${path}`, { ...init, signal: AbortSignal.timeout(ANSWER_WITHIN_MS) })
    switch (kind) {
      case 'read-rest':
        return go(`/api/articles?limit=10&depth=1&page=${1 + (n % 2)}`)
      case 'read-graphql':
        return go('/api/graphql', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            query: `{ Articles(limit: 5) { docs { id title authors { name displayName } commentThread { docs { authorName body } } } } }`,
          }),
        })
      case 'read-uncached':
        return go(`/api/articles/${articleId}?depth=2`, { headers: auth })
      case 'comment':
        return go('/api/comments/submit', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            targetId: articleId,
            authorName: `Soak reader ${n}`,
            authorEmail: `soak-${n}@example.com`,
            body: `Soak comment number ${n}.`,
          }),
        })
      case 'save-draft':
        return go(`/api/articles/${articleId}?draft=true`, {
          method: 'PATCH',
          headers: { ...json, ...auth },
          body: JSON.stringify({ excerpt: `Draft revision ${n}` }),
        })
      case 'publish':
        return go(`/api/articles/${articleId}`, {
          method: 'PATCH',
          headers: { ...json, ...auth },
          body: JSON.stringify({ _status: 'published', excerpt: `Published revision ${n}` }),
        })
    }
  }

  const started = Date.now()
  const endsAt = started + plan.seconds * 1000
  let rssAfterWarmupMiB = 0
  const warmup = setTimeout(() => (rssAfterWarmupMiB = rssMiB(plan.pid)), plan.warmupSeconds * 1000)

  await Promise.all(
    Array.from({ length: plan.workers }, async (_, worker) => {
      // Steps of 3 through a mix of 20 visit every entry; workers start at different places.
      for (let step = worker; Date.now() < endsAt; step += 3) {
        const kind = MIX[step % MIX.length]
        byKind[kind] = (byKind[kind] ?? 0) + 1
        let status: number
        let body: string
        try {
          const response = await one(kind)
          status = response.status
          body = await response.text()
        } catch (error) {
          status = 599 // no answer in time, or the connection failed
          body = (error as Error).message
        }
        byStatus[status] = (byStatus[status] ?? 0) + 1
        if (status >= 500) serverErrors.push({ kind, status, body: body.slice(0, 300) })
        if (kind === 'comment' && status === 201)
          accepted.push((JSON.parse(body) as { id: number }).id)
      }
    }),
  )
  clearTimeout(warmup)
  const rssAtEndMiB = rssMiB(plan.pid)
  const missing = await missingComments(plan, accepted)
  return {
    seconds: (Date.now() - started) / 1000,
    requests: Object.values(byKind).reduce((sum, count) => sum + count, 0),
    byKind,
    byStatus,
    serverErrors,
    commentsAccepted: accepted.length,
    commentsStored: accepted.length - missing.length,
    commentsMissing: missing,
    rssAfterWarmupMiB,
    rssAtEndMiB,
    rssGrowth: rssAfterWarmupMiB ? (rssAtEndMiB - rssAfterWarmupMiB) / rssAfterWarmupMiB : 0,
  }
}

/** Accepted comment ids the database does not hold, asked 200 at a time. */
async function missingComments(plan: SoakPlan, ids: number[]): Promise<number[]> {
  const missing: number[] = []
  for (let start = 0; start < ids.length; start += 200) {
    const chunk = ids.slice(start, start + 200)
    const response = await fetch(
      `${plan.url}/api/comments?where[id][in]=${chunk.join(',')}&limit=200&depth=0&select[id]=true`,
      { headers: { authorization: `JWT ${plan.token}` } },
    )
    const found = new Set(
      ((await response.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id),
    )
    missing.push(...chunk.filter((id) => !found.has(id)))
  }
  return missing
}
