import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testBackend, withProfile, type TestBackend } from './helpers/backend'
import { b64, csv, importeer, LOCATIES } from './helpers/aanbieders'
import { clientMetAdres } from './helpers/brieven'
import { leveringsvorm } from './helpers/dossier'

let b: TestBackend
beforeEach(async () => {
  b = testBackend()
  await withProfile(b)
  await importeer(b, b64(csv(LOCATIES)))
})
afterEach(() => b.dispose())

const linde = () => b.db!.prepare("SELECT id FROM locatie WHERE naam = 'De Linde (fictief)'").pluck().get() as number

/** Enter data once: the wachtlijst confirmation reads the wachtlijst record and the running overbrugging. */
describe('brieven: bevestiging wachtlijst', () => {
  it('takes location, date, status and classificatie from the record, and offers overbrugging when none runs', async () => {
    const client = await clientMetAdres(b)
    await b.ok('wachtlijst.aanmelden', {
      clientId: client.id,
      locatieId: linde(),
      wachtstatus: 'actief_plaatsen',
      classificaties: ['15'],
      voorkeur: true,
      sinds: '2026-10-05',
    })
    const brief = await b.ok('brieven.create', { clientId: client.id, soort: 'bevestiging_wachtlijst', gegevens: {} })
    expect(brief.gegevens).toMatchObject({
      aanbieder: 'De Linde (fictief) (Zorggroep Linde (fictief))',
      ingangsdatum: '2026-10-05',
      wachtstatus: 'actief_plaatsen',
      classificatie: '15',
      overbruggingDoor: '',
    })
    // Only the letterhead (not set in this test) is missing: nothing about the wachtlijst needs typing.
    expect(brief.ontbrekend.filter((m) => !m.includes('Briefpapier'))).toEqual([])
    const tekst = JSON.stringify(brief.inhoud)
    expect(tekst).toContain('U staat sinds 5 oktober 2026 op de wachtlijst voor De Linde (fictief)')
    expect(tekst).toContain('Uw wachtstatus is: actief plaatsen.')
    expect(tekst).toContain('Wat wij over uw wens hebben vastgelegd: partneropname.')
    expect(tekst).toContain('Dan kunnen wij overbruggingszorg voor u regelen')
  })

  it('names the running overbrugging instead of offering it', async () => {
    const client = await clientMetAdres(b)
    await b.ok(
      'leveringsvormen.create',
      leveringsvorm(client.id, 'vpt', '2026-11-02', { overbrugging: true, aanbieder: 'Thuiszorg Oost (fictief)' }),
    )
    await b.ok('wachtlijst.aanmelden', {
      clientId: client.id,
      locatieId: linde(),
      wachtstatus: 'wacht_op_voorkeur',
      voorkeur: true,
      sinds: '2026-11-01',
    })
    const brief = await b.ok('brieven.create', { clientId: client.id, soort: 'bevestiging_wachtlijst', gegevens: {} })
    expect(brief.gegevens.overbruggingDoor).toBe('Thuiszorg Oost (fictief)')
    const tekst = JSON.stringify(brief.inhoud)
    expect(tekst).toContain('Terwijl u wacht, krijgt u overbruggingszorg van Thuiszorg Oost (fictief).')
    expect(tekst).not.toContain('Dan kunnen wij overbruggingszorg voor u regelen')
  })
})
