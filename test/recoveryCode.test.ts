import { afterEach, describe, expect, it } from 'vitest'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir, testBackend, withProfile, type TestBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'
import type { KeyWrapper } from '../src/main/db/keys'
import { CODE_BITS, normaliseCode } from '../src/main/db/recoveryKey'

let open: TestBackend[] = []
afterEach(() => {
  open.reverse().forEach((b) => b.dispose())
  open = []
})
const make = (...a: Parameters<typeof testBackend>) => {
  const b = testBackend(...a)
  open.push(b)
  return b
}
const clients = async (b: TestBackend) => (await b.ok('caseload.query', { filter: { adviseur: 'alle' } })).total
const movable = () => {
  let t = Date.UTC(2026, 10, 22, 9, 0, 0)
  return { clock: { now: () => new Date(t), today: () => '2026-11-22' }, advance: (s: number) => (t += s * 1000) }
}

/** The OS keystore is gone (a new keyring, a reinstalled OS): every stored wrapping fails to open. */
const lostKeystore: KeyWrapper = {
  description: 'sleutelopslag kwijt',
  protectedByOs: true,
  soort: 'os',
  wrap: (key) => Buffer.concat([Buffer.from('nieuw:'), key]),
  unwrap: (stored) => {
    if (!stored.subarray(0, 6).equals(Buffer.from('nieuw:'))) throw new Error('Error while decrypting the ciphertext provided')
    return stored.subarray(6)
  },
}

async function workstationWithCode(options: Parameters<typeof testBackend>[0] = {}) {
  const b = make(options)
  await withProfile(b) // sets the PIN 482913
  await clientWithIndicatie(b)
  const { herstelcode } = await b.ok('sleutel.herstelcode', { pincode: '482913' })
  return { b, herstelcode }
}

describe('the recovery code', () => {
  it('has 6 groups of 5 from an unambiguous alphabet, ≥ 128 bits, and needs the PIN', async () => {
    const b = make()
    await withProfile(b) // sets the PIN 482913
    const wrongPin = await b.call('sleutel.herstelcode', { pincode: '000000' })
    expect(wrongPin).toMatchObject({ ok: false, error: { issues: [{ path: 'pincode' }] } })
    const { herstelcode } = await b.ok('sleutel.herstelcode', { pincode: '482913' })
    expect(herstelcode).toMatch(/^([A-HJKMNP-Z2-9]{5}-){5}[A-HJKMNP-Z2-9]{5}$/)
    expect(CODE_BITS).toBeGreaterThanOrEqual(128)
    expect(normaliseCode(herstelcode.toLowerCase().replace(/-/g, ' '))).toBe(herstelcode.replace(/-/g, ''))
    // Sealed: neither the code nor the key is readable in the file beside the key.
    const file = readFileSync(join(b.dataDir, 'herstelsleutel.json'), 'utf8')
    const key = readFileSync(join(b.dataDir, 'werkplek.key'), 'utf8')
    expect(file).not.toContain(herstelcode.replace(/-/g, ''))
    expect(file).not.toContain(key)
    expect(JSON.parse(file)).toMatchObject({ kdf: { naam: 'argon2id' } })
    expect(await b.ok('sleutel.status', {})).toMatchObject({ soort: 'test', herstelcodeGemaaktOp: expect.any(String) })
    expect(b.db!.prepare(`SELECT count(*) FROM audit_log WHERE event = 'sleutel.herstelcode'`).pluck().get()).toBe(1)
  })

  it('opens the database again when the OS keystore is lost, and refuses wrong codes with a growing wait', async () => {
    const { clock, advance } = movable()
    const { b, herstelcode } = await workstationWithCode({ clock })
    b.close()
    const lost = make({ dataDir: b.dataDir, keyWrapper: lostKeystore, clock })
    const status = await lost.ok('app.status', {})
    expect(status).toMatchObject({ state: 'error', error: { code: 'DB_KEY_INVALID', message: expect.stringContaining('herstelcode') } })
    expect((await lost.call('caseload.query', { filter: { adviseur: 'alle' } })).ok).toBe(false)

    const wrong = 'ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678'
    for (let i = 0; i < 3; i++) {
      const r = await lost.call('sleutel.herstellen', { herstelcode: wrong })
      expect(r).toMatchObject({ ok: false, error: { issues: [{ path: 'herstelcode' }] } })
    }
    // Three wrong: even the right code waits now.
    expect(await lost.call('sleutel.herstellen', { herstelcode })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    advance(31)
    expect(await lost.ok('sleutel.herstellen', { herstelcode: herstelcode.toLowerCase() })).toEqual({ herstartNodig: true })

    const healed = lost.restart()
    open.push(healed)
    expect((await healed.ok('app.status', {})).state).toBe('ready')
    await healed.ok('werkplek.slot.ontgrendelen', { pincode: '482913' })
    expect(await clients(healed)).toBe(1)
    // The audit key came back too: the keyed chain still proves itself.
    expect(healed.services!.auditGuard.check()).toMatchObject({ reden: null })
  })

  it('keeps the wait after wrong codes across a restart, in a file beside the key', async () => {
    const { clock, advance } = movable()
    const { b, herstelcode } = await workstationWithCode({ clock })
    b.close()
    const lost = make({ dataDir: b.dataDir, keyWrapper: lostKeystore, clock })
    const wrong = 'ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678'
    for (let i = 0; i < 3; i++) await lost.call('sleutel.herstellen', { herstelcode: wrong })
    lost.close()
    // A new backend over the same files: the count was not in memory only.
    const again = make({ dataDir: b.dataDir, keyWrapper: lostKeystore, clock })
    expect(await again.call('sleutel.herstellen', { herstelcode })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(JSON.parse(readFileSync(join(b.dataDir, 'herstelcode.pogingen'), 'utf8'))).toMatchObject({ failures: 3 })
    advance(31)
    expect(await again.ok('sleutel.herstellen', { herstelcode })).toEqual({ herstartNodig: true })
    // The right code clears the count for the next time.
    expect(JSON.parse(readFileSync(join(b.dataDir, 'herstelcode.pogingen'), 'utf8'))).toMatchObject({ failures: 0 })
  })

  it('restores a back-up on a new laptop with only the back-up folder and the code', async () => {
    const { b, herstelcode } = await workstationWithCode()
    const backup = await b.ok('backups.create', {})
    // The old laptop is gone; its back-up folder (USB, network share) is copied to the new one.
    const usb = tempDir('wlz-usb-')
    cpSync(join(b.dataDir, 'backups'), usb, { recursive: true })

    const newLaptop = tempDir('wlz-nieuw-')
    cpSync(usb, join(newLaptop, 'backups'), { recursive: true })
    const fresh = make({ dataDir: newLaptop, keyWrapper: lostKeystore })
    expect((await fresh.ok('backups.list', {})).map((x) => x.naam)).toEqual([backup.naam])
    const wrong = await fresh.call('sleutel.herstellen', { herstelcode: 'ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678', naam: backup.naam })
    expect(wrong.ok).toBe(false)
    await fresh.ok('sleutel.herstellen', { herstelcode, naam: backup.naam })

    const restored = fresh.restart()
    open.push(restored)
    expect((await restored.ok('app.status', {})).state).toBe('ready')
    await restored.ok('werkplek.slot.ontgrendelen', { pincode: '482913' })
    expect(await clients(restored)).toBe(1)
  })

  it('without a recovery file says plainly that the key cannot come back', async () => {
    const b = make()
    await withProfile(b)
    b.close()
    const lost = make({ dataDir: b.dataDir, keyWrapper: lostKeystore })
    const r = await lost.call('sleutel.herstellen', { herstelcode: 'ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678' })
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Zonder herstelsleutel') } })
  })
})
