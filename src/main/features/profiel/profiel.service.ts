import type { Db } from '../../db/types'
import type { SettingsRepo } from '../../db/settings'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { ReferentieService } from '../referentie/referentie.service'
import type { Adviseur } from '../../../shared/contracts/profiel.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'

interface AdviseurRow {
  id: number
  naam: string
  functie: string
  afdeling: 'klantadvies' | 'pgb'
  regio_code: string
}

const CURRENT = 'current_adviseur_id'

/** The adviser working at this workstation, and the list of advisers (for reassignment). */
export function createProfielService(db: Db, clock: Clock, audit: Audit, settings: SettingsRepo, referentie: ReferentieService) {
  const byId = db.prepare('SELECT id, naam, functie, afdeling, regio_code FROM adviseur WHERE id = ?')
  const all = db.prepare('SELECT id, naam, functie, afdeling, regio_code FROM adviseur WHERE actief = 1 ORDER BY naam')
  const insert = db.prepare(
    'INSERT INTO adviseur (naam, functie, afdeling, regio_code, created_at) VALUES (@naam, @functie, @afdeling, @regioCode, @at)',
  )

  const toAdviseur = (r: AdviseurRow): Adviseur => ({
    id: r.id,
    naam: r.naam,
    functie: r.functie,
    afdeling: r.afdeling,
    regioCode: r.regio_code,
    regioNaam: referentie.regioNaam(r.regio_code),
  })

  function currentId(): number | null {
    const v = settings.get(CURRENT)
    return v === null ? null : Number(v)
  }

  function current(): Adviseur | null {
    const id = currentId()
    const row = id === null ? undefined : (byId.get(id) as AdviseurRow | undefined)
    return row ? toAdviseur(row) : null
  }

  function create(input: RouteArgs<'profiel.create'>): Adviseur {
    if (currentId() !== null) throw new AppError('CONFLICT', 'Er is op deze werkplek al een profiel aangemaakt.')
    if (!referentie.regios().some((r) => r.code === input.regioCode)) {
      throw fieldError('regioCode', 'Deze zorgkantoorregio staat niet in de referentiegegevens. Importeer die eerst via Beheer.')
    }
    const id = db.transaction(() => {
      const newId = Number(insert.run({ ...input, at: clock.now().toISOString() }).lastInsertRowid)
      settings.set(CURRENT, String(newId))
      audit.record({ event: 'profiel.create', action: 'C', details: { adviseurId: newId } })
      return newId
    })()
    return toAdviseur(byId.get(id) as AdviseurRow)
  }

  /** A colleague, so dossiers can be handed over to them; the region must be a known one. */
  function createColleague(input: RouteArgs<'adviseurs.create'>): Adviseur {
    if (!referentie.regios().some((r) => r.code === input.regioCode)) {
      throw fieldError('regioCode', 'Deze zorgkantoorregio staat niet in de referentiegegevens.')
    }
    if (db.prepare('SELECT 1 FROM adviseur WHERE naam = ? AND actief = 1').get(input.naam)) {
      throw fieldError('naam', 'Er bestaat al een actieve adviseur met deze naam.', 'DUPLICATE')
    }
    const id = db.transaction(() => {
      const newId = Number(insert.run({ ...input, at: clock.now().toISOString() }).lastInsertRowid)
      audit.record({ event: 'adviseur.create', action: 'C', details: { adviseurId: newId } })
      return newId
    })()
    return toAdviseur(byId.get(id) as AdviseurRow)
  }

  return {
    currentId,
    current,
    create,
    createColleague,
    list: () => (all.all() as AdviseurRow[]).map(toAdviseur),
  }
}
export type ProfielService = ReturnType<typeof createProfielService>
