import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBackend } from './helpers/backend'
import { pdfInfo, pdfText } from './helpers/pdf'
import { openBriefBackend, clientMetAdres } from './helpers/brieven'
import { clientWithIndicatie } from './helpers/dossier'
import { testBsns } from '../src/shared/domain/bsn'

let b: TestBackend
const events: Array<{ klaar: number; totaal: number; status: string }> = []
const bsns = testBsns('9996')
let close: () => Promise<void>
beforeAll(async () => void ({ b, close } = await openBriefBackend({ emit: (event, payload) => event === 'brieven.batch.voortgang' && events.push(payload as (typeof events)[number]) })), 60_000)
afterAll(() => close())

describe('brieven: batch', () => {
  it('finalises a batch with progress, reports each letter, and resumes without duplicates', async () => {
    const ids: number[] = []
    for (let i = 0; i < 5; i++) ids.push((await clientMetAdres(b, { bsn: bsns.next().value as string })).id)
    // One client without an address: that letter fails, the others go on.
    const zonderAdres = (await clientWithIndicatie(b, { bsn: bsns.next().value as string, achternaam: 'Zonderadres (fictief)' })).client.id
    ids.splice(2, 0, zonderAdres)
    const batch = await b.ok('brieven.batch.create', {
      naam: 'Pgb toekenningen 2027',
      soort: 'pgb_toekenning',
      clientIds: [...ids, ids[0]!],
      gegevens: { ingangsdatum: '2027-01-01', jaarbedragCenten: 4_000_000, verantwoordingsvrijCenten: 60_000 },
    })
    expect(batch).toMatchObject({ totaal: 6, definitief: 0 })

    const first = await b.ok('brieven.batch.run', { batchId: batch.id })
    expect(first).toMatchObject({ totaal: 6, gelukt: 5, mislukt: 1 })
    const failed = first.resultaten.find((r) => r.status === 'mislukt')!
    expect(failed.clientId).toBe(zonderAdres)
    expect(failed.melding).toContain('Het adres van de cliënt is niet compleet')
    expect(events.map((e) => e.klaar)).toEqual([1, 2, 3, 4, 5, 6])

    // Fix the address, run again: only the failed letter is finalised now.
    const d = await b.ok('dossier.get', { clientId: zonderAdres })
    await b.ok('clients.update', { id: zonderAdres, version: d.client.version, persoon: { ...d.client.persoon, straat: 'Dorpsstraat', huisnummer: '1', postcode: '9711 AA', woonplaats: 'Groningen' } })
    const second = await b.ok('brieven.batch.run', { batchId: batch.id })
    expect(second.resultaten.map((r) => r.status).sort()).toEqual(['al_definitief', 'al_definitief', 'al_definitief', 'al_definitief', 'al_definitief', 'definitief'])
    const archived = b.db!.prepare('SELECT count(*) FROM brief_archief a JOIN brief l ON l.id = a.brief_id WHERE l.batch_id = ?').pluck().get(batch.id)
    expect(archived).toBe(6)

    const all = await b.ok('brieven.pdf', { id: second.resultaten[0]!.briefId })
    const pagesEach = Number(pdfInfo(all.pdf).Pages)
    const combined = await b.ok('brieven.batch.pdf', { batchId: batch.id })
    expect(Number(pdfInfo(combined.pdf).Pages)).toBe(6 * pagesEach)
    const text = pdfText(combined.pdf)
    for (const r of [...first.resultaten, ...second.resultaten].filter((x) => x.kenmerk)) expect(text).toContain(r.kenmerk!)
  }, 60_000)
})
