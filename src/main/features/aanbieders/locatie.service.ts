import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { AanbiedersRepo, LocatieEdit } from './aanbieders.repo'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import type { LocatieDetail } from '../../../shared/contracts/aanbieders.routes'

/** One location: its details with wachttijden and change history, and quick edits without a file. */
export function createLocatieService(deps: { uow: UnitOfWork; repo: AanbiedersRepo }) {
  const { uow, repo } = deps

  function get(id: number): LocatieDetail {
    const r = repo.detail(id)
    if (!r) throw new AppError('NOT_FOUND', 'Deze locatie bestaat niet (meer).')
    return {
      ...r,
      zorgprofielen: r.zorgprofielen.split('|').filter(Boolean),
      gecontracteerd: r.gecontracteerd === 1,
      wachttijden: repo.wachttijden(id),
      historie: repo.historie(id).map((h) => ({ gewijzigdOp: h.gewijzigdOp, velden: Object.keys(JSON.parse(h.wijzigingen) as object) })),
    }
  }

  return {
    get,
    bijwerken(input: RouteArgs<'aanbieders.locatieBijwerken'>): LocatieDetail {
      if (input.contractVan && input.contractTot && input.contractTot < input.contractVan)
        throw fieldError('contractTot', 'Het contract eindigt vóór het begint.')
      uow.run({ event: 'aanbieders.locatie.update', details: { locatieId: input.id } }, ({ now, today }) => {
        const current = get(input.id)
        const unknown = input.wachttijden.find((w) => !current.zorgprofielen.includes(w.zorgprofiel))
        if (unknown) throw fieldError('wachttijden', `Deze locatie biedt zorgprofiel ${unknown.zorgprofiel} niet.`)
        const fields: LocatieEdit = {
          gecontracteerd: input.gecontracteerd ? 1 : 0,
          contract_van: input.contractVan,
          contract_tot: input.contractTot,
          partnerplekken: input.partnerplekken,
          capaciteit: input.capaciteit,
          notities: input.notities,
        }
        const before = repo.editFields(input.id) as unknown as Record<string, unknown>
        if (!repo.edit(input.id, input.version, fields, now))
          throw new AppError('CONFLICT', 'Deze locatie is intussen gewijzigd (bijvoorbeeld door een import). Laad haar opnieuw.')
        const changes: Record<string, unknown> = Object.fromEntries(
          Object.entries(fields)
            .filter(([k, v]) => before[k] !== v)
            .map(([k, v]) => [k, [before[k], v]]),
        )
        const oldWacht = JSON.stringify(current.wachttijden.map((w) => [w.zorgprofiel, w.weken]))
        const newWacht = JSON.stringify(input.wachttijden.map((w) => [w.zorgprofiel, w.weken]).sort())
        // An unchanged wachttijd keeps its date: "bijgewerkt op" must mean the figure was checked then.
        repo.replaceWachttijden(
          input.id,
          input.wachttijden.map((w) => {
            const same = current.wachttijden.find((o) => o.zorgprofiel === w.zorgprofiel && o.weken === w.weken)
            return { zorgprofiel: w.zorgprofiel, weken: w.weken, bijgewerktOp: same?.bijgewerktOp ?? today }
          }),
        )
        if (oldWacht !== newWacht) changes.wachttijden = [JSON.parse(oldWacht), JSON.parse(newWacht)]
        if (Object.keys(changes).length) repo.addHistory(input.id, now, changes)
      })
      return get(input.id)
    },
  }
}
