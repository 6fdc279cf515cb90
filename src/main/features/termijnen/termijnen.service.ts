import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import { throwIssues, type UnitOfWork } from '../../write/unitOfWork'
import type { RouteArgs, RouteOutput } from '../../../shared/contracts/catalog'
import type { GelijkgesteldeDagRij } from '../../../shared/contracts/termijnen.routes'
import type { AuditDetails, AuditEvent } from '../../../shared/domain/auditEvents'
import { parseDutchDate } from '../../../shared/format/nl'
import { besluitOntbreektMelding, controleerGelijkstelling, jarenZonderBesluit } from '../../../shared/domain/termijnen/gelijkstelling'
import type { DagFields, TermijnenRepo } from './termijnen.repo'

/** "Regel 1: 16 mei …" → "16 mei …" for a form with one row. */
const zonderRegel = (m: string) => {
  const t = m.replace(/^Regel \d+: /, '')
  return t.charAt(0).toLocaleUpperCase('nl-NL') + t.slice(1)
}

/**
 * The days a Koninklijk Besluit equates with a feestdag (Atw art. 3 lid 3), kept in Beheer. Every
 * change is checked with the whole table (no weekend, no date twice, no statutory feestdag), and
 * moves the deadlines that depend on it at once: the open tasks in the years it touches run again.
 */
export function createTermijnenService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: TermijnenRepo
  /** Runs the task rules of these dossiers again (inside the caller's transaction). */
  resync: (clientIds: readonly number[]) => void
}) {
  const { uow, repo } = deps

  /** A change and the tasks it moves, in one transaction: the deadlines never lag behind the table. */
  function write<T>(event: AuditEvent, datums: () => string[], fn: (now: string) => T, details: AuditDetails = {}): T {
    return uow.all(() => {
      const result = uow.run({ event, details }, ({ now }) => fn(now))
      // A day at the end of December moves terms into January: the next year is touched too.
      const jaren = [...new Set(datums().flatMap((d) => [Number(d.slice(0, 4)), Number(d.slice(0, 4)) + 1]))]
      uow.system(() => deps.resync(repo.clientsMetOpenTermijnIn(jaren)))
      return result
    })
  }

  /** One row against the rest of the table; the messages go to the form's fields. */
  function check(f: DagFields, exceptId: number | null): void {
    const bestaand = repo.all().filter((r) => r.id !== exceptId)
    throwIssues(controleerGelijkstelling([f], bestaand).map((m) => ({ path: m.veld, message: zonderRegel(m.melding) })))
  }

  function mustGet(id: number): GelijkgesteldeDagRij {
    const r = repo.get(id)
    if (!r) throw new AppError('NOT_FOUND', 'Deze gelijkgestelde dag bestaat niet (meer).')
    return r
  }

  return {
    list: (): GelijkgesteldeDagRij[] => repo.all(),

    create(input: RouteArgs<'termijnen.gelijkgesteld.create'>): GelijkgesteldeDagRij {
      check(input, null)
      const id = write(
        'gelijkgestelde_dag.create',
        () => [input.datum],
        (now) => repo.insert(input, now),
      )
      return mustGet(id)
    },

    update({ id, version, ...f }: RouteArgs<'termijnen.gelijkgesteld.update'>): GelijkgesteldeDagRij {
      const oud = mustGet(id)
      check(f, id)
      write(
        'gelijkgestelde_dag.update',
        () => [oud.datum, f.datum],
        (now) => repo.update(id, version, f, now),
        { id },
      )
      return mustGet(id)
    },

    delete({ id, version }: RouteArgs<'termijnen.gelijkgesteld.delete'>): { id: number } {
      const oud = mustGet(id)
      write(
        'gelijkgestelde_dag.delete',
        () => [oud.datum],
        () => {
          if (!repo.remove(id, version)) throw new AppError('CONFLICT', 'Deze dag is intussen gewijzigd; laad de lijst opnieuw.')
        },
        { id },
      )
      return { id }
    },

    /**
     * A whole decree at once, all or nothing. Dates may be written dd-mm-jjjj as in the decree's
     * text; every message names its row. New days come in unverified until someone checks the
     * Staatsblad and marks them.
     */
    import({ rijen }: RouteArgs<'termijnen.gelijkgesteld.import'>): RouteOutput<'termijnen.gelijkgesteld.import'> {
      const nieuw = rijen.map((r) => ({ datum: parseDutchDate(r.datum) ?? r.datum, besluit: r.besluit, bron: r.bron }))
      const meldingen = controleerGelijkstelling(nieuw, repo.all())
      throwIssues(meldingen.map((m) => ({ path: `rijen.${m.rij}.${m.veld}`, message: m.melding })))
      write(
        'gelijkgestelde_dag.import',
        () => nieuw.map((r) => r.datum),
        (now) => {
          for (const r of nieuw) repo.insert({ ...r, besluit: r.besluit.trim(), bron: r.bron.trim(), geverifieerd: false }, now)
        },
        { aantal: nieuw.length },
      )
      return { toegevoegd: nieuw.length }
    },

    /**
     * Beheer's signal: the years in use (open terms, concept letters, budgetplan periods, this year
     * and the next) for which the table holds no gelijkgestelde dag at all (jarenZonderBesluit).
     */
    besluitOntbreekt(): RouteOutput<'termijnen.besluitOntbreekt'> {
      const dit = Number(deps.clock.today().slice(0, 4))
      const jaren = jarenZonderBesluit(repo.all(), [...repo.jarenInGebruik(), dit, dit + 1])
      return { jaren, melding: besluitOntbreektMelding(jaren) }
    },
  }
}
export type TermijnenService = ReturnType<typeof createTermijnenService>
