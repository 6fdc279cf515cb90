import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import type { ClientsService } from '../clients/clients.service'
import type { BedragenService } from '../bedragen/bedragen.service'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import { PlanInhoudSchema, type PlanInhoud } from '../../../shared/contracts/plannen.inhoud'
import type { Controles, Plan, PlanRij, PlanVersie, VersieInfo } from '../../../shared/contracts/plannen.routes'
import { beoordeelBudgetplan } from '../../../shared/domain/plannen/beoordeling'
import type { Overschrijving } from '../../../shared/domain/plannen/overschrijving'
import { ontbrekendVoorVaststellen } from '../../../shared/domain/plannen/vereisten'
import { diffPlannen, type SectieDiff } from '../../../shared/domain/plannen/diff'
import { SJABLONEN, sjabloonInhoud } from '../../../shared/domain/plannen/sjablonen'
import { displayName } from '../../../shared/domain/names'
import type { PlannenRepo, VersieRow } from './plannen.repo'
import type { OverschrijvingRepo } from './overschrijving.repo'
import { planContextReader } from './planContext'

export const IMMUTABLE = 'Deze versie is vastgesteld en verandert niet meer. Maak een nieuwe versie om iets aan te passen.'
export const STALE =
  'Dit plan is intussen in een ander venster gewijzigd. Uw laatste wijziging is niet opgeslagen; laad het plan opnieuw (uw tekst staat nog in het scherm, kopieer die eerst).'

/** The open transitions; vastgesteld is final (Wlz: a change is a new version). */
const ALLOWED: Record<VersieInfo['status'], readonly VersieInfo['status'][]> = {
  concept: ['besproken', 'vastgesteld'],
  besproken: ['concept', 'vastgesteld'],
  vastgesteld: [],
}

/** Zorgplannen and budgetplannen: drafting with autosave, versions, checks and vaststellen. */
export function createPlannenService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: PlannenRepo
  clients: ClientsService
  bedragen: BedragenService
  overschrijvingen: OverschrijvingRepo
  currentUserId: () => number | null
}) {
  const { clock, uow, repo } = deps
  const context = planContextReader(repo, deps.clients)

  const parse = (row: VersieRow): PlanInhoud => PlanInhoudSchema.parse(JSON.parse(row.inhoud))
  const evaluatie = (p: PlanInhoud) => (p.soort === 'zorgplan' ? p.inhoud.volgendeEvaluatie : null)
  const info = ({ inhoud: _i, controles: _c, volgendeEvaluatie: _v, planId: _p, ...v }: VersieRow): VersieInfo => v

  function mustVersie(id: number): VersieRow {
    const v = repo.versie(id)
    if (!v) throw new AppError('NOT_FOUND', 'Deze planversie bestaat niet (meer).')
    return v
  }
  function mustPlan(id: number) {
    const p = repo.plan(id)
    if (!p) throw new AppError('NOT_FOUND', 'Dit plan bestaat niet (meer).')
    return p
  }
  const toVersie = (row: VersieRow): PlanVersie => ({ ...info(row), planId: row.planId, plan: parse(row) })

  /**
   * A budgetplan is judged by beoordeelBudgetplan (issue 12): op maat from 2025, and a blocking check
   * that cannot be judged stops vaststellen unless one of `overschrijvingen` lets it pass.
   */
  function controles(plan: PlanInhoud, clientId: number, overschrijvingen: readonly Overschrijving[]): Controles {
    if (plan.soort !== 'budgetplan') return { controles: [], kosten: null, ontbreekt: ontbrekendVoorVaststellen(plan, []), problemen: [] }
    const ctx = context(clientId, plan, clock.today())
    const c = { zorgprofiel: ctx.zorgprofiel, leveringsvorm: ctx.leveringsvorm, indicatie: ctx.indicatie, bedragen: deps.bedragen.rows() }
    return beoordeelBudgetplan(plan.inhoud, c, overschrijvingen)
  }

  /** Snapshots from before issue 12 have no overschreven per check and no problemen. */
  const bevroren = (json: string): Controles => {
    const c = JSON.parse(json) as Controles
    return { ...c, controles: c.controles.map((x) => ({ ...x, overschreven: x.overschreven ?? null })), problemen: c.problemen ?? [] }
  }

  function controlesFor(versieId: number): Controles {
    const v = mustVersie(versieId)
    // A vastgesteld version shows the checks as they were when it was set.
    if (v.status === 'vastgesteld' && v.controles) return bevroren(v.controles)
    return controles(parse(v), mustPlan(v.planId).clientId, deps.overschrijvingen.ofVersie(v.id))
  }

  return {
    sjablonen: () => [...SJABLONEN],

    list(input: RouteArgs<'plannen.list'>): PlanRij[] {
      const names = new Map<number, string>()
      return repo.list({ clientId: input.clientId ?? null, soort: input.soort ?? null, status: input.status ?? null }).map((r) => {
        if (!names.has(r.clientId)) names.set(r.clientId, displayName(deps.clients.mustGet(r.clientId)))
        return { ...r, clientNaam: names.get(r.clientId)! }
      })
    },

    create(input: RouteArgs<'plannen.create'>): { planId: number } {
      const sjabloon = SJABLONEN.find((s) => s.id === input.sjabloon)
      if (!sjabloon) throw new AppError('VALIDATION_ERROR', 'Kies een sjabloon uit de lijst.')
      const today = clock.today()
      const inhoud = sjabloonInhoud(sjabloon.id, { van: today, tot: `${today.slice(0, 4)}-12-31` })
      const plan = PlanInhoudSchema.parse({ soort: sjabloon.soort, inhoud })
      return uow.run({ event: 'plan.create', clientId: input.clientId, resync: false }, (tx) => {
        const titel = input.titel || (sjabloon.soort === 'zorgplan' ? 'Zorgplan' : `Budgetplan ${today.slice(0, 4)}`)
        const planId = repo.insertPlan({
          clientId: input.clientId,
          soort: sjabloon.soort,
          titel,
          sjabloon: sjabloon.id,
          createdBy: deps.currentUserId(),
          now: tx.now,
        })
        repo.insertVersie({ planId, nummer: 1, inhoud: JSON.stringify(plan), volgendeEvaluatie: evaluatie(plan), now: tx.now })
        tx.detail({ planId, soort: sjabloon.soort })
        return { planId }
      })
    },

    get(planId: number): Plan {
      const p = mustPlan(planId)
      return uow.run({ event: 'plan.read', clientId: p.clientId, resync: false, details: { planId } }, () => {
        const huidig = toVersie(mustVersie(repo.latestId(planId)))
        return {
          id: p.id,
          soort: p.soort,
          titel: p.titel,
          sjabloon: p.sjabloon,
          context: context(p.clientId, huidig.plan, clock.today()),
          versies: repo.versies(planId),
          huidig,
        }
      })
    },

    versie: (versieId: number): PlanVersie => toVersie(mustVersie(versieId)),

    autosave(input: RouteArgs<'plannen.autosave'>): { revisie: number; opgeslagenOp: string } {
      const v = mustVersie(input.versieId)
      const p = mustPlan(v.planId)
      const details = { planId: p.id, versie: v.nummer }
      return uow.run({ event: 'plan.save', clientId: p.clientId, resync: false, details }, (tx) => {
        if (v.status === 'vastgesteld') throw new AppError('FROZEN', IMMUTABLE)
        if (p.soort !== input.plan.soort) throw new AppError('VALIDATION_ERROR', 'Dit is geen plan van deze soort.')
        if (v.revisie !== input.revisie) throw new AppError('CONFLICT', STALE)
        const next = evaluatie(input.plan)
        if (
          !repo.saveInhoud({ id: v.id, revisie: input.revisie, inhoud: JSON.stringify(input.plan), volgendeEvaluatie: next, now: tx.now })
        )
          throw new AppError('CONFLICT', STALE)
        repo.touchPlan(p.id, tx.now)
        // The agreed evaluation date is a caseload task; recompute only when it changed.
        if (next !== v.volgendeEvaluatie) tx.resync()
        return { revisie: v.revisie + 1, opgeslagenOp: tx.now }
      })
    },

    setStatus(input: RouteArgs<'plannen.setStatus'>): VersieInfo {
      const v = mustVersie(input.versieId)
      const p = mustPlan(v.planId)
      if (v.status === 'vastgesteld') throw new AppError('FROZEN', IMMUTABLE)
      if (v.revisie !== input.revisie) throw new AppError('CONFLICT', STALE)
      if (input.status === v.status) return info(v)
      if (!ALLOWED[v.status].includes(input.status)) throw new AppError('VALIDATION_ERROR', 'Deze statuswijziging kan niet.')
      const details = { planId: p.id, versie: v.nummer }
      return uow.run({ event: `plan.${input.status}` as const, clientId: p.clientId, resync: false, details }, (tx) => {
        const { now } = tx
        let snapshot: string | null = null
        let budgetCent: number | null = null
        if (input.status === 'vastgesteld') {
          const c = controles(parse(v), p.clientId, deps.overschrijvingen.ofVersie(v.id))
          if (c.ontbreekt.length)
            throw new AppError(
              'VALIDATION_ERROR',
              `Vaststellen kan nog niet: ${c.ontbreekt.length === 1 ? '1 punt ontbreekt of klopt' : `${c.ontbreekt.length} punten ontbreken of kloppen`} niet.`,
              c.ontbreekt.map((m) => ({ path: 'vaststellen', message: m })),
            )
          snapshot = JSON.stringify(c)
          // The budget op maat is the plan's total, frozen with the version; a pgb toekenning grants it.
          budgetCent = c.kosten?.totaalCent ?? null
          const overschreven = c.controles.filter((x) => x.overschreven).length
          if (overschreven) tx.detail({ overschreven })
        }
        const vast = input.status === 'vastgesteld'
        const door = vast ? deps.currentUserId() : null
        const moved = repo.setStatus({
          id: v.id,
          revisie: v.revisie,
          status: input.status,
          now,
          vastgesteldOp: vast ? now : null,
          door,
          controles: snapshot,
          budgetCent,
        })
        if (!moved) throw new AppError('CONFLICT', STALE)
        repo.touchPlan(p.id, now)
        return info(mustVersie(v.id))
      })
    },

    nieuweVersie(planId: number): VersieInfo {
      const p = mustPlan(planId)
      return uow.run({ event: 'plan.version', clientId: p.clientId, resync: false }, (tx) => {
        const last = mustVersie(repo.latestId(planId))
        if (last.status !== 'vastgesteld')
          throw new AppError('CONFLICT', `Versie ${last.nummer} is nog niet vastgesteld; werk die bij in plaats van een nieuwe te maken.`)
        const id = repo.insertVersie({
          planId,
          nummer: last.nummer + 1,
          inhoud: last.inhoud,
          volgendeEvaluatie: last.volgendeEvaluatie,
          now: tx.now,
        })
        repo.touchPlan(planId, tx.now)
        tx.detail({ planId, versie: last.nummer + 1 })
        return info(mustVersie(id))
      })
    },

    controles: controlesFor,

    /** For overschrijvingen: a budgetplan version, its plan, and its checks with these overrides. */
    budgetVersie(versieId: number) {
      const v = mustVersie(versieId)
      const p = mustPlan(v.planId)
      if (p.soort !== 'budgetplan') throw new AppError('VALIDATION_ERROR', 'Alleen de controles van een budgetplan kunt u overschrijven.')
      const plan = parse(v)
      return { versie: info(v), plan: p, beoordeel: (o: readonly Overschrijving[]) => controles(plan, p.clientId, o) }
    },

    diff(linksId: number, rechtsId: number): SectieDiff[] {
      const l = mustVersie(linksId)
      const r = mustVersie(rechtsId)
      if (l.planId !== r.planId) throw new AppError('VALIDATION_ERROR', 'Vergelijk twee versies van hetzelfde plan.')
      return diffPlannen(parse(l), parse(r))
    },

    /** For printing: the version, its plan and client context and the checks. */
    forPrint(versieId: number) {
      const v = mustVersie(versieId)
      const p = mustPlan(v.planId)
      const plan = parse(v)
      return {
        plan: p,
        versie: info(v),
        inhoud: plan,
        context: context(p.clientId, plan, clock.today()),
        controles: controlesFor(versieId),
      }
    },
  }
}
export type PlannenService = ReturnType<typeof createPlannenService>
