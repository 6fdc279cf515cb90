import { AppError } from '../../lib/errors'
import type { BedragenService } from '../bedragen/bedragen.service'
import type { createImportService } from '../aanbieders/import.service'
import { IMPORT_VELD_NAMEN, type ImportVeld } from '../../../shared/domain/aanbieders/importVelden'
import { ZORGPROFIELEN } from '../../../shared/domain/zorgprofielen'

const PLAATSEN = [
  ['1012', 'Amsterdam'],
  ['1055', 'Amsterdam'],
  ['1087', 'Amsterdam'],
  ['1102', 'Amsterdam'],
  ['1181', 'Amstelveen'],
  ['1131', 'Volendam'],
  ['1441', 'Purmerend'],
  ['2011', 'Haarlem'],
] as const
const SOORTEN = ['Zorgcentrum', 'Woonzorg', 'Huize', 'Verpleeghuis', 'Woongroep'] as const
const NAMEN = ['De Linde', 'Het Baken', 'Zonnehof', 'De Wilg', 'Amstelrust', 'Het Anker', 'De Klaproos', 'Veldzicht']

/**
 * Demo extras, all fictitious and marked so: 16 provider locations around Amsterdam with wachttijden,
 * and pgb budgets per profile for the current year (made-up amounts, "niet geverifieerd").
 */
export function loadDemoAanbod(deps: {
  importeer: ReturnType<typeof createImportService>['importeerTabel']
  bedragen: BedragenService
  jaar: string
}): number {
  const veld = (v: ImportVeld) => IMPORT_VELD_NAMEN.indexOf(v)
  const rijen = Array.from({ length: 16 }, (_, i) => {
    const [pc4, plaats] = PLAATSEN[i % PLAATSEN.length]!
    const vg = i % 4 === 3
    const profielen = vg ? ['806', '808'] : ['753', '754', '755']
    const cellen = IMPORT_VELD_NAMEN.map(() => '')
    const set = (v: ImportVeld, waarde: string) => (cellen[veld(v)] = waarde)
    set('organisatie', `Zorggroep ${NAMEN[i % NAMEN.length]} (demo)`)
    set('kvk', String(99_000_000 + (i % 8)))
    set('locatie', `${SOORTEN[i % SOORTEN.length]} ${NAMEN[(i * 3) % NAMEN.length]} ${i + 1} (demo)`)
    set('vestigingsnummer', String(990_000_000_000 + i))
    set('straat', 'Demostraat')
    set('huisnummer', String(i + 1))
    set('postcode', `${pc4} AB`)
    set('woonplaats', plaats)
    set('zorgprofielen', profielen.join('|'))
    set('leveringsvormen', i % 3 ? 'verblijf' : 'verblijf|vpt')
    set('partnerplekken', String(i % 3))
    set('specialisaties', vg ? 'gedrag' : i % 2 ? 'dementie' : 'dementie|korsakov')
    set('gecontracteerd', i % 5 === 4 ? 'nee' : 'ja')
    set('wachttijden', profielen.map((p, j) => `${p}:${(i * 3 + j * 5) % 30}`).join('|'))
    set('wachttijdBijgewerkt', `${deps.jaar}-11-01`)
    return { rij: i + 2, cellen }
  })
  const koppeling = Object.fromEntries(IMPORT_VELD_NAMEN.map((v, i) => [v, i])) as Partial<Record<ImportVeld, number>>
  const result = deps.importeer({ kopjes: [...IMPORT_VELD_NAMEN], rijen, codering: 'demo' }, koppeling)
  if (result.status !== 'geimporteerd') throw new AppError('INTERNAL', 'De demo-aanbieders zijn niet geldig.')
  // Made-up yearly budgets so the budget checks have something to compare with in the demo.
  for (const z of ZORGPROFIELEN.filter((p) => p.actueel && p.pgb)) {
    const niveau = Number(/^\d+/.exec(z.kort)?.[0] ?? '3')
    deps.bedragen.create({
      soort: 'pgb_budget_jaar',
      sleutel: z.code,
      geldigVanaf: `${deps.jaar}-01-01`,
      bedragCent: (20_000 + niveau * 9_000) * 100,
      geverifieerd: false,
      bron: 'DEMO — fictief bedrag, geen echt tarief',
    })
  }
  return result.rijen
}
