import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBackend } from './helpers/backend'
import { flat, pdfText } from './helpers/pdf'
import { BRIEFPAPIER, openBriefBackend, bewaarPdf, clientMetAdres } from './helpers/brieven'
import { sha256 } from '../src/main/features/brieven/brieven.service'
import { testBsns } from '../src/shared/domain/bsn'
import { PDFDocument } from 'pdf-lib'

let b: TestBackend
const bsns = testBsns('9999')
const nextBsn = () => bsns.next().value as string

let close: () => Promise<void>
beforeAll(async () => void ({ b, close } = await openBriefBackend()), 60_000)
afterAll(() => close())

async function afwijzing() {
  const client = await clientMetAdres(b, { bsn: nextBsn() })
  return b.ok('brieven.create', { clientId: client.id, soort: 'pgb_afwijzing', gegevens: {} })
}

describe('brieven: concept, finalise, archive', () => {
  it('lists what is missing and refuses to finalise an incomplete letter', async () => {
    const brief = await afwijzing()
    expect(brief.status).toBe('concept')
    expect(brief.ontbrekend).toEqual([
      'Kies minstens één reden uit de lijst.',
      'Vul de datum in waarop de aanvraag is ontvangen.',
      expect.stringContaining('Een standaardreden alleen is geen deugdelijke motivering (Awb art. 3:46)'),
    ])
    const r = await b.call('brieven.finalise', { id: brief.id, version: brief.version })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION_ERROR')
      expect(r.error.issues?.map((i) => i.message)).toEqual(brief.ontbrekend)
    }
  })

  it('finalises a pgb afwijzing: kenmerk, archived PDF with every Awb element, reprint identical', async () => {
    const concept = await afwijzing()
    const filled = await b.ok('brieven.update', {
      id: concept.id,
      version: concept.version,
      gegevens: { aanvraagOntvangenOp: '2026-10-01', gronden: ['wlz-3.3.3-4e', 'blz-3.6.2-1b'] },
      vrijeTekst: { toelichting: 'Wij hebben u twee keer uitgenodigd.', afsluiting: '' },
    })
    expect(filled.ontbrekend).toEqual([])
    const done = await b.ok('brieven.finalise', { id: filled.id, version: filled.version })
    expect(done.status).toBe('definitief')
    expect(done.kenmerk).toMatch(/^BR-2026-\d{6}$/)
    expect(done.sha256).toMatch(/^[0-9a-f]{64}$/)

    const file = await b.ok('brieven.pdf', { id: done.id })
    expect(file.sha256).toBe(done.sha256)
    expect(sha256(Buffer.from(file.pdf, 'base64'))).toBe(done.sha256)
    const again = await b.ok('brieven.pdf', { id: done.id })
    expect(again.pdf).toBe(file.pdf)

    bewaarPdf('pgb-afwijzing', file.pdf)
    const text = flat(pdfText(file.pdf, 'raw'))
    for (const part of [
      done.kenmerk!,
      '22 november 2026',
      'Afwijzing aanvraag persoonsgebonden budget (pgb)',
      'Ons besluit',
      'Wij wijzen uw aanvraag voor een persoonsgebonden budget (pgb) af.',
      'U heeft bij uw aanvraag geen budgetplan ingeleverd. (artikel 3.3.3 lid 4 onder e van de Wet langdurige zorg)',
      'artikel 3.6.2 lid 1 onder b van het Besluit langdurige zorg',
      'Wat wij hebben vastgesteld',
      'binnen zes weken na de dag waarop wij deze brief hebben verstuurd',
      'Bezwaar en Klachten Wlz',
      'uw handtekening',
      'Wij hebben u twee keer uitgenodigd.',
      'Test Adviseur',
      'Klantadviseur',
      'in mandaat',
      'pagina 1 van',
    ]) {
      expect(text).toContain(part)
    }
    expect(text).toMatch(/1011 AB +AMSTERDAM/)
    expect(text).not.toContain('CONCEPT')
  }, 30_000)
})

/** The PDF with its time stamps set to one moment, written without object streams. */
async function zonderTijd(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  expect(doc.getCreationDate()).toBeInstanceOf(Date)
  doc.setCreationDate(new Date(0))
  doc.setModificationDate(new Date(0))
  return doc.save({ useObjectStreams: false })
}

async function definitieveAfwijzing() {
  const c = await afwijzing()
  const f = await b.ok('brieven.update', {
    id: c.id,
    version: c.version,
    gegevens: { aanvraagOntvangenOp: '2026-10-01', gronden: ['wlz-3.3.3-4d'] },
    vrijeTekst: { toelichting: 'In het keuzegesprek kon u niet zeggen waarom u een pgb wilt.', afsluiting: '' },
  })
  return b.ok('brieven.finalise', { id: f.id, version: f.version })
}

describe('brieven: immutability, sending, correction', () => {
  it('refuses to edit or delete a finalised letter, through the route and in SQLite itself', async () => {
    const done = await definitieveAfwijzing()
    const edit = await b.call('brieven.update', { id: done.id, version: done.version, gegevens: { gronden: ['wlz-3.3.3-4a'] } })
    expect(edit.ok === false && edit.error).toMatchObject({ code: 'FROZEN', message: expect.stringContaining('definitief') })
    const del = await b.call('brieven.delete', { id: done.id, version: done.version })
    expect(del.ok === false && del.error.code).toBe('FROZEN')
    const db = b.db!
    expect(() => db.prepare(`UPDATE brief SET gegevens = '{}' WHERE id = ?`).run(done.id)).toThrow(/definitief/)
    expect(() => db.prepare('DELETE FROM brief WHERE id = ?').run(done.id)).toThrow(/definitief/)
    expect(() => db.prepare(`UPDATE brief_archief SET sha256 = ? WHERE brief_id = ?`).run('0'.repeat(64), done.id)).toThrow(/archief/)
    expect(() => db.prepare('DELETE FROM brief_archief WHERE brief_id = ?').run(done.id)).toThrow(/archief/)
    expect((await b.ok('brieven.pdf', { id: done.id })).sha256).toBe(done.sha256)
  }, 30_000)

  it('lays a finalised letter out again from its snapshot with the same text', async () => {
    const done = await definitieveAfwijzing()
    // The dossier changes afterwards: the archived letter must not.
    await b.ok('briefpapier.save', { ...BRIEFPAPIER, telefoon: '030 999 99 99' })
    const archived = await b.ok('brieven.pdf', { id: done.id })
    // Past the next whole second, so the file's time stamps always differ and the comparison below
    // proves they are the only difference.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const rerendered = await b.services!.print.render({
      kind: 'brief',
      concept: false,
      ...(await b.ok('brieven.get', { id: done.id })).inhoud,
    })
    await b.ok('briefpapier.save', BRIEFPAPIER)
    expect(pdfText(Buffer.from(rerendered).toString('base64'))).toBe(pdfText(archived.pdf))
    // Chromium stamps the time into the file, and it lies in a compressed object stream: with the
    // dates set equal and both files written out the same way, every other byte matches.
    expect(sha256(await zonderTijd(rerendered))).toBe(sha256(await zonderTijd(Buffer.from(archived.pdf, 'base64'))))
  }, 30_000)

  it('registering the verzenddatum starts the bezwaartermijn task, once', async () => {
    const done = await definitieveAfwijzing()
    const bad = await b.call('brieven.verzonden', { id: done.id, verzondenOp: '2026-11-30' })
    expect(bad.ok === false && bad.error.message).toBe('De verzenddatum ligt in de toekomst.')
    const sent = await b.ok('brieven.verzonden', { id: done.id, verzondenOp: '2026-11-22' })
    expect(sent.verzondenOp).toBe('2026-11-22')
    const taken = (await b.ok('dossier.get', { clientId: done.clientId })).taken.filter((t) => t.titel === 'Bezwaartermijn loopt')
    // Six weeks after 22-11-2026 is 3-1-2027, a Sunday: the term runs to Monday 4-1-2027 (Atw).
    expect(taken.map((t) => t.deadline)).toEqual(['2027-01-04'])
    const twice = await b.call('brieven.verzonden', { id: done.id, verzondenOp: '2026-11-22' })
    expect(twice.ok === false && twice.error.code).toBe('CONFLICT')
  }, 30_000)

  it('a correction is a new letter that names the old one', async () => {
    const done = await definitieveAfwijzing()
    const fix = await b.ok('brieven.corrigeer', { id: done.id })
    expect(fix).toMatchObject({ status: 'concept', corrigeertId: done.id, soort: 'pgb_afwijzing' })
    const final = await b.ok('brieven.finalise', { id: fix.id, version: fix.version })
    const text = flat(pdfText((await b.ok('brieven.pdf', { id: final.id })).pdf, 'raw'))
    expect(text).toContain(`Deze brief vervangt onze brief van 22 november 2026 met kenmerk ${done.kenmerk}`)
    expect((await b.ok('brieven.get', { id: done.id })).gecorrigeerdDoorId).toBe(fix.id)
    const again = await b.call('brieven.corrigeer', { id: done.id })
    expect(again.ok === false && again.error.code).toBe('CONFLICT')
  }, 30_000)
})
