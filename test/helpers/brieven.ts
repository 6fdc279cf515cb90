import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { testBackend, withProfile, type TestBackend } from './backend'
import { chromiumPdfForTests } from './pdf'
import { clientWithIndicatie } from './dossier'
import { DEFAULT_BRIEFPAPIER } from '../../src/shared/print/briefpapier'

/** A fictitious zorgkantoor letterhead with everything a beschikking needs. */
export const BRIEFPAPIER = {
  ...DEFAULT_BRIEFPAPIER,
  organisatie: 'Zorgkantoor Proefregio (fictief)',
  afdeling: 'Afdeling Pgb',
  postadres: 'Postbus 1234, 1000 AB  AMSTERDAM',
  telefoon: '020 123 45 67',
  email: 'pgb@zorgkantoor-proef.example',
  bezwaarAdres: 'Zorgkantoor Proefregio (fictief), t.a.v. Bezwaar en Klachten Wlz, Postbus 1235, 1000 AC  AMSTERDAM',
}

/**
 * What every letter test starts from: a backend on a temp database with the Chromium PDF renderer,
 * an adviser profile and the fictitious letterhead. `close` disposes both.
 */
export async function openBriefBackend(
  options: Parameters<typeof testBackend>[0] = {},
): Promise<{ b: TestBackend; close: () => Promise<void> }> {
  const pdf = await chromiumPdfForTests()
  const b = testBackend({ ...options, pdf })
  await withProfile(b)
  await b.ok('briefpapier.save', BRIEFPAPIER)
  return {
    b,
    close: async () => {
      b.dispose()
      await pdf.close()
    },
  }
}

/** A client with an indicatie and a full address, as the persoon tab would save it. */
const NAMEN = ['Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Dijkstra']
let teller = 0
const uniekeNaam = () => `${NAMEN[teller % NAMEN.length]}${teller++ >= NAMEN.length ? `-${teller}` : ''} (fictief)`

export async function clientMetAdres(
  b: TestBackend,
  opts: {
    bsn?: string
    achternaam?: string
    voornamen?: string
    straat?: string
    woonplaats?: string
    ingangsdatum?: string
    besluitnummer?: string
  } = {},
) {
  const { client } = await clientWithIndicatie(b, {
    bsn: opts.bsn,
    achternaam: opts.achternaam ?? uniekeNaam(),
    besluitnummer: opts.besluitnummer,
    ...(opts.ingangsdatum ? { ingangsdatum: opts.ingangsdatum } : {}),
  })
  const d = await b.ok('dossier.get', { clientId: client.id })
  const p = d.client.persoon
  await b.ok('clients.update', {
    id: client.id,
    version: d.client.version,
    persoon: {
      voornamen: opts.voornamen ?? p.voornamen,
      voorvoegsel: p.voorvoegsel,
      achternaam: p.achternaam,
      geboortedatum: p.geboortedatum,
      geslacht: 'vrouw',
      straat: opts.straat ?? 'Voorbeeldlaan',
      huisnummer: '12',
      huisnummerToevoeging: 'A',
      postcode: '1011 AB',
      woonplaats: opts.woonplaats ?? 'Amsterdam',
    },
  })
  return client
}

/** Keeps a letter as test artefact: the PDF and its pages as PNG in test-results/brieven, to look at. */
export function bewaarPdf(naam: string, pdfBase64: string, paginas = 2): string {
  const dir = resolve('test-results/brieven')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${naam}.pdf`)
  writeFileSync(file, Buffer.from(pdfBase64, 'base64'))
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', String(paginas), file, join(dir, naam)])
  return file
}
