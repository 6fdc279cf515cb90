import http from 'node:http'
import https from 'node:https'
import type { TLSSocket } from 'node:tls'

/** A refusal or failure talking to the teamserver, with a Dutch message for the adviser. */
export class ServerCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ServerCallError'
  }
  /** No answer at all (network down, server stopped): the workstation works on offline. */
  get offline(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504
  }
}

export interface Endpoint {
  url: string
  /** SHA-256 fingerprint of the server certificate, pinned at the first connection ("AA:BB:…"). */
  fingerprint: string | null
}

const TIMEOUT_MS = 30_000
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

/**
 * HTTPS with the certificate pinned by fingerprint: the zorgkantoor's server usually has a
 * self-signed certificate, so the chain is not checked, but every connection must present exactly
 * the certificate the beheerder confirmed (checked before a byte of the request is sent). Plain
 * HTTP is accepted for loopback only (tests and a server on the same machine).
 */
function transport(u: URL): { mod: typeof https | typeof http; options: https.RequestOptions } {
  if (u.protocol === 'http:') {
    if (!LOOPBACK.has(u.hostname)) throw new ServerCallError(0, 'INSECURE', 'Een teamserver buiten deze computer moet https gebruiken.')
    return { mod: http, options: {} }
  }
  if (u.protocol !== 'https:') throw new ServerCallError(0, 'BAD_URL', 'Het adres van de teamserver begint met https://.')
  return { mod: https, options: { rejectUnauthorized: false, agent: false } }
}

function checkPin(socket: TLSSocket, ep: Endpoint): string | null {
  const fp = socket.getPeerCertificate()?.fingerprint256 ?? ''
  if (ep.fingerprint && fp !== ep.fingerprint) return fp
  return null
}

/** Connects once to read the certificate's fingerprint (for the beheerder to compare before pinning it). */
export function readFingerprint(url: string): Promise<string> {
  const u = new URL(url)
  if (u.protocol !== 'https:') return Promise.reject(new ServerCallError(0, 'BAD_URL', 'Het adres van de teamserver begint met https://.'))
  return new Promise((resolve, reject) => {
    const req = https.request({
      method: 'GET',
      hostname: u.hostname,
      port: u.port || 443,
      path: '/health',
      rejectUnauthorized: false,
      agent: false,
    })
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new ServerCallError(0, 'TIMEOUT', 'De teamserver antwoordt niet.')))
    req.on('socket', (s) => s.once('secureConnect', () => resolve((s as TLSSocket).getPeerCertificate().fingerprint256)))
    req.on('response', (res) => res.resume())
    req.on('error', () => reject(new ServerCallError(0, 'UNREACHABLE', 'De teamserver is niet bereikbaar op dit adres.')))
    req.end()
  })
}

/** One JSON call. Errors come back as ServerCallError with the server's Dutch message where it gave one. */
export function callJson<T>(ep: Endpoint, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, token?: string): Promise<T> {
  const u = new URL(path, ep.url)
  const { mod, options } = transport(u)
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
  return new Promise<T>((resolve, reject) => {
    const req = mod.request({
      ...options,
      method,
      hostname: u.hostname,
      port: u.port || (u.protocol === 'https:' ? 443 : 80),
      path: u.pathname + u.search,
      headers: {
        accept: 'application/json',
        ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    })
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new ServerCallError(0, 'TIMEOUT', 'De teamserver antwoordt niet op tijd.')))
    req.on('socket', (s) => {
      if (u.protocol !== 'https:') return void (payload ? req.end(payload) : req.end())
      s.once('secureConnect', () => {
        const wrong = checkPin(s as TLSSocket, ep)
        if (wrong)
          return req.destroy(
            new ServerCallError(
              0,
              'CERT_CHANGED',
              'Het certificaat van de teamserver is veranderd. Er is niets verstuurd; neem contact op met functioneel beheer.',
            ),
          )
        if (payload) req.end(payload)
        else req.end()
      })
    })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: unknown = null
        try {
          json = text ? JSON.parse(text) : null
        } catch {
          return reject(new ServerCallError(res.statusCode ?? 0, 'BAD_RESPONSE', 'De teamserver gaf een onleesbaar antwoord.'))
        }
        if ((res.statusCode ?? 0) >= 400) {
          const e = (json as { error?: { code?: string; message?: string } } | null)?.error
          return reject(new ServerCallError(res.statusCode ?? 0, e?.code ?? 'ERROR', e?.message ?? 'De teamserver weigerde dit verzoek.'))
        }
        resolve(json as T)
      })
      res.on('error', () => reject(new ServerCallError(0, 'CUT', 'De verbinding met de teamserver werd verbroken.')))
    })
    req.on('error', (err) =>
      reject(err instanceof ServerCallError ? err : new ServerCallError(0, 'UNREACHABLE', 'De teamserver is niet bereikbaar.')),
    )
  })
}

/**
 * The live channel (server-sent events): calls `onSeq` for every "there is more" and `onEnd` with the
 * server's reason when it closes the stream (revoked device, disabled account) or the line drops.
 */
export function listen(ep: Endpoint, token: string, onSeq: (seq: number) => void, onEnd: (code: string | null) => void): () => void {
  const u = new URL('/sync/events', ep.url)
  const { mod, options } = transport(u)
  let ended = false
  const end = (code: string | null) => {
    if (!ended) onEnd(code)
    ended = true
  }
  const req = mod.request({
    ...options,
    method: 'GET',
    hostname: u.hostname,
    port: u.port || (u.protocol === 'https:' ? 443 : 80),
    path: u.pathname,
    headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
  })
  req.on('socket', (s) => {
    if (u.protocol !== 'https:') return void req.end()
    s.once('secureConnect', () => (checkPin(s as TLSSocket, ep) ? req.destroy() : req.end()))
  })
  req.on('response', (res) => {
    if ((res.statusCode ?? 0) >= 400) {
      res.resume()
      return end(res.statusCode === 401 ? 'UNAUTHENTICATED' : null)
    }
    let buffer = ''
    let event = 'message'
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).trimEnd()
        buffer = buffer.slice(nl + 1)
        if (line.startsWith('event:')) event = line.slice(6).trim()
        else if (line.startsWith('data:')) {
          let data: { seq?: number; code?: string } = {}
          try {
            data = JSON.parse(line.slice(5)) as typeof data
          } catch {
            // A garbled line only means "there may be more": the next pull finds out.
          }
          if (event === 'end') end(data.code ?? null)
          else onSeq(typeof data.seq === 'number' ? data.seq : 0)
        } else if (line === '') event = 'message'
      }
    })
    res.on('end', () => end(null))
    res.on('error', () => end(null))
  })
  req.on('error', () => end(null))
  return () => {
    ended = true
    req.destroy()
  }
}
