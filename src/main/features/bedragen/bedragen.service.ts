import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { BedragenRepo, BedragFields } from './bedragen.repo'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import type { ReferentiebedragRij } from '../../../shared/contracts/bedragen.routes'
import type { AuditEvent } from '../../../shared/domain/auditEvents'
import { PER_ZORGPROFIEL, type Referentiebedrag } from '../../../shared/domain/plannen/bedragen'
import { zorgprofiel } from '../../../shared/domain/zorgprofielen'

/**
 * The dated amounts behind the cost checks (Beheer → Bedragen en tarieven). Amounts are data, not
 * code: a new year or a mid-year change is a new row with its own `geldig vanaf`.
 */
export function createBedragenService(deps: { uow: UnitOfWork; repo: BedragenRepo }) {
  const { uow, repo } = deps
  let cache: ReferentiebedragRij[] | null = null

  function list(): ReferentiebedragRij[] {
    cache ??= repo.all()
    return cache
  }

  function check(f: RouteArgs<'bedragen.create'>, id = 0): void {
    const perProfiel = PER_ZORGPROFIEL.has(f.soort)
    if (perProfiel && !f.sleutel) throw fieldError('sleutel', 'Kies het zorgprofiel waarvoor dit bedrag geldt.')
    if (perProfiel && !zorgprofiel(f.sleutel)) throw fieldError('sleutel', 'Dit zorgprofiel bestaat niet.')
    if (!perProfiel && f.sleutel) throw fieldError('sleutel', 'Dit bedrag geldt voor alle zorgprofielen; laat het zorgprofiel leeg.')
    if (repo.clashes(f.soort, f.sleutel, f.geldigVanaf, id))
      throw fieldError(
        'geldigVanaf',
        'Er is al een bedrag van deze soort met deze datum. Pas dat bedrag aan of kies een andere datum.',
        'DUPLICATE',
      )
  }

  function toDb(f: RouteArgs<'bedragen.create'>): BedragFields {
    return {
      soort: f.soort,
      sleutel: f.sleutel,
      geldig_vanaf: f.geldigVanaf,
      bedrag_cent: f.bedragCent,
      geverifieerd: f.geverifieerd ? 1 : 0,
      bron: f.bron,
    }
  }

  function write<T>(event: AuditEvent, fn: (now: string) => T): T {
    try {
      return uow.run({ event }, ({ now }) => fn(now))
    } finally {
      cache = null
    }
  }

  return {
    list,
    /** The rows as the pure check functions take them. */
    rows: (): Referentiebedrag[] => list(),
    create(input: RouteArgs<'bedragen.create'>): ReferentiebedragRij {
      check(input)
      return write('referentiebedrag.create', (now) => repo.get(repo.insert(toDb(input), now))!)
    },
    update({ id, version, ...f }: RouteArgs<'bedragen.update'>): ReferentiebedragRij {
      check(f, id)
      return write('referentiebedrag.update', (now) => {
        repo.update(id, version, toDb(f), now)
        return repo.get(id)!
      })
    },
    delete({ id, version }: RouteArgs<'bedragen.delete'>): { id: number } {
      return write('referentiebedrag.delete', () => {
        if (!repo.remove(id, version))
          throw repo.get(id)
            ? new AppError('CONFLICT', 'Dit bedrag is intussen gewijzigd; laad de lijst opnieuw.')
            : new AppError('NOT_FOUND', 'Dit bedrag bestaat niet (meer).')
        return { id }
      })
    },
  }
}
export type BedragenService = ReturnType<typeof createBedragenService>
