import { type ChildProcess, spawn } from 'node:child_process'
import https from 'node:https'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../../..')

/** A Werkplek-server started the way an operator starts it (`node scripts/server.mjs`), in its own process. */
export interface ServerProcess {
  child: ChildProcess
  port: number
  fingerprint: string
  /** The one-time beheerder password, when this process created the first account. */
  password: string | null
  stdout: () => string
  kill(signal?: NodeJS.Signals): Promise<void>
}

export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['scripts/server.mjs'], {
    cwd: ROOT,
    env: { ...process.env, WLZ_SERVER_HOST: '127.0.0.1', WLZ_SERVER_PORT: '0', WLZ_SERVER_LOG: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server stopte (${code}): ${out}\n${err}`)))
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const port = /luistert op https:\/\/[^:]+:(\d+)/.exec(out)
      const fp = /\(SHA-256\): ([0-9A-F:]+)/.exec(out)
      if (port && fp) {
        child.removeAllListeners('exit')
        const pw = /wordt niet opnieuw getoond\):\n\s+(\S+)/.exec(out)
        resolve({
          child,
          port: Number(port[1]),
          fingerprint: fp[1]!,
          password: pw?.[1] ?? null,
          stdout: () => out,
          kill: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode) return done()
              child.once('exit', () => done())
              child.kill(signal)
            }),
        })
      }
    })
  })
}

export interface HttpsReply {
  status: number
  body: any
  fingerprint: string
}

/** One HTTPS request to a server on loopback, reporting the certificate fingerprint it presented. */
export function request(
  port: number,
  method: string,
  url: string,
  opts: { token?: string; body?: unknown; raw?: string; onSent?: () => void } = {},
): Promise<HttpsReply> {
  const payload = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body))
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        agent: false,
        // The certificate is self-signed: trust comes from comparing its fingerprint, as a workstation pins it.
        rejectUnauthorized: false,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
      },
      (res) => {
        const fingerprint = (res.socket as import('node:tls').TLSSocket).getPeerCertificate().fingerprint256
        let text = ''
        res.on('data', (d: Buffer) => (text += d.toString()))
        res.on('end', () => {
          let body: unknown = text
          try {
            body = JSON.parse(text)
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, body, fingerprint })
        })
      },
    )
    // Bounded: a hanging server fails the test with a reason instead of running into its timeout.
    req.setTimeout(30_000, () => req.destroy(new Error(`geen antwoord binnen 30 s op ${method} ${url}`)))
    req.on('error', reject)
    req.end(payload, () => opts.onSent?.())
  })
}

/** Opens the live channel and collects the seq values it announces. */
export function listen(port: number, token: string) {
  const seqs: number[] = []
  const waiters: Array<{ seq: number; done: () => void }> = []
  const req = https.request(
    {
      host: '127.0.0.1',
      port,
      path: '/sync/events',
      agent: false,
      rejectUnauthorized: false,
      headers: { authorization: `Bearer ${token}` },
    },
    (res) => {
      let buf = ''
      res.on('data', (d: Buffer) => {
        buf += d.toString()
        for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
          const m = /^data: (.*)$/m.exec(buf.slice(0, i))
          buf = buf.slice(i + 2)
          if (!m) continue
          const seq = JSON.parse(m[1]!).seq as number
          seqs.push(seq)
          for (const w of waiters.filter((x) => seq >= x.seq)) w.done()
        }
      })
    },
  )
  req.on('error', () => undefined)
  req.end()
  return {
    seqs,
    /** Resolves once an announced seq reaches `seq` (bounded by the test's timeout, not a sleep). */
    until: (seq: number) => new Promise<void>((done) => (seqs.some((s) => s >= seq) ? done() : waiters.push({ seq, done }))),
    close: () => req.destroy(),
  }
}
