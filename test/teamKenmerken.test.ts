import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AddressInfo } from 'node:net'
import { Harness } from './server/helpers/harness'
import { tcpProxy } from './team/proxy'
import { account, workstation, type Workstation } from './team/workstations'
import { chromiumPdfForTests } from './helpers/pdf'
import { BRIEFPAPIER, clientMetAdres } from './helpers/brieven'
import type { PdfRenderer } from '../src/main/print/pdfRenderer'
import { testBsns } from '../src/shared/domain/bsn'

const bsns = testBsns('9997')

/**
 * Kenmerken are unique per year for the whole zorgkantoor: each device finalises from the block the
 * server handed it ahead of time, also offline, and every gap in the series is explained.
 */
describe('team kenmerken', () => {
  let h: Harness
  let net: Awaited<ReturnType<typeof tcpProxy>>
  let pdf: PdfRenderer
  let desk: Workstation
  let laptop: Workstation

  beforeAll(async () => {
    h = await Harness.start('pglite')
    await h.app.listen({ port: 0, host: '127.0.0.1' })
    net = await tcpProxy(() => (h.app.server.address() as AddressInfo).port)
    pdf = await chromiumPdfForTests()
    const url = `http://127.0.0.1:${net.port}`
    const beheer = await workstation('Beheer', url, { gebruikersnaam: 'beheerder', password: h.admin.password })
    await beheer.ok('briefpapier.save', BRIEFPAPIER)
    await beheer.sync()
    beheer.dispose()
    desk = await workstation('Bureau', url, await account(h, 'pgb_adviseur'), 'bureau', { pdf })
    laptop = await workstation('Laptop', url, await account(h, 'pgb_adviseur'), 'bureau', { pdf })
    await desk.sync()
    await laptop.sync()
  }, 120_000)
  afterAll(async () => {
    desk?.dispose()
    laptop?.dispose()
    await pdf?.close()
    await net?.close()
    await h?.close()
  })

  async function finalise(w: Workstation): Promise<string> {
    // CIZ besluitnummers are unique nationally; two workstations must not reuse one.
    const bsn = bsns.next().value as string
    const client = await clientMetAdres(w, { bsn, besluitnummer: `3${bsn}` })
    const brief = await w.ok('brieven.create', {
      clientId: client.id,
      soort: 'uitnodiging_keuzegesprek',
      gegevens: { gesprekDatum: '2026-12-03', gesprekTijd: '10:30' },
      vrijeTekst: { toelichting: '', afsluiting: '' },
    })
    const done = await w.ok('brieven.finalise', { id: brief.id, version: brief.version })
    return done.kenmerk!
  }

  it('finalises from each device’s own block, offline too, without a number twice', async () => {
    const year = '2026'
    const a = await finalise(desk)
    net.cut()
    const offline = [await finalise(laptop), await finalise(laptop)]
    net.restore()
    const b = await finalise(desk)
    const all = [a, b, ...offline]
    expect(new Set(all).size).toBe(4)
    for (const k of all) expect(k).toMatch(new RegExp(`^BR-${year}-\\d{6}$`))
    // Each device numbers consecutively inside its own block; the blocks do not overlap.
    const n = (k: string) => Number(k.slice(-6))
    expect(n(b)).toBe(n(a) + 1)
    expect(n(offline[1]!)).toBe(n(offline[0]!) + 1)
    expect(Math.abs(n(a) - n(offline[0]!))).toBeGreaterThanOrEqual(100)

    await laptop.sync()
    await desk.sync()
    const gaps = await h.call('GET', `/beheer/kenmerken?jaar=${year}`, { token: await h.adminToken() })
    expect(gaps.status).toBe(200)
    // Every number handed out and not used is explained: still open in a named device's block.
    for (const g of gaps.body.gaten)
      expect(g).toMatchObject({ status: 'open', deviceNaam: expect.stringMatching(/Bureau|Laptop|Beheer/), uitleg: expect.any(String) })

    // At sign-out the laptop gives its unused numbers back; the gap report says so.
    await laptop.ok('teamserver.afmelden', {})
    const after = await h.call('GET', `/beheer/kenmerken?jaar=${year}`, { token: await h.adminToken() })
    const laptopGaps = after.body.gaten.filter((g: { deviceNaam: string }) => g.deviceNaam === 'Laptop')
    expect(laptopGaps.length).toBeGreaterThan(0)
    for (const g of laptopGaps) expect(g.status).toBe('ongebruikt')
  }, 120_000)
})

describe('a row this workstation refuses', () => {
  it('does not stop the rest of the team’s changes', async () => {
    const h = await Harness.start('pglite')
    await h.app.listen({ port: 0, host: '127.0.0.1' })
    const url = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`
    const a = await workstation('A', url, await account(h, 'klantadviseur'))
    const b = await workstation('B', url, await account(h, 'klantadviseur'))
    try {
      // Both register the same CIZ besluitnummer for different clients (a typing error on one of them).
      await clientMetAdres(a, { bsn: bsns.next().value as string, besluitnummer: '2026999999', achternaam: 'Eerste' })
      await clientMetAdres(b, { bsn: bsns.next().value as string, besluitnummer: '2026999999', achternaam: 'Tweede' })
      await a.sync()
      await b.sync()
      await clientMetAdres(a, { bsn: bsns.next().value as string, besluitnummer: '2026999998', achternaam: 'Derde' })
      await a.sync()
      await b.sync()
      const names = (
        await b.ok('caseload.query', {
          zoek: '',
          filter: { adviseur: 'alle' },
          sort: { kolom: 'naam', richting: 'asc' },
          offset: 0,
          limit: 10,
        })
      ).rows.map((r) => r.naam)
      expect(names).toEqual(expect.arrayContaining(['Derde, A.', 'Eerste, A.', 'Tweede, A.']))
      expect(b.services!.teamserver.status().melding).toContain('past niet op deze werkplek')
    } finally {
      a.dispose()
      b.dispose()
      await h.close()
    }
  }, 120_000)
})
