/**
 * Clinical re-review. A review attests to the text the reviewer read: on review we keep a fingerprint
 * of the body, and every later save compares the body with it ("changed since review"). Separately,
 * health content goes stale with time: a review older than the practice's interval is "review due".
 * Pure functions; the hook that stores the results is hooks/trackClinicalReview.ts.
 */
import { createHash } from 'node:crypto'

/** Months after which an article's clinical review is due again, unless the plugin says otherwise. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

type LexicalNode = {
  type?: string
  text?: unknown
  tag?: unknown
  listType?: unknown
  url?: unknown
  fields?: { url?: unknown; doc?: unknown }
  value?: unknown
  relationTo?: unknown
  children?: LexicalNode[]
}

const idOfValue = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * What a reviewer attests to, as a list of facts per node: its kind, heading level, list type, text,
 * link target and embedded document. Formatting (bold, alignment, indentation) and the editor's
 * bookkeeping (version, direction) are left out, so opening and re-saving an article, or making a
 * word bold, does not call for a new clinical review; changing words, structure, links or images does.
 */
function reviewedFacts(node: LexicalNode, out: unknown[]): void {
  out.push([
    node.type ?? null,
    typeof node.text === 'string' ? node.text : null,
    node.tag ?? null,
    node.listType ?? null,
    node.url ?? node.fields?.url ?? null,
    node.relationTo ?? null,
    idOfValue(node.value) ?? null,
    (node.children ?? []).length,
  ])
  for (const child of node.children ?? []) reviewedFacts(child, out)
}

/** A short, stable fingerprint of a Lexical body's reviewed content; null for an empty body. */
export function reviewFingerprint(body: unknown): string | null {
  const root = (body as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return null
  const facts: unknown[] = []
  reviewedFacts(root, facts)
  return createHash('sha256').update(JSON.stringify(facts)).digest('base64url').slice(0, 32)
}

/** Reviews dated before this instant are due again. */
export function reviewDueBefore(now: Date, intervalMonths: number): Date {
  const due = new Date(now)
  due.setUTCDate(1)
  due.setUTCMonth(due.getUTCMonth() - intervalMonths)
  // Mar 31 minus a month is Feb 28 (or 29), not "Feb 31" rolling into March.
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate()
  due.setUTCDate(Math.min(now.getUTCDate(), lastDay))
  return due
}
