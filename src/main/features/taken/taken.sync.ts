import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { expectedTasks, type DossierSnapshot, type ExpectedTask } from '../../../shared/domain/termijnen'
import { activeOn } from '../../../shared/domain/termijnen/types'
import type { Leveringsvorm } from '../../../shared/domain/codes'
import { snapshotReader } from './snapshot.repo'
import { addDays } from '../../../shared/domain/dates'
import { LANG_WACHTEN_WEKEN } from '../../../shared/domain/aanbieders/codes'
import { takenRepo } from './taken.repo'
import { clientsRepo } from '../clients/clients.repo'

/** Shown leveringsvorm when several run at once: the cost order of Blz 3.3.2.2a, then the rest. */
const PRIORITY: readonly Leveringsvorm[] = ['verblijf', 'vpt', 'mpt_pgb', 'pgb', 'mpt', 'dtv']

/** The indicatie in force today, else the next one to start, else the most recent one. */
export function currentIndicatie(d: DossierSnapshot): DossierSnapshot['indicaties'][number] | undefined {
  const active = d.indicaties.filter((i) => activeOn({ startdatum: i.ingangsdatum, einddatum: i.einddatum }, d.today))
  if (active.length) return active.at(-1)
  return d.indicaties.find((i) => i.ingangsdatum > d.today) ?? d.indicaties.at(-1)
}

function changed(
  stored: { titel: string; toelichting: string; artikel: string; deadline: string; vanaf: string | null; soort: string; bron: string },
  e: ExpectedTask,
): boolean {
  return (
    stored.titel !== e.titel ||
    stored.toelichting !== e.toelichting ||
    stored.artikel !== e.artikel ||
    stored.deadline !== e.deadline ||
    stored.vanaf !== e.vanaf ||
    stored.soort !== e.soort ||
    stored.bron !== e.bron
  )
}

/**
 * Keeps a dossier's generated tasks equal to what the rules expect, and the caseload summary on the
 * client row in step. Runs inside the caller's transaction after every dossier change. Done tasks
 * stay done; open tasks whose rule no longer applies lapse ('vervallen'); manual tasks are untouched.
 */
export function createTaskSync(db: Db, clock: Clock, regioNaam: (code: string) => string | null) {
  const repo = takenRepo(db)
  const clients = clientsRepo(db)
  const read = snapshotReader(db)
  function sync(clientId: number, today: string = clock.today(), kalender = read.gelijkgesteldeDagen()): void {
    const snapshot = read(clientId, today, regioNaam, kalender)
    const now = clock.now().toISOString()
    const existing = new Map(repo.generated(clientId).map((t) => [t.sleutel, t]))
    for (const e of expectedTasks(snapshot)) {
      const stored = existing.get(e.sleutel)
      existing.delete(e.sleutel)
      if (!stored) repo.insert(clientId, e, now)
      else if (stored.status === 'vervallen' || (stored.status === 'open' && changed(stored, e))) repo.refresh(stored.id, e, now)
    }
    for (const left of existing.values()) if (left.status === 'open') repo.lapse(left.id, now)
    writeSummaryFor(clientId, snapshot)
  }

  function writeSummaryFor(clientId: number, d: DossierSnapshot): void {
    const indicatie = currentIndicatie(d)
    const active = new Set(d.leveringsvormen.filter((lv) => activeOn(lv, d.today)).map((lv) => lv.soort))
    const tasks = repo.openSummary(clientId)
    clients.writeSummary({
      id: clientId,
      zorgprofiel: indicatie?.zorgprofiel ?? null,
      indicatie_einde: indicatie?.einddatum ?? null,
      leveringsvorm: PRIORITY.find((p) => active.has(p)) ?? null,
      eerste_deadline: tasks.eerste,
      open_taken: tasks.aantal,
      lang_wachtend: addDays(d.today, -7 * LANG_WACHTEN_WEKEN),
    })
  }

  /** Several dossiers in one run (the daily refresh, a new decree, a page from the teamserver): the calendar is read once. */
  function syncMany(clientIds: Iterable<number>, today: string = clock.today()): void {
    const kalender = read.gelijkgesteldeDagen()
    for (const id of clientIds) sync(id, today, kalender)
  }

  return { sync, syncMany }
}
export type TaskSync = ReturnType<typeof createTaskSync>
