import { describe, expect, it } from 'vitest'
import { grondslagInWoorden, kort, voluit, art, rlz } from './artikelen'
import {
  ALLE_GRONDEN,
  MEERZORG_AFWIJZINGSGRONDEN,
  MPT_AFWIJZINGSGRONDEN,
  PGB_AFWIJZINGSGRONDEN,
  PGB_INTREKKINGSGRONDEN,
  VPT_AFWIJZINGSGRONDEN,
} from './gronden'
import { grondenVoor } from './soorten'

const artikelen = (lijst: typeof ALLE_GRONDEN) => lijst.map((g) => g.artikel)

describe('the refusal grounds are complete (wlz-reference §14.3)', () => {
  it('pgb: Wlz 3.3.3 lid 4 a–e and lid 5 a–d, Blz 3.6.2 lid 1 a–d, then the Rlz grounds', () => {
    const a = artikelen(PGB_AFWIJZINGSGRONDEN)
    for (const sub of ['a', 'b', 'c', 'd', 'e']) expect(a).toContain(`Wlz art. 3.3.3 lid 4 onder ${sub}`)
    for (const sub of ['a', 'b', 'c', 'd']) expect(a).toContain(`Wlz art. 3.3.3 lid 5 onder ${sub}`)
    expect(a).not.toContain('Wlz art. 3.3.3 lid 5 onder e')
    for (const sub of ['a', 'b', 'c', 'd']) expect(a).toContain(`Blz art. 3.6.2 lid 1 onder ${sub}`)
    const rlzGronden = PGB_AFWIJZINGSGRONDEN.filter((g) => g.ref.wet === 'Rlz').map((g) => g.tekst)
    expect(rlzGronden).toEqual([
      expect.stringContaining('in een instelling, en niet alleen voor logeeropvang'),
      expect.stringContaining('Raad voor de Kinderbescherming'),
      expect.stringContaining('surseance van betaling'),
      expect.stringContaining('schuldsanering (Wsnp)'),
      'U geeft geen toestemming om uw gegevens door te geven aan het CAK en de SVB.',
    ])
  })
  it('vpt cites Wlz 3.3.2 lid 3; mpt lid 4 onder a and b', () => {
    expect(new Set(artikelen(VPT_AFWIJZINGSGRONDEN))).toEqual(new Set(['Wlz art. 3.3.2 lid 3']))
    expect(artikelen(MPT_AFWIJZINGSGRONDEN)).toEqual([
      'Wlz art. 3.3.2 lid 4 onder a',
      'Wlz art. 3.3.2 lid 4 onder a',
      'Wlz art. 3.3.2 lid 4 onder b',
    ])
  })
  it('marks unverified Rlz numbers for the adviser and never prints them', () => {
    for (const g of [...PGB_AFWIJZINGSGRONDEN, ...MEERZORG_AFWIJZINGSGRONDEN, ...PGB_INTREKKINGSGRONDEN].filter(
      (x) => x.ref.wet === 'Rlz',
    )) {
      expect(g.artikel).toMatch(/^Rlz \(artikelnummer niet geverifieerd; tekst 2015: art\. (5\.9|5\.20|2\.2)\)$/)
      expect(g.notitie).toContain('niet geverifieerd')
      expect(voluit(g.ref)).toBe('de Regeling langdurige zorg')
    }
    expect(PGB_AFWIJZINGSGRONDEN.find((g) => g.code === 'wlz-3.3.3-4a')!.notitie).toBeNull()
    expect(PGB_AFWIJZINGSGRONDEN.find((g) => g.code === 'wlz-3.3.3-5d')!.notitie).toContain('lid 5 onder d')
  })
  it('has unique codes and one list per letter type', () => {
    expect(new Set(ALLE_GRONDEN.map((g) => g.code)).size).toBe(ALLE_GRONDEN.length)
    expect(grondenVoor('pgb_wijziging')).toBe(PGB_INTREKKINGSGRONDEN)
    expect(grondenVoor('voornemen_afwijzing', 'mpt')).toBe(MPT_AFWIJZINGSGRONDEN)
    expect(grondenVoor('voornemen_afwijzing')).toEqual([])
    expect(grondenVoor('pgb_toekenning')).toEqual([])
  })
})

describe('wijziging and intrekking: Blz 3.6.7 and the Rlz, must and may', () => {
  it('distinguishes the must grounds from the may grounds', () => {
    const soort = Object.fromEntries(PGB_INTREKKINGSGRONDEN.map((g) => [g.code, g.soort]))
    expect(soort).toEqual({
      'intrekking-overleden': 'moet',
      'intrekking-verblijf': 'moet',
      'intrekking-verzoek': 'moet',
      'intrekking-kinderbescherming': 'moet',
      'intrekking-indicatie': 'moet',
      'intrekking-woonadres': 'mag',
      'intrekking-verplichtingen': 'mag',
      'intrekking-voorwaarden': 'mag',
    })
  })
})

describe('articles in words (B1)', () => {
  it('spells out the law, groups one regulation, and drops a bare article when a part is named', () => {
    expect(voluit(art('Wlz', '3.3.3'))).toBe('artikel 3.3.3 van de Wet langdurige zorg')
    expect(kort(art('Awb', '4:11', undefined, 'a'))).toBe('Awb art. 4:11 onder a')
    expect(
      grondslagInWoorden([art('Wlz', '3.3.3'), art('Wlz', '3.3.3', 4, 'b'), art('Blz', '3.6.1'), art('Blz', '3.6.3'), rlz('5.9')]),
    ).toBe(
      'artikel 3.3.3 lid 4 onder b van de Wet langdurige zorg, artikel 3.6.1 en 3.6.3 van het Besluit langdurige zorg en de Regeling langdurige zorg',
    )
  })
})
