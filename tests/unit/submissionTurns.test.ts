/**
 * Turn-taking for one client's submissions inside a process (submission/turns.ts): first come first
 * served, the next woken the moment the previous gives its turn back, shared keys never deadlock,
 * and a wait that runs out holds nothing.
 */
import { describe, expect, it, vi } from 'vitest'

import { Turns } from '../../plugins/moderatedComments/submission/turns'

const later = (ms: number) => Date.now() + ms
const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('Turns', () => {
  it('lets submissions on the same key go one at a time, in arrival order, without polling', async () => {
    const turns = new Turns()
    const order: string[] = []
    const first = await turns.take(['client-a'], later(1000))
    const waiting = ['second', 'third'].map(async (name) => {
      const giveBack = await turns.take(['client-a'], later(1000))
      order.push(`${name} starts`)
      await tick()
      order.push(`${name} ends`)
      giveBack!()
    })
    await tick()
    expect(order).toEqual([]) // both wait while the first holds the key
    order.push('first ends')
    first!()
    await Promise.all(waiting)
    expect(order).toEqual([
      'first ends',
      'second starts',
      'second ends',
      'third starts',
      'third ends',
    ])
  })

  it('wakes the next one when a turn is given back, with no timer in between', async () => {
    vi.useFakeTimers()
    try {
      const turns = new Turns()
      const first = await turns.take(['client-a'], later(1000))
      let woken = false
      const second = turns.take(['client-a'], later(1000)).then((giveBack) => {
        woken = true
        return giveBack
      })
      await Promise.resolve()
      expect(woken).toBe(false)
      first!()
      // No clock advanced: a polling wait would still be asleep here.
      expect(await second).toBeTypeOf('function')
      expect(woken).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('does not make different clients wait for each other', async () => {
    const turns = new Turns()
    const a = await turns.take(['client-a', 'email-a'], later(1000))
    const b = await turns.take(['client-b', 'email-b'], later(1000))
    expect(a).toBeTypeOf('function')
    expect(b).toBeTypeOf('function')
  })

  it('serialises submissions that share only the email (or only the address), without deadlock', async () => {
    const turns = new Turns()
    const results = await Promise.all(
      [
        ['address-1', 'email-x'],
        ['address-2', 'email-x'],
        ['address-1', 'email-y'],
        ['address-2', 'email-y'],
      ].map(async (keys) => {
        const giveBack = await turns.take(keys, later(2000))
        await tick()
        giveBack?.()
        return giveBack !== undefined
      }),
    )
    expect(results).toEqual([true, true, true, true])
  })

  it('gives up at the deadline holding nothing, so the keys stay usable', async () => {
    const turns = new Turns()
    const holder = await turns.take(['client-a'], later(1000))
    expect(await turns.take(['client-b', 'client-a'], later(30))).toBeUndefined()
    // client-b was taken and given back when client-a could not be had in time.
    expect(await turns.take(['client-b'], later(10))).toBeTypeOf('function')
    holder!()
    expect(await turns.take(['client-a'], later(10))).toBeTypeOf('function')
  })
})
