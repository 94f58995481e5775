/**
 * The cache's memory: answers by key, least recently used first out once `maxBytes` is reached, each
 * kept at most `ttlMs` (the bound on staleness for writes the change feed never carries, such as a
 * script's straight to the database), and forgotten when a change names one of their cache tags
 * (src/changeFeed/change.ts) — or at once, all of them, when the feed cannot be trusted.
 *
 * `generation` counts purges and clears: an answer computed while one happened may be older than the
 * change, so `set` refuses it unless it was started in the current generation.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

export type CachedAnswer = {
  key: string
  contentType: string
  body: Buffer
  /** Weak: the same answer is served gzipped or not. */
  etag: string
  /** Cache tags of what the answer contains; none means it is dropped on every change. */
  tags: string[]
  storedAt: number
  /** Made on first request that accepts it, then kept. */
  gzipped?: Buffer
}

export type AnswerStoreOptions = { maxBytes: number; ttlMs: number; now?: () => number }

/** Answers smaller than this are sent as they are: gzip would save little and cost a buffer. */
const GZIP_MIN_BYTES = 1024

export class AnswerStore {
  #answers = new Map<string, CachedAnswer>()
  #bytes = 0
  #generation = 0
  readonly #maxBytes: number
  readonly #ttlMs: number
  readonly #now: () => number

  constructor({ maxBytes, ttlMs, now = Date.now }: AnswerStoreOptions) {
    this.#maxBytes = maxBytes
    this.#ttlMs = ttlMs
    this.#now = now
  }

  get generation(): number {
    return this.#generation
  }

  get size(): number {
    return this.#answers.size
  }

  get(key: string): CachedAnswer | undefined {
    const answer = this.#answers.get(key)
    if (!answer) return undefined
    this.#answers.delete(key)
    if (this.#now() - answer.storedAt > this.#ttlMs) {
      this.#bytes -= sizeOf(answer)
      return undefined
    }
    this.#answers.set(key, answer) // most recently used last
    return answer
  }

  /** Stores an answer computed in `generation`; returns it, or undefined when it was refused. */
  set(
    key: string,
    generation: number,
    contentType: string,
    body: Buffer,
    tags: string[] = [],
  ): CachedAnswer | undefined {
    if (generation !== this.#generation || body.length > this.#maxBytes / 8) return undefined
    const answer: CachedAnswer = {
      key,
      contentType,
      body,
      etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
      tags,
      storedAt: this.#now(),
    }
    this.#remove(key)
    this.#answers.set(key, answer)
    this.#bytes += sizeOf(answer)
    this.#evict()
    return answer
  }

  /** The gzipped body, made once; undefined when the answer is too small to be worth it. */
  gzipped(answer: CachedAnswer): Buffer | undefined {
    if (answer.body.length < GZIP_MIN_BYTES) return undefined
    if (!answer.gzipped) {
      answer.gzipped = gzipSync(answer.body)
      if (this.#answers.get(answer.key) === answer) {
        this.#bytes += answer.gzipped.length
        this.#evict()
      }
    }
    return answer.gzipped
  }

  /** Forgets every answer labelled with one of `tags`, and every unlabelled one. */
  purge(tags: string[]): void {
    const purged = new Set(tags)
    for (const [key, answer] of this.#answers) {
      if (answer.tags.length === 0 || answer.tags.some((tag) => purged.has(tag))) this.#remove(key)
    }
    this.#generation += 1
  }

  clear(): void {
    this.#answers.clear()
    this.#bytes = 0
    this.#generation += 1
  }

  #remove(key: string) {
    const previous = this.#answers.get(key)
    if (!previous) return
    this.#answers.delete(key)
    this.#bytes -= sizeOf(previous)
  }

  #evict() {
    for (const [key, answer] of this.#answers) {
      if (this.#bytes <= this.#maxBytes) break
      this.#answers.delete(key)
      this.#bytes -= sizeOf(answer)
    }
  }
}

const sizeOf = (answer: CachedAnswer) =>
  answer.body.length + (answer.gzipped?.length ?? 0) + 256 /* key and bookkeeping, roughly */
