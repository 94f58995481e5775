/**
 * A loopback TCP proxy a test can cut and restore, to take "the database" away from a running server
 * without touching the database itself.
 */
import net from 'node:net'

export type TcpProxy = {
  port: number
  /** Closes the listener and every open connection: the target looks gone. */
  cut: () => Promise<void>
  /** Listens again on the same port. */
  restore: () => Promise<void>
  close: () => Promise<void>
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const createServer = () =>
    net.createServer((client) => {
      const upstream = net.connect(targetPort, targetHost)
      track(client)
      track(upstream)
      client.pipe(upstream).pipe(client)
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
    })

  let server = createServer()
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
    )
  const port = await listen(0)

  const cut = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      for (const socket of sockets) socket.destroy()
    })
  }
  return {
    port,
    cut,
    restore: async () => {
      server = createServer()
      await listen(port)
    },
    close: cut,
  }
}

/** A proxy in front of the database at `databaseUrl`, and the URL that reaches it through the proxy. */
export async function proxyDatabase(
  databaseUrl: string,
): Promise<{ proxy: TcpProxy; url: string }> {
  const target = new URL(databaseUrl)
  const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432))
  const viaProxy = new URL(databaseUrl)
  viaProxy.hostname = '127.0.0.1'
  viaProxy.port = String(proxy.port)
  return { proxy, url: viaProxy.toString() }
}
