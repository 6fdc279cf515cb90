import { afterEach, describe, expect, it } from 'vitest'
import { loadReference, testBackend, withProfile, type TestBackend } from './helpers/backend'
import { routes, type RouteName } from '../src/shared/contracts/catalog'
import { OPEN_WHILE_LOCKED } from '../src/main/ipc/router'

let open: TestBackend[] = []
afterEach(() => {
  open.reverse().forEach((b) => b.dispose())
  open = []
})

/** A clock the test moves by hand: waits are counted in the clock's time, never in wall time. */
function movableClock() {
  let t = Date.UTC(2026, 10, 22, 9, 0, 0)
  return { clock: { now: () => new Date(t), today: () => '2026-11-22' }, advance: (s: number) => (t += s * 1000) }
}

async function withPin(options: Parameters<typeof testBackend>[0] = {}) {
  const b = testBackend(options)
  open.push(b)
  await withProfile(b) // sets the PIN 482913
  return b
}

describe('the screen lock', () => {
  it('keeps only an argon2id hash of the PIN in the settings', async () => {
    const b = await withPin()
    const stored = b.db!.prepare(`SELECT value FROM setting WHERE key = 'werkplek.pincode'`).pluck().get() as string
    expect(stored).toMatch(/^\$argon2id\$/)
    expect(stored).not.toContain('482913')
    expect(b.db!.prepare(`SELECT count(*) FROM audit_log WHERE event = 'werkplek.pincode'`).pluck().get()).toBe(1)
  })

  it('refuses every route but the few that unlock, with a Dutch LOCKED error', async () => {
    const b = await withPin()
    expect(await b.ok('werkplek.slot.vergrendelen', {})).toMatchObject({ vergrendeld: true })
    const refused: string[] = []
    const names = Object.keys(routes) as RouteName[]
    for (const name of names.filter((n) => !OPEN_WHILE_LOCKED.has(n))) {
      const r = await b.call(name, {} as never)
      if (!r.ok && r.error.code === 'LOCKED' && r.error.message.startsWith('Wlz Werkplek is vergrendeld')) refused.push(name)
    }
    process.stdout.write(`locked: ${refused.length} of ${names.length - OPEN_WHILE_LOCKED.size} routes refused with LOCKED\n`)
    expect(refused).toEqual(names.filter((n) => !OPEN_WHILE_LOCKED.has(n)))
    // The status still answers, and says nothing about a client.
    expect((await b.ok('app.status', {})).slot).toEqual({ vergrendeld: true, pincodeIngesteld: true, wachtSeconden: 0 })
    await b.ok('werkplek.slot.ontgrendelen', { pincode: '482913' })
    expect((await b.call('caseload.query', { filter: { adviseur: 'alle' } })).ok).toBe(true)
  })

  it('refuses a wrong PIN and makes each further try wait longer, counted in the main process', async () => {
    const { clock, advance } = movableClock()
    const b = await withPin({ clock })
    await b.ok('werkplek.slot.vergrendelen', {})
    for (let i = 0; i < 2; i++) {
      const r = await b.call('werkplek.slot.ontgrendelen', { pincode: '000000' })
      expect(r).toMatchObject({ ok: false, error: { message: 'Deze pincode klopt niet. Probeer het opnieuw.' } })
    }
    const third = await b.call('werkplek.slot.ontgrendelen', { pincode: '000000' })
    expect(third).toMatchObject({ ok: false, error: { message: expect.stringContaining('over 30 seconden') } })
    // While waiting even the right PIN is refused: a reloaded window gets the same answer.
    const waiting = await b.call('werkplek.slot.ontgrendelen', { pincode: '482913' })
    expect(waiting).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect((await b.ok('werkplek.slot.status', {})).wachtSeconden).toBe(30)
    advance(31)
    const fourth = await b.call('werkplek.slot.ontgrendelen', { pincode: '111111' })
    expect(fourth).toMatchObject({ ok: false, error: { message: expect.stringContaining('over 60 seconden') } })
    advance(61)
    expect(await b.ok('werkplek.slot.ontgrendelen', { pincode: '482913' })).toEqual({
      vergrendeld: false,
      pincodeIngesteld: true,
      wachtSeconden: 0,
    })
    expect(b.db!.prepare(`SELECT count(*) FROM audit_log WHERE event = 'werkplek.ontgrendelen.mislukt'`).pluck().get()).toBe(4)
  })

  it('keeps the wait after wrong attempts across a restart on the same files', async () => {
    const { clock, advance } = movableClock()
    const b = await withPin({ clock })
    await b.ok('werkplek.slot.vergrendelen', {})
    for (let i = 0; i < 3; i++) await b.call('werkplek.slot.ontgrendelen', { pincode: '000000' })
    const again = b.restart({ locked: true })
    open.push(again)
    expect((await again.ok('werkplek.slot.status', {})).wachtSeconden).toBe(30)
    const waiting = await again.call('werkplek.slot.ontgrendelen', { pincode: '482913' })
    expect(waiting).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    advance(31)
    // The count went on too: the next wrong one waits 60 s, not a fresh 0.
    const fourth = await again.call('werkplek.slot.ontgrendelen', { pincode: '111111' })
    expect(fourth).toMatchObject({ ok: false, error: { message: expect.stringContaining('over 60 seconden') } })
    advance(61)
    await again.ok('werkplek.slot.ontgrendelen', { pincode: '482913' })
    const third = again.restart({ locked: true })
    open.push(third)
    expect((await third.ok('werkplek.slot.status', {})).wachtSeconden).toBe(0)
  })

  it('starts locked after a restart, and a new PIN needs the current one', async () => {
    const b = await withPin()
    const again = b.restart({ locked: true })
    open.push(again)
    expect((await again.ok('app.status', {})).slot.vergrendeld).toBe(true)
    expect((await again.call('caseload.query', { filter: { adviseur: 'alle' } })).ok).toBe(false)
    await again.ok('werkplek.slot.ontgrendelen', { pincode: '482913' })
    const wrong = await again.call('werkplek.slot.instellen', { pincode: 'nieuw-wachtwoord', huidigePincode: 'fout00' })
    expect(wrong).toMatchObject({ ok: false, error: { issues: [{ path: 'huidigePincode' }] } })
    const short = await again.call('werkplek.slot.instellen', { pincode: '12345', huidigePincode: '482913' })
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR', message: expect.stringContaining('minstens 6 tekens') } })
    await again.ok('werkplek.slot.instellen', { pincode: 'nieuw-wachtwoord', huidigePincode: '482913' })
    await again.ok('werkplek.slot.vergrendelen', {})
    await again.ok('werkplek.slot.ontgrendelen', { pincode: 'nieuw-wachtwoord' })
  })

  it('a set-up workstation without a PIN (demo, team, upgrade) answers nothing but setting one, also after a restart', async () => {
    const b = testBackend()
    open.push(b)
    // First run: no profile yet, so the set-up routes answer.
    await loadReference(b)
    expect((await b.ok('app.status', {})).slot).toEqual({ vergrendeld: false, pincodeIngesteld: false, wachtSeconden: 0 })
    await b.ok('demo.load', {})
    expect((await b.ok('app.status', {})).slot).toEqual({ vergrendeld: true, pincodeIngesteld: false, wachtSeconden: 0 })
    expect(await b.call('caseload.query', { filter: { adviseur: 'alle' } })).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    // "Unlocking" without a PIN opens nothing.
    expect(await b.ok('werkplek.slot.ontgrendelen', { pincode: '' })).toMatchObject({ vergrendeld: true })
    expect((await b.call('caseload.query', { filter: { adviseur: 'alle' } })).ok).toBe(false)
    const again = b.restart({ locked: true })
    open.push(again)
    expect((await again.call('caseload.query', { filter: { adviseur: 'alle' } })).ok).toBe(false)
    const short = await again.call('werkplek.slot.instellen', { pincode: '12345' })
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR', message: expect.stringContaining('minstens 6 tekens') } })
    expect(await again.ok('werkplek.slot.instellen', { pincode: 'demo-wachtwoord' })).toEqual({
      vergrendeld: false,
      pincodeIngesteld: true,
      wachtSeconden: 0,
    })
    expect((await again.call('caseload.query', { filter: { adviseur: 'alle' } })).ok).toBe(true)
    const stored = again.db!.prepare(`SELECT value FROM setting WHERE key = 'werkplek.pincode'`).pluck().get() as string
    expect(stored).toMatch(/^\$argon2id\$/)
  })
})
