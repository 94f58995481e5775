/**
 * Turn-taking inside one process: submissions holding the same keys (a client address, an email
 * address) go one after the other, first come first served, and the next one starts the moment the
 * previous one is done — no polling. Only the submission whose turn it is goes on to take the
 * database lock (clientLock.ts), which keeps other server instances out.
 *
 * Before this, every waiting submission polled the database with back-off: one busy client (a
 * server-side front end submitting for its readers, an office behind one address) got 4 comments a
 * second through, at a median of 1.5 s each.
 */

type Waiter = () => void

export class Turns {
  /** For each key held: the submissions waiting for it, in arrival order. */
  private readonly waiting = new Map<string, Waiter[]>()

  /**
   * Waits for the turn on every key (taken in sorted order, so two submissions sharing keys cannot
   * each hold one the other needs). Resolves with the function that gives the turns back, or with
   * undefined when `deadline` (epoch ms) passed first — then it holds nothing.
   */
  async take(keys: readonly string[], deadline: number): Promise<(() => void) | undefined> {
    const taken: string[] = []
    for (const key of [...new Set(keys)].sort()) {
      if (!(await this.takeOne(key, deadline))) {
        taken.reverse().forEach((held) => this.pass(held))
        return undefined
      }
      taken.push(key)
    }
    let given = false
    return () => {
      if (given) return
      given = true
      taken.reverse().forEach((held) => this.pass(held))
    }
  }

  private takeOne(key: string, deadline: number): Promise<boolean> {
    const queue = this.waiting.get(key)
    if (!queue) {
      this.waiting.set(key, [])
      return Promise.resolve(true)
    }
    return new Promise((resolve) => {
      const wake: Waiter = () => {
        clearTimeout(timer)
        resolve(true)
      }
      const timer = setTimeout(
        () => {
          queue.splice(queue.indexOf(wake), 1)
          resolve(false)
        },
        Math.max(0, deadline - Date.now()),
      )
      queue.push(wake)
    })
  }

  /** Hands the key to the next waiting submission, or frees it. */
  private pass(key: string) {
    const queue = this.waiting.get(key)
    const next = queue?.shift()
    if (next) next()
    else this.waiting.delete(key)
  }
}
