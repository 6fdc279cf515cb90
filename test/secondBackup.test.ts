import { afterEach, describe, expect, it } from 'vitest'
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir, testBackend, withProfile, type TestBackend } from './helpers/backend'
import { clientWithIndicatie } from './helpers/dossier'

let open: TestBackend[] = []
afterEach(() => {
  open.reverse().forEach((b) => b.dispose())
  open = []
})
const make = () => {
  const b = testBackend()
  open.push(b)
  return b
}

describe('the second back-up location', () => {
  it('copies every back-up there, still encrypted, identical to the primary, with the recovery file', async () => {
    const b = make()
    await withProfile(b)
    await clientWithIndicatie(b)
    await b.ok('sleutel.herstelcode', { pincode: '482913' })
    const usb = tempDir('wlz-usb-')
    expect(await b.ok('backups.tweedeLocatieInstellen', { map: usb })).toMatchObject({ map: usb, status: 'ok', melding: null })
    const info = await b.ok('backups.create', {})
    expect(readdirSync(usb).sort()).toEqual([info.naam, `${info.naam}.json`, 'herstelsleutel.json'].sort())
    const copy = readFileSync(join(usb, info.naam))
    expect(copy.equals(readFileSync(join(b.dataDir, 'backups', info.naam)))).toBe(true)
    expect(copy.includes('Testpersoon')).toBe(false)
    expect((await b.ok('backups.tweedeLocatie', {})).laatsteKopie).toEqual(expect.any(String))
    rmSync(usb, { recursive: true, force: true })
  })

  it('refuses a folder that does not exist or takes no files, with a Dutch message', async () => {
    const b = make()
    await withProfile(b)
    const missing = await b.call('backups.tweedeLocatieInstellen', { map: join(tempDir(), 'bestaat-niet') })
    expect(missing).toMatchObject({ ok: false, error: { message: 'Deze map bestaat niet (of is niet aangesloten).' } })
    const relative = await b.call('backups.tweedeLocatieInstellen', { map: 'usb/back-ups' })
    expect(relative).toMatchObject({ ok: false, error: { message: expect.stringContaining('volledige pad') } })
    // Read-only: a 0555 folder for a normal user; as root (CI containers) modes do not bind, /proc refuses files.
    const readOnly = process.getuid?.() === 0 ? '/proc' : tempDir('wlz-ro-')
    if (readOnly !== '/proc') chmodSync(readOnly, 0o555)
    const refused = await b.call('backups.tweedeLocatieInstellen', { map: readOnly })
    expect(refused).toMatchObject({ ok: false, error: { message: 'In deze map kan Wlz Werkplek niet schrijven. Kies een andere map.' } })
  })

  it('a folder that went away gives a warning in Beheer but never fails the primary back-up', async () => {
    const b = make()
    await withProfile(b)
    const usb = tempDir('wlz-usb-')
    await b.ok('backups.tweedeLocatieInstellen', { map: usb })
    rmSync(usb, { recursive: true, force: true })
    const info = await b.ok('backups.create', {})
    expect(existsSync(join(b.dataDir, 'backups', info.naam))).toBe(true)
    const status = await b.ok('backups.tweedeLocatie', {})
    expect(status).toMatchObject({ status: 'fout', melding: expect.stringContaining('niet bereikbaar of niet beschrijfbaar') })
    expect(b.log.lines.some((l) => l.includes('second back-up location failed'))).toBe(true)
  })
})
