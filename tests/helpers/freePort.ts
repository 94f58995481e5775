/**
 * A port nobody listens on right now, for a server that must know its own address before it starts
 * (SERVER_URL). The port is released before use; another process taking it in between is unlikely
 * on a test machine, and the start would then fail loudly rather than test the wrong thing.
 */
import net from 'node:net'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
