import { X509Certificate } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generate } from 'selfsigned'

export interface TlsMaterial {
  cert: string
  key: string
  /** SHA-256 of the DER certificate as AA:BB:…, what a workstation pins at first connect. */
  fingerprint: string
}

export const fingerprintOf = (certPem: string) => new X509Certificate(certPem).fingerprint256

/**
 * The server's certificate: the given files (WLZ_SERVER_CERT/KEY, e.g. from the zorgkantoor's own CA),
 * or a self-signed one made on first start in the data folder and reused after. Workstations pin its
 * fingerprint, so a self-signed certificate is safe to use without a CA.
 */
export async function ensureCertificate(dataDir: string, certFile?: string, keyFile?: string): Promise<TlsMaterial> {
  if (certFile || keyFile) {
    if (!certFile || !keyFile) throw new Error('Geef zowel WLZ_SERVER_CERT als WLZ_SERVER_KEY op.')
    const cert = fs.readFileSync(certFile, 'utf8')
    return { cert, key: fs.readFileSync(keyFile, 'utf8'), fingerprint: fingerprintOf(cert) }
  }
  const certPath = path.join(dataDir, 'server-cert.pem')
  const keyPath = path.join(dataDir, 'server-key.pem')
  if (fs.existsSync(certPath) && fs.existsSync(keyPath)) {
    const cert = fs.readFileSync(certPath, 'utf8')
    return { cert, key: fs.readFileSync(keyPath, 'utf8'), fingerprint: fingerprintOf(cert) }
  }
  const host = os.hostname()
  const now = new Date()
  const pems = await generate([{ name: 'commonName', value: host }], {
    keyType: 'ec',
    curve: 'P-256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 10 * 365 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: host },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  })
  fs.mkdirSync(dataDir, { recursive: true })
  // Key first, owner-only, each written to a temp file and renamed: a crash leaves no half file.
  writeAtomic(keyPath, pems.private, 0o600)
  writeAtomic(certPath, pems.cert, 0o644)
  return { cert: pems.cert, key: pems.private, fingerprint: fingerprintOf(pems.cert) }
}

function writeAtomic(file: string, text: string, mode: number) {
  const tmp = `${file}.${process.pid}.tmp`
  const fd = fs.openSync(tmp, 'w', mode)
  fs.writeFileSync(fd, text)
  fs.fsyncSync(fd)
  fs.closeSync(fd)
  fs.renameSync(tmp, file)
}
