// Issue 14, the import's write off the main thread: the worker writes on its own connection in one
// transaction. While it holds the write lock the main connection keeps reading, a write past the unit
// of work fails at once instead of waiting, a cancel is the worker's own ROLLBACK (counted before and
// after), and in a team the imported rows and the audit record reach the outbox as the main path did.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadReference, testBackend, type TestBackend } from './helpers/backend'
import { b64, csv, LOCATIES } from './helpers/aanbieders'
import { teamSetting } from './helpers/team'
import type { EventName, EventPayload } from '../src/shared/contracts/catalog'
import type { Voortgang } from '../src/shared/contracts/aanbieders.routes'

let b: TestBackend
let onVoortgang: (v: Voortgang) => void = () => {}
const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
  if (event === 'aanbieders.voortgang') onVoortgang(payload as Voortgang)
}
beforeEach(async () => {
  onVoortgang = () => {}
  b = testBackend({ emit })
  await loadReference(b)
})
afterEach(() => b.dispose())

const count = (table: string) => b.db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const veel = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    LOCATIES[0]!.map((c, j) => (j === 4 ? String(600_000_000_000 + i) : j === 3 ? `Locatie ${i} (fictief)` : c)),
  )
async function importRoute(tekst: string) {
  const bestand = { bestandsnaam: 'aanbieders.csv', soort: 'csv' as const, base64: b64(tekst) }
  const v = await b.ok('aanbieders.importVoorbeeld', bestand)
  if ('status' in v) throw new Error('preview cancelled')
  return b.ok('aanbieders.import', { ...bestand, koppeling: v.koppeling })
}

describe('the import writes on the worker’s own connection', () => {
  it(
    'while it writes: reads go on, a raw write fails at once (no 5 s wait), the unit of work says BUSY in Dutch',
    { timeout: 180_000 },
    async () => {
      let gezien: { locaties: number; timeout: number; ruw: string; uow: unknown } | null = null
      onVoortgang = (v) => {
        if (v.fase !== 'opslaan' || gezien) return
        let ruw = 'geschreven'
        try {
          b.db!.prepare("INSERT INTO setting (key, value) VALUES ('test.tussendoor', '1')").run()
        } catch (error) {
          ruw = String((error as { code?: string }).code)
        }
        gezien = {
          locaties: count('locatie'),
          timeout: b.db!.pragma('busy_timeout', { simple: true }) as number,
          ruw,
          uow: (() => {
            try {
              b.services!.uow.system(() => undefined)
              return null
            } catch (error) {
              return error
            }
          })(),
        }
      }
      expect(await importRoute(csv(veel(1200)))).toMatchObject({ status: 'geimporteerd', nieuw: 1200 })
      // The reader saw the state before the import (WAL): none of the uncommitted rows.
      expect(gezien).toMatchObject({ locaties: 0, timeout: 0, ruw: 'SQLITE_BUSY' })
      expect(gezien!.uow).toMatchObject({ code: 'BUSY', message: expect.stringContaining('Probeer het over een paar seconden') })
      expect(b.db!.pragma('busy_timeout', { simple: true })).toBe(5000)
      expect(count('locatie')).toBe(1200)
      // The worker's audit record extends the HMAC chain, and the anchor outside the database follows it.
      b.services!.auditGuard.writeAnchor() // written a few seconds after a commit; here at once, as at close
      expect(b.services!.auditGuard.check()).toMatchObject({ reden: null })
    },
  )

  it('answers once the import is durable, then copies its WAL into the database and ends by itself', { timeout: 180_000 }, async () => {
    const workers = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length
    const voor = workers()
    const bestand = () => statSync(join(b.dataDir, 'werkplek.db')).size
    const grootteVoor = bestand()
    expect(await importRoute(csv(veel(1500)))).toMatchObject({ status: 'geimporteerd', nieuw: 1500 })
    // The worker copies the WAL after its answer (copyWalAndClose) and then ends: no thread is left
    // behind. Bounded by a count of polls, not a time budget of the test.
    // The main connection writes nothing meanwhile, so the database file grows by the worker's copy alone.
    const klaar = () => workers() <= voor && bestand() > grootteVoor + 100_000
    for (let i = 0; i < 600 && !klaar(); i++) await new Promise((r) => setTimeout(r, 50))
    expect(bestand()).toBeGreaterThan(grootteVoor + 100_000)
    expect(workers()).toBeLessThanOrEqual(voor)
    expect(count('locatie')).toBe(1500)
  })

  it('cancelled while storing over an existing register: every count is what it was before', { timeout: 180_000 }, async () => {
    await importRoute(csv(LOCATIES))
    const tabellen = ['aanbieder', 'locatie', 'wachttijd', 'locatie_historie', 'audit_log', 'outbox', 'sync_pending']
    const voor = tabellen.map(count)
    // The insert triggers the import sets aside when nothing is captured (db/bulkInsert.ts) come back with the ROLLBACK.
    const triggers = () => b.db!.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()
    const triggersVoor = triggers()
    let annuleer: Promise<unknown> | null = null
    onVoortgang = (v) => {
      if (v.fase === 'opslaan' && !annuleer) annuleer = b.ok('aanbieders.annuleer', { taak: 'import' })
    }
    expect(await importRoute(csv([...LOCATIES, ...veel(1200)]))).toEqual({ status: 'geannuleerd' })
    expect(await annuleer).toEqual({ geannuleerd: true })
    expect(tabellen.map(count)).toEqual(voor)
    expect(triggers()).toEqual(triggersVoor)
    // The worker's ROLLBACK released the lock: the main connection writes again at once.
    onVoortgang = () => {}
    expect(await importRoute(csv(veel(10)))).toMatchObject({ status: 'geimporteerd', nieuw: 10 })
  })
})

describe('in a team', () => {
  it('captures every imported row and the audit record for the teamserver, as the main thread did', { timeout: 180_000 }, async () => {
    const s = b.services!
    const team = teamSetting({ gebruikersnaam: 'test.beheer', naam: 'Test Beheer', functie: 'Functioneel beheerder', role: 'beheerder' })
    s.uow.system(() => s.settings.set('teamserver', JSON.stringify(team)))
    const voor = count('outbox')
    expect(await importRoute(csv(veel(900)))).toMatchObject({ status: 'geimporteerd', nieuw: 900 })
    const perEntiteit = Object.fromEntries(
      (b.db!.prepare('SELECT entity, count(*) AS n FROM outbox GROUP BY entity').all() as Array<{ entity: string; n: number }>).map((r) => [
        r.entity,
        r.n,
      ]),
    )
    expect(perEntiteit).toMatchObject({ locatie: 900, aanbieder: 1 })
    expect(count('outbox')).toBeGreaterThan(voor + 900)
    expect(count('sync_pending')).toBe(0)
    expect(b.db!.prepare('SELECT count(*) FROM locatie WHERE gid IS NULL').pluck().get()).toBe(0)
    s.auditGuard.writeAnchor() // written a few seconds after a commit; here at once, as at close
    expect(s.auditGuard.check()).toMatchObject({ reden: null })
  })
})
