import { describe, expect, it } from 'vitest'
import { leesTariefCsv } from './tariefCsv'

const KOP = 'soort;zorgprofiel;geldig_vanaf;bedrag;geverifieerd;bron'
const fouten = (csv: string, opties = {}) => {
  const r = leesTariefCsv(csv, opties)
  return r.ok ? [] : r.fouten.map((f) => f.melding)
}

describe('tariff CSV (Beheer › Bedragen en tarieven)', () => {
  it('reads semicolons, comma decimals, dd-mm-jjjj, profile codes and short names', () => {
    const r = leesTariefCsv(
      `\uFEFF${KOP}\r\nformeel;;01-01-2024;77,00;ja;Stcrt. 2023-18273\r\nmax_tarief_informeel_uur;;2024-01-01;€ 24,44;ja;Stcrt. 2023-18273\r\nbudget;5VG;1-1-2024;1.234,56;nee;fictief\r\n\r\n`,
    )
    expect(r).toEqual({
      ok: true,
      rijen: [
        {
          soort: 'max_tarief_formeel_uur',
          sleutel: '',
          geldigVanaf: '2024-01-01',
          bedragCent: 7700,
          geverifieerd: true,
          bron: 'Stcrt. 2023-18273',
        },
        {
          soort: 'max_tarief_informeel_uur',
          sleutel: '',
          geldigVanaf: '2024-01-01',
          bedragCent: 2444,
          geverifieerd: true,
          bron: 'Stcrt. 2023-18273',
        },
        { soort: 'pgb_budget_jaar', sleutel: '808', geldigVanaf: '2024-01-01', bedragCent: 123_456, geverifieerd: false, bron: 'fictief' },
      ],
    })
  })
  it('takes the date the table applies from when the file has no date column', () => {
    const r = leesTariefCsv('soort;bedrag\nformeel;77,00\ndagdeel;70,88', { geldigVanaf: '2024-01-01' })
    expect(r.ok && r.rijen.map((x) => [x.geldigVanaf, x.bedragCent])).toEqual([
      ['2024-01-01', 7700],
      ['2024-01-01', 7088],
    ])
    expect(fouten('soort;bedrag\nformeel;77,00')).toEqual([expect.stringContaining('mist de kolom(men) geldig_vanaf')])
  })
  it('reads a comma-separated file with quoted amounts, and explains an unquoted comma decimal', () => {
    expect(leesTariefCsv('soort,geldig_vanaf,bedrag\nformeel,01-01-2024,"77,00"').ok).toBe(true)
    expect(fouten('soort,geldig_vanaf,bedrag\nformeel,01-01-2024,77,00')).toEqual([
      expect.stringMatching(/^Regel 2 heeft 4 kolommen, de kopregel 3\. Staat er een komma in een bedrag/),
    ])
  })
  it('refuses a missing year, a negative amount, a point decimal: row by row, and no rows at all', () => {
    const r = leesTariefCsv(
      `${KOP}\nformeel;;01-01;77,00;ja;x\ninformeel;;01-01-2024;-24,44;ja;x\ndagdeel;;01-01-24;70.88;ja;x\nformeel;;01-01-2025;88,03;nee;x`,
    )
    expect(r.ok).toBe(false)
    expect(
      fouten(
        `${KOP}\nformeel;;01-01;77,00;ja;x\ninformeel;;01-01-2024;-24,44;ja;x\ndagdeel;;01-01-24;70.88;ja;x\nformeel;;01-01-2025;88,03;nee;x`,
      ),
    ).toEqual([
      'Regel 2: De datum "01-01" heeft geen jaar. Schrijf dd-mm-jjjj, bijvoorbeeld 01-01-2026.',
      'Regel 3: Het bedrag -24,44 is negatief. Een tarief of budget is groter dan nul.',
      'Regel 4: Schrijf het jaar in "01-01-24" met vier cijfers, bijvoorbeeld 01-01-2026.',
      'Regel 4: Schrijf de centen na een komma: 70,88 in plaats van 70.88.',
    ])
  })
  it('refuses unknown kinds and profiles, a missing or superfluous profile, duplicates, and an empty file', () => {
    expect(
      fouten(
        `${KOP}\nsalaris;;01-01-2024;1,00;ja;x\nbudget;;01-01-2024;1,00;ja;x\nformeel;754;01-01-2024;1,00;ja;x\nbudget;123;01-01-2024;1,00;ja;x\nformeel;;01-01-2024;1,00;misschien;x`,
      ),
    ).toEqual([
      expect.stringContaining('onbekende soort "salaris"'),
      expect.stringContaining('vul het zorgprofiel in'),
      expect.stringContaining('laat het zorgprofiel leeg'),
      expect.stringContaining('zorgprofiel "123" bestaat niet'),
      expect.stringContaining('schrijf "ja" of "nee"'),
    ])
    expect(fouten(`${KOP}\nformeel;;01-01-2024;77,00;ja;x\nformeel;;1-1-2024;78,00;ja;x`)).toEqual([
      expect.stringContaining('staat al op regel 2'),
    ])
    expect(fouten(`${KOP}\n`)).toEqual(['Het bestand bevat geen bedragen.'])
    expect(fouten('naam;waarde\nx;1')).toEqual([expect.stringContaining('mist de kolom(men) soort, bedrag, geldig_vanaf')])
  })
})
