import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBackend } from './helpers/backend'
import { pdfInfo, pdfText, pdfWords } from './helpers/pdf'
import { openBriefBackend, clientMetAdres } from './helpers/brieven'
import { clientWithIndicatie } from './helpers/dossier'
import { vastgesteldBudgetplan } from './helpers/budgetplan'
import { testBsns } from '../src/shared/domain/bsn'
import { formatMoney } from '../src/shared/format/nl'

let b: TestBackend
const events: Array<{ klaar: number; totaal: number; status: string }> = []
const bsns = testBsns('9996')
let close: () => Promise<void>
beforeAll(
  async () =>
    void ({ b, close } = await openBriefBackend({
      emit: (event, payload) => event === 'brieven.batch.voortgang' && events.push(payload as (typeof events)[number]),
    })),
  60_000,
)
afterAll(() => close())

describe('brieven: batch', () => {
  it('finalises a batch with progress, reports each letter, and resumes without duplicates', async () => {
    const ids: number[] = []
    for (let i = 0; i < 5; i++) ids.push((await clientMetAdres(b, { bsn: bsns.next().value as string })).id)
    // One client without an address: that letter fails, the others go on.
    const zonderAdres = (await clientWithIndicatie(b, { bsn: bsns.next().value as string, achternaam: 'Zonderadres (fictief)' })).client.id
    ids.splice(2, 0, zonderAdres)
    // From 2025 each toekenning grants that client's own vastgesteld budgetplan; one client has none yet.
    const plannen = new Map<number, number>()
    for (const [i, id] of ids.entries()) if (i !== 4) plannen.set(id, (await vastgesteldBudgetplan(b, id, { perWeek: 5 + i })).totaalCent)
    const batch = await b.ok('brieven.batch.create', {
      naam: 'Pgb toekenningen 2027',
      soort: 'pgb_toekenning',
      clientIds: [...ids, ids[0]!],
      gegevens: { ingangsdatum: '2027-01-01', verantwoordingsvrijCenten: 60_000 },
    })
    expect(batch).toMatchObject({ totaal: 6, definitief: 0 })

    const first = await b.ok('brieven.batch.run', { batchId: batch.id })
    expect(first).toMatchObject({ totaal: 6, gelukt: 4, mislukt: 2 })
    const failed = first.resultaten.filter((r) => r.status === 'mislukt')
    expect(failed.find((r) => r.clientId === zonderAdres)!.melding).toContain('Het adres van de cliënt is niet compleet')
    expect(failed.find((r) => r.clientId === ids[4])!.melding).toContain('Stel eerst het budgetplan vast')
    expect(events.map((e) => e.klaar)).toEqual([1, 2, 3, 4, 5, 6])
    // Each letter grants exactly its client's plan, and names the version it belongs to.
    for (const r of first.resultaten.filter((x) => x.status === 'definitief')) {
      const text = pdfText((await b.ok('brieven.pdf', { id: r.briefId })).pdf).replace(/\s+/g, ' ')
      expect(text).toContain(`U krijgt ${formatMoney(plannen.get(r.clientId)!).replace(/\s/g, ' ')} voor de periode`)
      const versie = b.db!.prepare('SELECT budgetplan_versie_id FROM brief WHERE id = ?').pluck().get(r.briefId)
      expect(versie).not.toBeNull()
    }
    await vastgesteldBudgetplan(b, ids[4]!)

    // Fix the address, run again: only the failed letter is finalised now.
    const d = await b.ok('dossier.get', { clientId: zonderAdres })
    await b.ok('clients.update', {
      id: zonderAdres,
      version: d.client.version,
      persoon: { ...d.client.persoon, straat: 'Dorpsstraat', huisnummer: '1', postcode: '9711 AA', woonplaats: 'Groningen' },
    })
    const second = await b.ok('brieven.batch.run', { batchId: batch.id })
    expect(second.resultaten.map((r) => r.status).sort()).toEqual([
      'al_definitief',
      'al_definitief',
      'al_definitief',
      'al_definitief',
      'definitief',
      'definitief',
    ])
    const archived = b
      .db!.prepare('SELECT count(*) FROM brief_archief a JOIN brief l ON l.id = a.brief_id WHERE l.batch_id = ?')
      .pluck()
      .get(batch.id)
    expect(archived).toBe(6)

    const all = await b.ok('brieven.pdf', { id: second.resultaten[0]!.briefId })
    const pagesEach = Number(pdfInfo(all.pdf).Pages)
    const combined = await b.ok('brieven.batch.pdf', { batchId: batch.id })
    expect(Number(pdfInfo(combined.pdf).Pages)).toBe(6 * pagesEach)
    const text = pdfText(combined.pdf)
    for (const r of [...first.resultaten, ...second.resultaten].filter((x) => x.kenmerk)) expect(text).toContain(r.kenmerk!)
  }, 60_000)
})

describe('brieven: one print job cut into letters', () => {
  const GEGEVENS = { ingangsdatum: '2027-01-01', verantwoordingsvrijCenten: 60_000 }

  async function reeks(naam: string, aantal: number) {
    const ids: number[] = []
    for (let i = 0; i < aantal; i++) ids.push((await clientMetAdres(b, { bsn: bsns.next().value as string })).id)
    for (const id of ids) await vastgesteldBudgetplan(b, id)
    const batch = await b.ok('brieven.batch.create', { naam, soort: 'pgb_toekenning', clientIds: ids, gegevens: GEGEVENS })
    return { batch, letters: await b.ok('brieven.list', { clientId: null, batchId: batch.id, limit: 500 }) }
  }
  const volgnummer = (kenmerk: string) => Number(kenmerk.slice(-6))

  it('archives each letter as if printed alone: its own pages, numbered per letter, consecutive kenmerken', async () => {
    const { batch, letters } = await reeks('Knippen', 3)
    // The middle letter gets a long explanation, so the letters differ in length.
    const midden = await b.ok('brieven.get', { id: letters[1]!.id })
    const alineas = (n: number, zin: string) => Array.from({ length: n }, (_, i) => `Alinea ${i + 1}: ${zin.repeat(4)}`).join('\n\n')
    const vrijeTekst = {
      toelichting: alineas(20, 'een toelichting die de brief langer maakt. ').slice(0, 4000),
      afsluiting: alineas(5, 'nog een slotzin. ').slice(0, 1000),
    }
    await b.ok('brieven.update', { id: midden.id, version: midden.version, gegevens: GEGEVENS, vrijeTekst })

    const run = await b.ok('brieven.batch.run', { batchId: batch.id })
    expect(run).toMatchObject({ totaal: 3, gelukt: 3 })
    const nummers = run.resultaten.map((r) => volgnummer(r.kenmerk!))
    expect(nummers).toEqual([nummers[0]!, nummers[0]! + 1, nummers[0]! + 2])

    const pages: number[] = []
    for (const r of run.resultaten) {
      const archived = await b.ok('brieven.pdf', { id: r.briefId })
      const n = Number(pdfInfo(archived.pdf).Pages)
      pages.push(n)
      const text = pdfText(archived.pdf)
      expect(text).toContain(r.kenmerk!)
      expect(text).toContain(`pagina 1 van ${n}`)
      expect(text).toContain(`pagina ${n} van ${n}`)
      // The same letter laid out on its own has every word on the same page, in the same place.
      const alone = await b.services!.print.render({
        kind: 'brief',
        concept: false,
        ...(await b.ok('brieven.get', { id: r.briefId })).inhoud,
      })
      expect(pdfWords(alone)).toEqual(pdfWords(archived.pdf))
    }
    expect(pages[1]).toBeGreaterThan(pages[0]!)

    // The print run is the archived pages, in order.
    const combined = await b.ok('brieven.batch.pdf', { batchId: batch.id })
    expect(Number(pdfInfo(combined.pdf).Pages)).toBe(pages.reduce((a, n) => a + n, 0))
    expect(pdfText(combined.pdf)).toContain(`pagina ${pages[1]} van ${pages[1]}`)
  }, 90_000)

  it('finalises one by one, still consecutively, when the combined print job fails', async () => {
    const { batch } = await reeks('Zonder bundel', 3)
    const print = b.services!.print
    const original = print.renderBrieven
    print.renderBrieven = () => Promise.reject(new Error('print job failed'))
    try {
      const run = await b.ok('brieven.batch.run', { batchId: batch.id })
      expect(run).toMatchObject({ totaal: 3, gelukt: 3 })
      const nummers = run.resultaten.map((r) => volgnummer(r.kenmerk!))
      expect(nummers).toEqual([nummers[0]!, nummers[0]! + 1, nummers[0]! + 2])
      for (const r of run.resultaten) expect(pdfText((await b.ok('brieven.pdf', { id: r.briefId })).pdf)).toContain(r.kenmerk!)
    } finally {
      print.renderBrieven = original
    }
  }, 90_000)

  it('prints the next job while archiving this one, and still numbers consecutively when a job in the middle fails', async () => {
    const { letters } = await reeks('Overlap', 6)
    const print = b.services!.print
    const original = print.renderBrieven
    let jobs = 0
    // The second of three jobs fails: its letters go one by one under the same kenmerken, so the third job (printed
    // meanwhile) is still numbered right and is archived as printed.
    print.renderBrieven = (x) => (++jobs === 2 ? Promise.reject(new Error('print job failed')) : original(x))
    try {
      const gemeld: number[] = []
      const open = letters.map((l) => ({ id: l.id, version: b.services!.brieven.mustGet(l.id).version }))
      const uit = await b.services!.brieven.finaliseReeks(open, { perJob: 2, gemeld: (u) => gemeld.push(u.id) })
      expect(jobs).toBe(3)
      expect(gemeld).toEqual(open.map((l) => l.id))
      const kenmerken = uit.map((u) => (u.ok ? u.kenmerk : ''))
      const nummers = kenmerken.map(volgnummer)
      expect(nummers).toEqual(nummers.map((_, i) => nummers[0]! + i))
      for (const [i, u] of uit.entries()) {
        const archived = await b.ok('brieven.pdf', { id: u.id })
        expect(pdfText(archived.pdf)).toContain(kenmerken[i]!)
        const alone = await print.render({ kind: 'brief', concept: false, ...(await b.ok('brieven.get', { id: u.id })).inhoud })
        expect(pdfWords(alone)).toEqual(pdfWords(archived.pdf))
      }
    } finally {
      print.renderBrieven = original
    }
  }, 120_000)

  it('does not archive a job printed ahead under kenmerken that moved: a letter before it failed to be written', async () => {
    const { letters } = await reeks('Verschoven', 6)
    const print = b.services!.print
    const original = print.renderBrieven
    let jobs = 0
    // While the second job prints, someone changes the first job's second letter: its write fails, its kenmerk stays free.
    print.renderBrieven = (x) => {
      if (++jobs === 2) b.db!.prepare('UPDATE brief SET version = version + 1 WHERE id = ?').run(letters[1]!.id)
      return original(x)
    }
    try {
      const open = letters.map((l) => ({ id: l.id, version: b.services!.brieven.mustGet(l.id).version }))
      const uit = await b.services!.brieven.finaliseReeks(open, { perJob: 2 })
      expect(uit.map((u) => u.ok)).toEqual([true, false, true, true, true, true])
      const gelukt = uit.flatMap((u) => (u.ok ? [u] : []))
      const nummers = gelukt.map((u) => volgnummer(u.kenmerk))
      expect(nummers).toEqual(nummers.map((_, i) => nummers[0]! + i))
      for (const u of gelukt) expect(pdfText((await b.ok('brieven.pdf', { id: u.id })).pdf)).toContain(u.kenmerk)
    } finally {
      print.renderBrieven = original
    }
  }, 120_000)

  it('lets a letter finalised alone in between jobs, not after the whole batch, and still numbers without gaps', async () => {
    const { letters } = await reeks('Tussendoor', 5)
    const los = b.services!.brieven.mustGet(letters[4]!.id)
    const open = letters.slice(0, 4).map((l) => ({ id: l.id, version: b.services!.brieven.mustGet(l.id).version }))
    const reeksKlaar = b.services!.brieven.finaliseReeks(open, { perJob: 2 })
    const losKenmerk = (await b.ok('brieven.finalise', { id: los.id, version: los.version })).kenmerk!
    const uit = await reeksKlaar
    const kenmerken = uit.map((u) => (u.ok ? u.kenmerk : ''))
    const nummers = [...kenmerken, losKenmerk].map(volgnummer).sort((x, y) => x - y)
    expect(nummers).toEqual(nummers.map((_, i) => nummers[0]! + i))
    // After the first job, before the second.
    expect(volgnummer(losKenmerk)).toBe(volgnummer(kenmerken[1]!) + 1)
    for (const [i, u] of uit.entries()) expect(pdfText((await b.ok('brieven.pdf', { id: u.id })).pdf)).toContain(kenmerken[i]!)
  }, 120_000)
})
