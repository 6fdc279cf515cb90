import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import type { LocatieDetail } from '../../../shared/contracts/aanbieders.routes'

/** One location: its details with wachttijden and change history, and quick edits without a file. */
export function createLocatieService(deps: { db: Db; clock: Clock; audit: Audit }) {
  const { db, clock } = deps
  const byId = db.prepare(
    `SELECT l.id, l.version, a.naam AS organisatie, a.kvk, l.naam, l.vestigingsnummer, trim(l.straat || ' ' || l.huisnummer) || ', ' || l.postcode || ' ' || l.woonplaats AS adres,
       l.zorgprofielen, l.gecontracteerd, l.contract_van AS contractVan, l.contract_tot AS contractTot, l.partnerplekken, l.capaciteit, l.notities
     FROM locatie l JOIN aanbieder a ON a.id = l.aanbieder_id WHERE l.id = ?`,
  )
  const wachttijden = db.prepare(
    'SELECT zorgprofiel, weken, bijgewerkt_op AS bijgewerktOp FROM wachttijd WHERE locatie_id = ? ORDER BY zorgprofiel',
  )
  const historie = db.prepare(
    'SELECT gewijzigd_op AS gewijzigdOp, wijzigingen FROM locatie_historie WHERE locatie_id = ? ORDER BY id DESC LIMIT 50',
  )
  const update = db.prepare(
    `UPDATE locatie SET gecontracteerd = @gecontracteerd, contract_van = @contract_van, contract_tot = @contract_tot, partnerplekken = @partnerplekken,
       capaciteit = @capaciteit, notities = @notities, version = version + 1, updated_at = @now WHERE id = @id AND version = @version`,
  )
  const raw = db.prepare(
    'SELECT gecontracteerd, contract_van, contract_tot, partnerplekken, capaciteit, notities FROM locatie WHERE id = ?',
  )
  const history = db.prepare('INSERT INTO locatie_historie (locatie_id, gewijzigd_op, wijzigingen) VALUES (?, ?, ?)')
  const clearWacht = db.prepare('DELETE FROM wachttijd WHERE locatie_id = ?')
  const insertWacht = db.prepare('INSERT INTO wachttijd (locatie_id, zorgprofiel, weken, bijgewerkt_op) VALUES (?, ?, ?, ?)')

  function get(id: number): LocatieDetail {
    const r = byId.get(id) as
      | (Omit<LocatieDetail, 'zorgprofielen' | 'gecontracteerd' | 'wachttijden' | 'historie'> & {
          zorgprofielen: string
          gecontracteerd: number
        })
      | undefined
    if (!r) throw new AppError('NOT_FOUND', 'Deze locatie bestaat niet (meer).')
    return {
      ...r,
      zorgprofielen: r.zorgprofielen.split('|').filter(Boolean),
      gecontracteerd: r.gecontracteerd === 1,
      wachttijden: wachttijden.all(id) as LocatieDetail['wachttijden'],
      historie: (historie.all(id) as Array<{ gewijzigdOp: string; wijzigingen: string }>).map((h) => ({
        gewijzigdOp: h.gewijzigdOp,
        velden: Object.keys(JSON.parse(h.wijzigingen) as object),
      })),
    }
  }

  return {
    get,
    bijwerken(input: RouteArgs<'aanbieders.locatieBijwerken'>): LocatieDetail {
      if (input.contractVan && input.contractTot && input.contractTot < input.contractVan)
        throw fieldError('contractTot', 'Het contract eindigt vóór het begint.')
      return db.transaction(() => {
        const current = get(input.id)
        const unknown = input.wachttijden.find((w) => !current.zorgprofielen.includes(w.zorgprofiel))
        if (unknown) throw fieldError('wachttijden', `Deze locatie biedt zorgprofiel ${unknown.zorgprofiel} niet.`)
        const now = clock.now().toISOString()
        const fields = {
          gecontracteerd: input.gecontracteerd ? 1 : 0,
          contract_van: input.contractVan,
          contract_tot: input.contractTot,
          partnerplekken: input.partnerplekken,
          capaciteit: input.capaciteit,
          notities: input.notities,
        }
        const before = raw.get(input.id) as Record<string, unknown>
        if (update.run({ ...fields, id: input.id, version: input.version, now }).changes !== 1)
          throw new AppError('CONFLICT', 'Deze locatie is intussen gewijzigd (bijvoorbeeld door een import). Laad haar opnieuw.')
        const changes: Record<string, unknown> = Object.fromEntries(
          Object.entries(fields)
            .filter(([k, v]) => before[k] !== v)
            .map(([k, v]) => [k, [before[k], v]]),
        )
        const oldWacht = JSON.stringify(current.wachttijden.map((w) => [w.zorgprofiel, w.weken]))
        const newWacht = JSON.stringify(input.wachttijden.map((w) => [w.zorgprofiel, w.weken]).sort())
        clearWacht.run(input.id)
        // An unchanged wachttijd keeps its date: "bijgewerkt op" must mean the figure was checked then.
        for (const w of input.wachttijden) {
          const same = current.wachttijden.find((o) => o.zorgprofiel === w.zorgprofiel && o.weken === w.weken)
          insertWacht.run(input.id, w.zorgprofiel, w.weken, same?.bijgewerktOp ?? clock.today())
        }
        if (oldWacht !== newWacht) changes.wachttijden = [JSON.parse(oldWacht), JSON.parse(newWacht)]
        if (Object.keys(changes).length) history.run(input.id, now, JSON.stringify(changes))
        deps.audit.record({ event: 'aanbieders.locatie.update', action: 'U', details: { locatieId: input.id } })
        return get(input.id)
      })()
    },
  }
}
