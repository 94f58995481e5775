/**
 * A minimal SMTP server on loopback that accepts every message and keeps it: enough of RFC 5321
 * (greeting, EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for nodemailer to deliver to it over
 * plain TCP. Lets a test send real mail through `SMTP_URL`, and stop the server to make mail fail.
 */
import net from 'node:net'

export type SmtpMessage = { from: string; to: string[]; data: string }

export type SmtpSink = {
  messages: SmtpMessage[]
  close: () => Promise<void>
}

export function startSmtpSink(port: number): Promise<SmtpSink> {
  const messages: SmtpMessage[] = []
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.setEncoding('utf8')
    let buffer = ''
    let inData = false
    let current: SmtpMessage = { from: '', to: [], data: '' }
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply('220 sink ESMTP')
    socket.on('data', (chunk: string) => {
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (inData) {
          if (line === '.') {
            inData = false
            messages.push(current)
            current = { from: '', to: [], data: '' }
            reply('250 queued')
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`
          continue
        }
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') reply('250 sink')
        else if (verb === 'MAIL') {
          current.from = line.slice(10).trim()
          reply('250 ok')
        } else if (verb === 'RCPT') {
          current.to.push(line.slice(8).trim())
          reply('250 ok')
        } else if (verb === 'DATA') {
          inData = true
          reply('354 go ahead')
        } else if (verb === 'QUIT') {
          reply('221 bye')
          socket.end()
        } else reply('250 ok')
      }
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () =>
      resolve({
        messages,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          }),
      }),
    )
  })
}
