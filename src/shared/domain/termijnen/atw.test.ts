import { describe, expect, it } from 'vitest'
import { bezwaartermijnEinde, geenAtwReden, termijnEinde, type Lengte } from './atw'
import { beslistermijnBezwaar } from './awbRules'
import { BESLUITEN_2023_2028 as KB } from './kalender.fixture'

const einde = (vanaf: string, eenheid: Lengte['eenheid'], aantal: number, extra: { terug?: boolean } = {}) =>
  termijnEinde({ vanaf, lengte: { eenheid, aantal }, ...extra }, KB)

describe('Atw art. 4: which terms roll', () => {
  // Each pair ends on Saturday 22 May 2027 (a plain weekend) on both sides of the boundary.
  it('rolls a term of exactly twelve weeks, not one of thirteen', () => {
    expect(einde('2027-02-27', 'weken', 12).datum).toBe('2027-05-24')
    expect(einde('2027-02-20', 'weken', 13)).toMatchObject({ datum: '2027-05-22', geenAtw: expect.stringContaining('twaalf weken') })
  })
  it('rolls a term of 90 days, not one of 91', () => {
    expect(einde('2027-02-21', 'dagen', 90).datum).toBe('2027-05-24')
    expect(einde('2027-02-20', 'dagen', 91)).toMatchObject({ datum: '2027-05-22', geenAtw: expect.stringContaining('90 dagen') })
  })
  it('rolls a term of three months, not one of four', () => {
    expect(einde('2027-02-22', 'maanden', 3).datum).toBe('2027-05-24')
    expect(einde('2027-01-22', 'maanden', 4)).toMatchObject({ datum: '2027-05-22', geenAtw: expect.stringContaining('drie maanden') })
  })
  it('never rolls a term in years or in hours', () => {
    expect(einde('2026-05-22', 'jaren', 1)).toMatchObject({ datum: '2027-05-22', geenAtw: expect.stringContaining('jaar') })
    expect(geenAtwReden({ eenheid: 'uren', aantal: 24 })).toContain('in uren')
    expect(geenAtwReden({ eenheid: 'weken', aantal: 6 })).toBeNull()
  })
  it('never rolls a term counted backwards (art. 1 lid 2)', () => {
    const terug = einde('2027-07-03', 'weken', 6, { terug: true })
    expect(terug).toMatchObject({ datum: '2027-05-22', uitleg: null, geenAtw: expect.stringContaining('art. 1 lid 2') })
    expect(einde('2027-04-10', 'weken', 6).datum).toBe('2027-05-24')
  })
})

describe('Atw art. 1 and 3: weeks with stacked feestdagen', () => {
  it('Easter with Goede Vrijdag: a bezwaartermijn ending on Goede Vrijdag 2027 runs to Tuesday', () => {
    const e = bezwaartermijnEinde('2027-02-12', KB)
    expect(e.berekend).toBe('2027-03-26')
    expect(e.datum).toBe('2027-03-30')
    expect(e.uitleg).toBe(
      'Verschoven van vrijdag 26 maart 2027 (Goede Vrijdag), zaterdag, zondag, maandag 29 maart (tweede Paasdag) naar dinsdag 30 maart 2027 (Algemene termijnenwet).',
    )
    // The day before stands.
    expect(bezwaartermijnEinde('2027-02-11', KB).datum).toBe('2027-03-25')
  })
  it('Hemelvaartsdag and the gelijkgestelde Friday: only with the decree in the list', () => {
    expect(einde('2026-04-02', 'weken', 6).datum).toBe('2026-05-18')
    expect(termijnEinde({ vanaf: '2026-04-02', lengte: { eenheid: 'weken', aantal: 6 } }, []).datum).toBe('2026-05-15')
    expect(einde('2026-04-02', 'weken', 6).uitleg).toContain('vrijdag 15 mei (gelijkgestelde dag)')
    expect(einde('2026-04-01', 'weken', 6).datum).toBe('2026-05-13')
  })
  it('two feestdagen and a gelijkgestelde dag in one week: 5 mei, Hemelvaart and 7 May 2027', () => {
    const e = einde('2027-03-24', 'weken', 6)
    expect(e.datum).toBe('2027-05-10')
    expect(e.overgeslagen.map((d) => d.naam)).toEqual(['Bevrijdingsdag', 'Hemelvaartsdag', 'gelijkgestelde dag', null, null])
    expect(einde('2027-03-23', 'weken', 6).datum).toBe('2027-05-04')
  })
  it('Pinksteren: Saturday before Whit Monday 2026 runs to Tuesday', () => {
    expect(einde('2026-04-11', 'weken', 6).datum).toBe('2026-05-26')
    expect(einde('2026-04-10', 'weken', 6).datum).toBe('2026-05-22')
  })
  it('Koningsdag on Saturday 26 April 2025 (the 27th is a Sunday)', () => {
    const e = einde('2025-03-15', 'weken', 6)
    expect(e.datum).toBe('2025-04-28')
    expect(e.uitleg).toContain('zaterdag 26 april 2025 (Koningsdag), zondag')
    expect(einde('2025-03-14', 'weken', 6).datum).toBe('2025-04-25')
  })
  it('Christmas weekends: 2026 (Fri–Sat), 2027 (Sat–Sun), 2022 (Sun–Mon)', () => {
    expect(einde('2026-11-13', 'weken', 6).datum).toBe('2026-12-28')
    expect(einde('2027-11-13', 'weken', 6).datum).toBe('2027-12-27')
    expect(einde('2027-11-12', 'weken', 6).datum).toBe('2027-12-24')
    const e2022 = einde('2022-11-12', 'weken', 6)
    expect(e2022.datum).toBe('2022-12-27')
    expect(e2022.uitleg).toContain('zaterdag 24 december 2022, zondag 25 december (eerste Kerstdag), maandag 26 december (tweede Kerstdag)')
  })
  it('Nieuwjaarsdag on a Thursday and the gelijkgestelde 2 January 2026', () => {
    expect(einde('2025-11-20', 'weken', 6).datum).toBe('2026-01-05')
    expect(einde('2025-11-19', 'weken', 6).datum).toBe('2025-12-31')
  })
})

describe('Atw art. 2: at least two working days', () => {
  it('extends a three-day term over Christmas to its second working day', () => {
    const e = einde('2026-12-24', 'dagen', 3)
    expect(e.datum).toBe('2026-12-29')
    expect(e.uitleg).toContain('twee werkdagen')
    expect(einde('2026-12-23', 'dagen', 3).datum).toBe('2026-12-28')
  })
  it('does not apply to a term shorter than three days', () => {
    expect(einde('2026-12-24', 'dagen', 2).datum).toBe('2026-12-28')
  })
})

describe('Awb 7:10 with the Atw', () => {
  const b = { besluitBekendgemaaktOp: '2027-01-01', adviescommissie: false, verdagingWeken: 0, opgeschortDagen: 0 }
  it('counts six or twelve weeks from the end of the bezwaartermijn and rolls both', () => {
    // Bezwaartermijn: 1 Jan 2027 + 6 wk = Fri 12 Feb 2027.
    expect(beslistermijnBezwaar(b, KB).bezwaartermijn.datum).toBe('2027-02-12')
    expect(beslistermijnBezwaar(b, KB).beslissing.datum).toBe('2027-03-30') // Goede Vrijdag → Tuesday
    expect(beslistermijnBezwaar({ ...b, adviescommissie: true }, KB).beslissing.datum).toBe('2027-05-10') // 7 May → Monday
  })
  it('does not roll twelve weeks plus a verdaging: more than twelve weeks (art. 4)', () => {
    const r = beslistermijnBezwaar({ ...b, adviescommissie: true, verdagingWeken: 1 }, KB)
    expect(r.weken).toBe(13)
    expect(r.beslissing).toMatchObject({ datum: '2027-05-14', geenAtw: expect.stringContaining('twaalf weken') })
    expect(beslistermijnBezwaar({ ...b, verdagingWeken: 6 }, KB).beslissing.datum).toBe('2027-05-10')
  })
})
