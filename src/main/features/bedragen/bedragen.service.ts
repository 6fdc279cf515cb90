import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { BedragenRepo, BedragFields } from './bedragen.repo'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import type { BedragSignaal, ReferentiebedragRij } from '../../../shared/contracts/bedragen.routes'
import type { AuditEvent } from '../../../shared/domain/auditEvents'
import { PER_ZORGPROFIEL, type Referentiebedrag } from '../../../shared/domain/plannen/bedragen'
import { bedragenPerJaar } from '../../../shared/domain/plannen/bedragenOverzicht'
import { leesTariefCsv } from '../../../shared/domain/plannen/tariefCsv'
import { zorgprofiel } from '../../../shared/domain/zorgprofielen'
import { formatDate } from '../../../shared/format/nl'

/**
 * The dated amounts behind the cost checks (Beheer → Bedragen en tarieven). Amounts are data, not
 * code: a new year or a mid-year change is a new row with its own `geldig vanaf`.
 */
export function createBedragenService(deps: {
  uow: UnitOfWork
  repo: BedragenRepo
  today: () => string
  /** The budgetplannen in the database: the year each starts in and the client's zorgprofiel then. */
  inGebruik: () => Array<{ jaar: number; zorgprofiel: string | null }>
}) {
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

  function write<T>(event: AuditEvent, fn: (now: string) => T, details?: { aantal: number }): T {
    try {
      return uow.run({ event, ...(details ? { details } : {}) }, ({ now }) => fn(now))
    } finally {
      cache = null
    }
  }

  /**
   * A tariff table from CSV (tariefCsv.ts): every row or none. A file with errors gives every error,
   * each naming its line; a row that clashes with a stored amount of the same soort, zorgprofiel and
   * date is refused too (a change to a stored amount is made in the table itself).
   */
  function importCsv(input: RouteArgs<'bedragen.importCsv'>): { toegevoegd: number } {
    const r = leesTariefCsv(input.inhoud, { geldigVanaf: input.geldigVanaf })
    if (!r.ok) {
      const n = r.fouten.length
      throw new AppError(
        'VALIDATION_ERROR',
        `${input.bestandsnaam} is niet ingelezen: ${n === 1 ? '1 fout' : `${n} fouten`}. Er is niets opgeslagen; verbeter het bestand en probeer het opnieuw.`,
        r.fouten.map((f) => ({ path: `regel.${f.regel}${f.kolom ? `.${f.kolom}` : ''}`, message: f.melding })),
      )
    }
    const regelVan = (i: number) => i + 2
    const dubbel = r.rijen
      .map((row, i) => ({ row, i }))
      .filter(({ row }) => repo.clashes(row.soort, row.sleutel, row.geldigVanaf, 0))
      .map(({ row, i }) => ({
        path: `regel.${regelVan(i)}.geldig_vanaf`,
        message: `Regel ${regelVan(i)}: er staat al een bedrag van deze soort${row.sleutel ? ` voor zorgprofiel ${row.sleutel}` : ''} vanaf ${formatDate(row.geldigVanaf)} in de tabel. Pas dat bedrag in de tabel aan, of haal de regel uit het bestand.`,
      }))
    if (dubbel.length) throw new AppError('VALIDATION_ERROR', `${input.bestandsnaam} is niet ingelezen: er is niets opgeslagen.`, dubbel)
    return write(
      'referentiebedrag.import',
      (now) => {
        for (const row of r.rijen)
          repo.insert(
            {
              soort: row.soort,
              sleutel: row.sleutel,
              geldig_vanaf: row.geldigVanaf,
              bedrag_cent: row.bedragCent,
              geverifieerd: row.geverifieerd ? 1 : 0,
              bron: row.bron,
            },
            now,
          )
        return { toegevoegd: r.rijen.length }
      },
      { aantal: r.rijen.length },
    )
  }

  /**
   * Beheer: per year in use (the budgetplannen's years, this year and the next), which amounts the
   * budget checks need are missing or not verified; a blocking check on one is "niet te beoordelen".
   */
  function overzicht(): BedragSignaal[] {
    const plannen = deps.inGebruik()
    const dit = Number(deps.today().slice(0, 4))
    const jaren = [...plannen.map((p) => p.jaar), dit, dit + 1]
    const profielen = plannen.flatMap((p) => (p.zorgprofiel ? [p.zorgprofiel] : []))
    return bedragenPerJaar(list(), jaren, profielen)
  }

  return {
    list,
    /** The rows as the pure check functions take them. */
    rows: (): Referentiebedrag[] => list(),
    importCsv,
    overzicht,
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
