import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBackend } from './helpers/backend'
import { flat, pdfPageGrey, pdfText } from './helpers/pdf'
import { openBriefBackend, bewaarPdf, clientMetAdres } from './helpers/brieven'
import { testBsns } from '../src/shared/domain/bsn'

// Bad input: markup and emoji in names, very long names and addresses, a representative without
// an address, impossible amounts. Everything is printed literally or refused in plain Dutch.
let b: TestBackend
const bsns = testBsns('9997')
const bsn = () => bsns.next().value as string
let close: () => Promise<void>
beforeAll(async () => void ({ b, close } = await openBriefBackend()), 60_000)
afterAll(() => close())

const afwijzing = { aanvraagOntvangenOp: '2026-10-01', gronden: ['wlz-3.3.3-4a'] }
// Awb 3:46: a refusal carries the facts of the case.
const feiten = { toelichting: 'Op 1 november 2026 bleek dat de zorg niet te betalen is uit het pgb.', afsluiting: '' }

describe('brieven: bad input', () => {
  it('prints markup and emoji in names literally', async () => {
    const naam = '<script>alert(1)</script><b>Zoë</b> 🌷'
    const client = await clientMetAdres(b, { bsn: bsn(), voornamen: 'Anna', achternaam: naam })
    const c = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'pgb_afwijzing',
      gegevens: afwijzing,
      vrijeTekst: { toelichting: '<img src=x onerror=alert(1)> & <i>echt</i>', afsluiting: '' },
    })
    const done = await b.ok('brieven.finalise', { id: c.id, version: c.version })
    const text = flat(pdfText((await b.ok('brieven.pdf', { id: done.id })).pdf, 'raw'))
    expect(text).toContain('<script>alert(1)</script><b>Zoë</b>')
    expect(text).toContain('<img src=x onerror=alert(1)> & <i>echt</i>')
  }, 30_000)

  it('wraps a very long name and address inside the envelope window', async () => {
    const long = 'Wilhelmina-Alexandra Theodora Bernhardina van Oldenbarnevelt tot Nieuwenhuizen-Swellengrebel'
    const client = await clientMetAdres(b, {
      bsn: bsn(),
      voornamen: long,
      achternaam: `${long} (fictief)`,
      straat: 'Burgemeester van Oppenraaij-Schimmelpenninck van der Oyelaan',
    })
    const c = await b.ok('brieven.create', { clientId: client.id, soort: 'pgb_afwijzing', gegevens: afwijzing, vrijeTekst: feiten })
    const done = await b.ok('brieven.finalise', { id: c.id, version: c.version })
    const file = await b.ok('brieven.pdf', { id: done.id })
    bewaarPdf('lange-naam', file.pdf, 1)
    expect(flat(pdfText(file.pdf, 'raw')).replace(/- /g, '-')).toContain('Schimmelpenninck van der Oyelaan')
    const page = pdfPageGrey(file.pdf, 1, 150)
    // Right of the window (33 + 83 mm) and between the letterhead and the reference block: no ink.
    expect(page.darkness(118, 50, 70, 38)).toBe(0)
    // Inside the window: the address.
    expect(page.darkness(34, 58, 80, 20)).toBeGreaterThan(0.01)
  }, 30_000)

  it('addresses the representative who gets the letters, and blocks while their address is missing', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    const v = await b.ok('vertegenwoordigers.create', {
      clientId: client.id,
      soortRelatie: 'curator',
      naam: 'mr. P. de Boer (fictief)',
      organisatie: 'Curatele Kantoor Proef (fictief)',
      brievenNaar: true,
    })
    const c = await b.ok('brieven.create', { clientId: client.id, soort: 'pgb_afwijzing', gegevens: afwijzing, vrijeTekst: feiten })
    expect(c.ontbrekend).toEqual([expect.stringContaining('Het adres van de vertegenwoordiger (curator) is niet compleet')])
    const r = await b.call('brieven.finalise', { id: c.id, version: c.version })
    expect(r.ok === false && r.error.issues?.[0]?.message).toContain('vertegenwoordiger')
    await b.ok('vertegenwoordigers.update', {
      id: v.id,
      version: v.version,
      soortRelatie: 'curator',
      naam: v.naam,
      organisatie: v.organisatie,
      brievenNaar: true,
      straat: 'Kerkplein',
      huisnummer: '3',
      postcode: '3511AB',
      woonplaats: 'Utrecht',
    })
    const ready = await b.ok('brieven.get', { id: c.id })
    expect(ready.ontbrekend).toEqual([])
    expect(ready.inhoud.adresregels).toEqual([
      'Curatele Kantoor Proef (fictief)',
      't.a.v. mr. P. de Boer (fictief)',
      'Kerkplein 3',
      '3511 AB  UTRECHT',
    ])
    const done = await b.ok('brieven.finalise', { id: ready.id, version: ready.version })
    const text = flat(pdfText((await b.ok('brieven.pdf', { id: done.id })).pdf, 'raw'))
    expect(text).toContain('U ontvangt deze brief als curator van')
    expect(text).toContain('Betreft')
  }, 30_000)

  // Before op maat (2025) the budget follows the zorgprofiel; op maat amounts: rechtmatigBrieven.test.ts.
  it('refuses an amount of zero or above the maximum, in Dutch', async () => {
    const client = await clientMetAdres(b, { bsn: bsn(), ingangsdatum: '2024-01-01' })
    const zero = await b.call('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ingangsdatum: '2024-01-01', jaarbedragCenten: 0 },
    })
    expect(zero.ok === false && zero.error.message).toBe('Het budget per jaar moet hoger zijn dan € 0,00.')
    const above = await b.call('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ingangsdatum: '2024-01-01', jaarbedragCenten: 7_000_000, maximumCenten: 6_000_000 },
    })
    expect(above.ok === false && above.error.message).toBe(
      'Het budget per jaar (€\u00a070.000,00) is hoger dan het maximum voor dit zorgprofiel (€\u00a060.000,00).',
    )
    const negative = await b.call('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ingangsdatum: '2024-01-01', jaarbedragCenten: -5 },
    })
    expect(negative.ok === false && negative.error.issues?.[0]?.message).toBe('Een bedrag kan niet negatief zijn.')
    const c = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ingangsdatum: '2024-07-01', jaarbedragCenten: 3_650_000, verantwoordingsvrijCenten: 9_000_000 },
    })
    expect(c.ontbrekend).toEqual(['Het verantwoordingsvrije bedrag is hoger dan het budget voor deze periode.'])
  })

  it('takes the maximum for the zorgprofiel from the dated budget table when it is left open', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    // The helper's client has VV5 (754); a fictitious budget from 2024 on.
    await b.ok('bedragen.create', {
      soort: 'pgb_budget_jaar',
      sleutel: '754',
      geldigVanaf: '2024-01-01',
      bedragCent: 6_000_000,
      geverifieerd: false,
      bron: 'fictief',
    })
    const before = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ingangsdatum: '2023-12-31', jaarbedragCenten: 7_000_000 },
    })
    expect(before.gegevens.maximumCenten).toBeNull()
    const above = await b.call('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ingangsdatum: '2024-01-01', jaarbedragCenten: 7_000_000 },
    })
    expect(above.ok === false && above.error.message).toContain('hoger dan het maximum voor dit zorgprofiel (€\u00a060.000,00)')
  })

  it('pro-rates a part of the year by days and ends on 31 December', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    const c = await b.ok('brieven.create', {
      clientId: client.id,
      soort: 'pgb_toekenning',
      gegevens: { ingangsdatum: '2023-07-01', jaarbedragCenten: 3_650_000, verantwoordingsvrijCenten: 25_000 },
    })
    const rows = Object.fromEntries(c.inhoud.blokken.find((x) => x.id === 'berekening')!.tabel.map((r) => [r.label, r.waarde]))
    // 1 July – 31 December 2023: 184 of 365 days; 36,500.00 × 184 / 365 = 18,400.00.
    expect(rows).toMatchObject({
      'Aantal dagen': '184 van 365',
      'Budget voor deze periode': '€\u00a018.400,00',
      Periode: '1 juli 2023 t/m 31 december 2023',
    })
  })

  it('rejects crafted input: unknown fields, unknown grounds, oversized text', async () => {
    const client = await clientMetAdres(b, { bsn: bsn() })
    const extra = await b.call('brieven.create', {
      clientId: client.id,
      soort: 'pgb_afwijzing',
      gegevens: {},
      status: 'definitief',
    } as never)
    expect(extra.ok).toBe(false)
    const grond = await b.call('brieven.create', { clientId: client.id, soort: 'pgb_afwijzing', gegevens: { gronden: ['verzonnen'] } })
    expect(grond.ok === false && grond.error.issues?.[0]?.message).toBe('Kies een reden uit de lijst.')
    const big = await b.call('brieven.create', {
      clientId: client.id,
      soort: 'pgb_afwijzing',
      vrijeTekst: { toelichting: 'x'.repeat(5000), afsluiting: '' },
    })
    expect(big.ok).toBe(false)
  })
})
