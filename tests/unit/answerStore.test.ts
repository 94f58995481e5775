import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { AnswerStore } from '../../src/responseCache/store'

const json = (text: string) => Buffer.from(JSON.stringify({ text }))

describe('AnswerStore', () => {
  it('keeps an answer until the content changes, then refuses answers computed before', () => {
    const store = new AnswerStore({ maxBytes: 1_000_000, ttlMs: 60_000 })
    const before = store.generation
    store.set('a', before, 'application/json', json('one'))
    expect(store.get('a')?.body.toString()).toContain('one')
    store.clear()
    expect(store.get('a')).toBeUndefined()
    // Computed while the change happened: possibly older than it, so not kept.
    expect(store.set('a', before, 'application/json', json('stale'))).toBeUndefined()
    expect(store.set('a', store.generation, 'application/json', json('fresh'))).toBeDefined()
  })

  it('gives equal answers equal ETags and different answers different ones', () => {
    const store = new AnswerStore({ maxBytes: 1_000_000, ttlMs: 60_000 })
    const one = store.set('a', 0, 'application/json', json('same'))!
    const two = store.set('b', 0, 'application/json', json('same'))!
    const three = store.set('c', 0, 'application/json', json('other'))!
    expect(one.etag).toBe(two.etag)
    expect(one.etag).not.toBe(three.etag)
  })

  it('forgets answers older than the TTL', () => {
    let now = 0
    const store = new AnswerStore({ maxBytes: 1_000_000, ttlMs: 1000, now: () => now })
    store.set('a', 0, 'application/json', json('one'))
    now = 999
    expect(store.get('a')).toBeDefined()
    now = 2001
    expect(store.get('a')).toBeUndefined()
  })

  it('drops the least recently used answers beyond its memory bound', () => {
    const store = new AnswerStore({ maxBytes: 8 * 1024, ttlMs: 60_000 })
    const body = Buffer.alloc(700, 'x')
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
      store.set(key, 0, 'application/json', body)
      if (key !== 'a') store.get('a') // keep "a" in use
    }
    expect(store.get('a')).toBeDefined()
    expect(store.get('b')).toBeUndefined()
    expect(store.get('i')).toBeDefined()
    expect(store.size).toBeLessThan(9)
  })

  it('gzips large answers once, and leaves small ones as they are', () => {
    const store = new AnswerStore({ maxBytes: 1_000_000, ttlMs: 60_000 })
    const large = store.set('large', 0, 'application/json', json('x'.repeat(5000)))!
    const gzipped = store.gzipped(large)!
    expect(gunzipSync(gzipped).equals(large.body)).toBe(true)
    expect(store.gzipped(large)).toBe(gzipped)
    expect(store.gzipped(store.set('small', 0, 'application/json', json('x'))!)).toBeUndefined()
  })
})
