import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { b64, csv, importeer, LOCATIES } from './helpers/aanbieders'
import { clientMetAdres } from './helpers/brieven'
import { leveringsvorm } from './helpers/dossier'
import { STANDAARD_GEWICHTEN } from '../src/shared/domain/aanbieders/weging'

let b: TestBackend
beforeEach(async () => {
  b = testBackend()
  await withProfile(b)
  await importeer(b, b64(csv(LOCATIES)))
})
afterEach(() => b.dispose())

describe('a comparison that explains itself', () => {
  it('asks for verblijf while a vpt overbrugging runs: the nursing homes deliver what is asked', async () => {
    const client = await clientMetAdres(b)
    await b.ok('leveringsvormen.create', leveringsvorm(client.id, 'vpt', '2026-11-02', { overbrugging: true }))
    const list = await b.ok('aanbieders.shortlist', { clientId: client.id, wensen: {} })
    expect(list.client.gezocht).toEqual({ leveringsvorm: 'verblijf', bron: 'indicatie' })
    expect(list.locaties.every((l) => l.leveringsvormPast)).toBe(true)
    // The adviser's stated wish wins over the dossier.
    const vpt = await b.ok('aanbieders.shortlist', { clientId: client.id, wensen: { leveringsvorm: 'vpt' } })
    expect(vpt.client.gezocht).toEqual({ leveringsvorm: 'vpt', bron: 'wens' })
  })

  it('takes a running (non-overbrugging) form of care from the dossier', async () => {
    const client = await clientMetAdres(b)
    await b.ok('leveringsvormen.create', leveringsvorm(client.id, 'vpt', '2026-11-02'))
    const list = await b.ok('aanbieders.shortlist', { clientId: client.id, wensen: {} })
    expect(list.client.gezocht).toEqual({ leveringsvorm: 'vpt', bron: 'dossier' })
  })

  it('explains the order per criterion and lets the adviser weigh distance heaviest, saved per adviser', async () => {
    const client = await clientMetAdres(b)
    expect(await b.ok('aanbieders.gewichten', {})).toEqual(STANDAARD_GEWICHTEN)
    const standaard = await b.ok('aanbieders.shortlist', { clientId: client.id, wensen: { partneropname: true } })
    for (const l of standaard.locaties) {
      expect(Object.keys(l.deelscores).sort()).toEqual(['afstand', 'contract', 'fit', 'partner', 'specialisatie', 'wachttijd'])
      expect(l.deelscores.specialisatie).toBeNull() // no wish for it: it does not count
    }
    expect(standaard.gewichten).toEqual(STANDAARD_GEWICHTEN)

    const afstand = { fit: 1, contract: 0, specialisatie: 0, partner: 0, afstand: 5, wachttijd: 0 }
    const naby = await b.ok('aanbieders.shortlist', { clientId: client.id, wensen: {}, gewichten: afstand })
    const km = naby.locaties.map((l) => l.afstandKm ?? 999)
    expect(km).toEqual([...km].sort((x, y) => x - y))
    expect(naby.gewichten).toEqual(afstand)

    await b.ok('aanbieders.gewichtenOpslaan', afstand)
    expect(await b.ok('aanbieders.gewichten', {})).toEqual(afstand)
    expect((await b.ok('aanbieders.shortlist', { clientId: client.id, wensen: {} })).gewichten).toEqual(afstand)
    const refused = await b.call('aanbieders.gewichtenOpslaan', { ...afstand, afstand: 9 })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toMatch(/gewicht van 0 tot en met 5/)
  })
})

describe('wachtlijst: a second voorkeursaanbieder', () => {
  it('is refused without confirmation and registered with it', async () => {
    const client = await clientMetAdres(b)
    const ids = b.db!.prepare('SELECT id FROM locatie ORDER BY vestigingsnummer').pluck().all() as number[]
    const aanmelding = (locatieId: number, extra: Record<string, unknown> = {}) => ({
      clientId: client.id,
      locatieId,
      wachtstatus: 'actief_plaatsen' as const,
      voorkeur: true,
      sinds: '2026-11-01',
      ...extra,
    })
    await b.ok('wachtlijst.aanmelden', aanmelding(ids[0]!))
    const tweede = await b.call('wachtlijst.aanmelden', aanmelding(ids[1]!))
    expect(tweede.ok).toBe(false)
    if (!tweede.ok) {
      expect(tweede.error.code).toBe('CONFLICT')
      expect(tweede.error.message).toMatch(/al voorkeursaanbieder/)
    }
    await b.ok('wachtlijst.aanmelden', aanmelding(ids[1]!, { tweedeVoorkeur: true }))
    const list = await b.ok('wachtlijst.list', { clientId: client.id })
    expect(list.filter((w) => w.voorkeur)).toHaveLength(2)
  })
})
