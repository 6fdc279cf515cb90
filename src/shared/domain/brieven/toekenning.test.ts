import { describe, expect, it } from 'vitest'
import { bron, DOSSIER, tekstVan } from './bron.fixture'
import type { BriefGegevens } from './gegevens'
import { briefInhoud } from './inhoud'

const opMaat = (g: Partial<BriefGegevens>, dossier = DOSSIER) =>
  briefInhoud(bron('pgb_toekenning', { ingangsdatum: '2027-01-01', verantwoordingsvrijCenten: 9_558, ...g }, { dossier }))
const rij = (r: ReturnType<typeof opMaat>, label: string) =>
  r.props.blokken.find((b) => b.id === 'berekening')!.tabel.find((x) => x.label === label)?.waarde

describe('a toekenning names its indicatie', () => {
  it('zorgprofiel (code and name), CIZ besluitnummer and period', () => {
    const r = opMaat({})
    expect(r.props.blokken.find((b) => b.id === 'indicatie')).toMatchObject({
      titel: 'Uw indicatie',
      lijst: [
        'zorgprofiel 5VG: VG Wonen met intensieve begeleiding en intensieve verzorging;',
        'besluitnummer 2026000808;',
        'geldig vanaf 1 januari 2026, zonder einddatum.',
      ],
    })
    const vpt = briefInhoud(bron('vpt_toekenning', { ingangsdatum: '2026-12-01', aanbieder: 'X (fictief)' }, { dossier: DOSSIER }))
    expect(tekstVan(vpt.props)).toContain('besluitnummer 2026000808;')
  })
  it('cannot be finalised without an indicatie, or outside it', () => {
    expect(opMaat({}, { ...DOSSIER, indicatie: null }).ontbrekend).toEqual([expect.stringContaining('geen indicatie van het CIZ')])
    const kort = { ...DOSSIER, indicatie: { ...DOSSIER.indicatie!, einddatum: '2026-12-31' } }
    expect(opMaat({}, kort).ontbrekend).toEqual([expect.stringContaining('buiten de geldigheid van de indicatie')])
  })
  it('says nothing about the indicatie when the caller did not read the dossier (phase 1)', () => {
    const r = briefInhoud(
      bron('pgb_toekenning', { ingangsdatum: '2027-01-01', jaarbedragCenten: 4_812_345, verantwoordingsvrijCenten: 72_185 }),
    )
    expect(r.ontbrekend).toEqual([])
    expect(r.props.blokken.some((b) => b.id === 'indicatie')).toBe(false)
  })
})

describe('pgb op maat: the amount comes from the vastgesteld budgetplan', () => {
  it('grants exactly the plan total for the plan period', () => {
    const r = opMaat({})
    expect(r.ontbrekend).toEqual([])
    const tekst = tekstVan(r.props)
    expect(tekst).toContain('U krijgt €\u00a06.371,86 voor de periode van 1 januari 2027 tot en met 31 december 2027.')
    expect(rij(r, 'Budgetplan')).toBe('versie 2, vastgesteld op 20 november 2026')
    expect(rij(r, 'Budget voor deze periode')).toBe('€\u00a06.371,86')
    expect(tekst).toContain('U krijgt een pgb op maat.')
    expect(tekst).not.toContain('hoort bij uw zorgprofiel')
    expect(tekst).toContain('artikel 3.6.1, 3.6.3 en 3.6.5 van het Besluit langdurige zorg')
  })
  it('refuses an amount above the plan total, and a lower one without a reason', () => {
    expect(opMaat({ toegekendCenten: 637_187 }).ontbrekend).toEqual([
      expect.stringContaining('hoger dan het totaal van het vastgestelde budgetplan (€\u00a06.371,86)'),
    ])
    expect(opMaat({ toegekendCenten: 600_000 }).ontbrekend).toEqual([expect.stringContaining('Schrijf op waarom u minder toekent')])
  })
  it('prints the reason for a lower amount in the motivering', () => {
    const r = opMaat({ toegekendCenten: 600_000, bedragAfwijkingReden: 'De logeeropvang in juli valt onder de Wmo.' })
    expect(r.ontbrekend).toEqual([])
    expect(tekstVan(r.props)).toContain(
      'U krijgt €\u00a06.000,00. Dat is minder dan het totaal van uw budgetplan (€\u00a06.371,86). De reden: De logeeropvang in juli valt onder de Wmo.',
    )
  })
  it('needs a vastgesteld budgetplan, on the plan’s first day', () => {
    expect(opMaat({}, { ...DOSSIER, budgetplan: null }).ontbrekend).toEqual([expect.stringContaining('Stel eerst het budgetplan vast')])
    expect(opMaat({ ingangsdatum: '2027-02-01' }).ontbrekend).toEqual([
      expect.stringContaining('niet de begindatum van het vastgestelde budgetplan'),
    ])
  })
  it('keeps the profile maximum for a period before 2025', () => {
    const plan2024 = {
      ...DOSSIER,
      budgetplan: { ...DOSSIER.budgetplan!, periodeVan: '2024-01-01', periodeTot: '2024-12-31' },
      indicatie: { ...DOSSIER.indicatie!, ingangsdatum: '2020-01-01' },
    }
    const r = opMaat({ ingangsdatum: '2024-01-01', jaarbedragCenten: 6_000_000, maximumCenten: 5_000_000 }, plan2024)
    expect(r.ontbrekend).toEqual([expect.stringContaining('hoger dan het maximum voor dit zorgprofiel')])
    expect(tekstVan(r.props)).toContain('Het budget hoort bij uw zorgprofiel.')
  })
})

describe('pgb wijziging', () => {
  it('cites Blz 3.6.7 onder b and the Rlz, and needs a ground', () => {
    const r = briefInhoud(
      bron(
        'pgb_wijziging',
        { ingangsdatum: '2027-01-01', verantwoordingsvrijCenten: 9_558 },
        { dossier: DOSSIER, toelichting: 'U heeft op 3 november 2026 gevraagd om meer uren begeleiding.' },
      ),
    )
    expect(r.ontbrekend).toEqual(['Kies minstens één reden uit de lijst.'])
    const ok = briefInhoud(
      bron(
        'pgb_wijziging',
        { ingangsdatum: '2027-01-01', verantwoordingsvrijCenten: 9_558, gronden: ['intrekking-verzoek'] },
        { dossier: DOSSIER, toelichting: 'U heeft op 3 november 2026 gevraagd om meer uren begeleiding.' },
      ),
    )
    expect(tekstVan(ok.props)).toContain(
      'artikel 3.6.1, 3.6.3, 3.6.5 en 3.6.7 onder b van het Besluit langdurige zorg en de Regeling langdurige zorg',
    )
    expect(tekstVan(ok.props)).toContain('moeten wij het pgb wijzigen of intrekken')
  })
})
