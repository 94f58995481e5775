/**
 * Readers and commenters as a deployment sees them, against one address (an instance or the test
 * balancer) until stopped: each reader fetches its path in a loop, each commenter submits comments
 * on one article. Every answer's status is kept, and the ids of the comments acknowledged (201), so
 * a test can check that none of them was lost.
 */
export type ReaderLoadOptions = {
  /** One looping reader per path. */
  readers: string[]
  commenters: number
  /** The article the comments are on. */
  target: number
  /** Says in each comment's text when it was sent. */
  during: string
}

export type ReaderLoad = {
  statuses: number[]
  acknowledged: number[]
  stop: () => Promise<void>
}

export function startReaderLoad(url: string, options: ReaderLoadOptions): ReaderLoad {
  const statuses: number[] = []
  const acknowledged: number[] = []
  let running = true
  let sent = 0
  const reader = async (path: string) => {
    while (running) {
      const response = await fetch(`${url}${path}`)
      await response.arrayBuffer()
      statuses.push(response.status)
    }
  }
  const commenter = async () => {
    while (running) {
      sent += 1
      const response = await fetch(`${url}/api/comments/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          targetId: options.target,
          authorName: 'Load Reader',
          authorEmail: 'load.reader@example.com',
          body: `Comment ${sent}, sent ${options.during}.`,
        }),
      })
      const answer = (await response.json().catch(() => ({}))) as { id?: number }
      statuses.push(response.status)
      if (response.status === 201 && answer.id) acknowledged.push(answer.id)
    }
  }
  const all = Promise.all([
    ...options.readers.map(reader),
    ...Array.from({ length: options.commenters }, commenter),
  ])
  return {
    statuses,
    acknowledged,
    stop: async () => {
      running = false
      await all
    },
  }
}
