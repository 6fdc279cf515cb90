import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { ClientsService } from '../clients/clients.service'
import type { Vergelijking } from '../../../shared/contracts/aanbieders.routes'
import { haversineKm } from '../../../shared/domain/aanbieders/afstand'
import { LOCATIE_LEVERINGSVORMEN } from '../../../shared/domain/aanbieders/codes'
import { deelscores, totaalScore, type Gewichten } from '../../../shared/domain/aanbieders/weging'
import { displayName } from '../../../shared/domain/names'
import type { Punt } from './pc4.repo'
import type { ScoreRow, VergelijkRepo, VergelijkRow } from './vergelijk.repo'

type LocatieVorm = (typeof LOCATIE_LEVERINGSVORMEN)[number]
export interface Wensen {
  partneropname: boolean
  specialisatie: string
  levensbeschouwing: string
  maxKm: number | null
  leveringsvorm: LocatieVorm | null
}
const isLocatieVorm = (v: string | null): v is LocatieVorm => v !== null && (LOCATIE_LEVERINGSVORMEN as readonly string[]).includes(v)

/**
 * Ranked shortlist and side-by-side comparison of locations for one client. Each location gets a
 * score per criterion (weging.ts) and the adviser's weights make the total; the columns show why a
 * location ranks where it does. It orders the list; the adviser and client choose.
 */
export function createVergelijkService(deps: {
  clock: Clock
  repo: VergelijkRepo
  clients: ClientsService
  pc4: () => Map<string, Punt>
  gewichten: () => Gewichten
}) {
  const { repo } = deps

  function context(clientId: number, wensen: Wensen, gewichten: Gewichten | undefined) {
    const c = deps.clients.mustGet(clientId)
    const s = repo.client(clientId)
    const today = deps.clock.today()
    const punten = deps.pc4()
    const punt = punten.get(s.postcode.slice(0, 4)) ?? null
    // What the client asks for: their stated wish; else the form of care they have now (never a running
    // overbrugging, which is what they get while waiting); else what a Wlz indicatie gives: verblijf.
    const lopend = repo.lopendeLeveringsvorm(clientId, today)
    const gezocht: Vergelijking['client']['gezocht'] = wensen.leveringsvorm
      ? { leveringsvorm: wensen.leveringsvorm, bron: 'wens' }
      : isLocatieVorm(lopend)
        ? { leveringsvorm: lopend, bron: 'dossier' }
        : { leveringsvorm: 'verblijf', bron: 'indicatie' }
    const statussen = new Map(repo.wachtstatussen(clientId).map((w) => [w.id, w.wachtstatus]))
    return { c, s, punt, punten, gezocht, statussen, today, gewichten: gewichten ?? deps.gewichten() }
  }
  type Ctx = ReturnType<typeof context>

  /** The score and what it rests on: run for every candidate, so it allocates little and builds no text. */
  function punten(r: ScoreRow, ctx: Ctx, wensen: Wensen) {
    const punt = ctx.punten.get(r.pc4)
    const afstandKm = ctx.punt && punt ? Math.round(haversineKm(ctx.punt, punt) * 10) / 10 : null
    const profielPast = ctx.s.zorgprofiel !== null && r.zorgprofielen.includes(`|${ctx.s.zorgprofiel}|`)
    const leveringsvormPast = r.leveringsvormen.includes(`|${ctx.gezocht.leveringsvorm}|`)
    const gecontracteerd = r.gecontracteerd === 1 && (r.contractTot === null || r.contractTot >= ctx.today)
    const wensGevraagd = (wensen.specialisatie ? 1 : 0) + (wensen.levensbeschouwing ? 1 : 0)
    const wensGehaald =
      (wensen.specialisatie && r.specialisaties.split('|').includes(wensen.specialisatie) ? 1 : 0) +
      (wensen.levensbeschouwing && r.levensbeschouwing.toLowerCase().includes(wensen.levensbeschouwing.toLowerCase()) ? 1 : 0)
    const d = deelscores({
      profielPast,
      leveringsvormPast,
      gecontracteerd,
      wensGevraagd,
      wensGehaald,
      partnerGevraagd: wensen.partneropname,
      partnerplekken: r.partnerplekken,
      afstandKm,
      wachttijdWeken: r.weken,
    })
    return { id: r.id, afstandKm, profielPast, leveringsvormPast, gecontracteerd, deelscores: d, score: totaalScore(d, ctx.gewichten) }
  }

  /** The location as the adviser sees it; `p`, its score, when the shortlist already made it. */
  function beoordeel(r: VergelijkRow, ctx: Ctx, wensen: Wensen, p = punten(r, ctx, wensen)): Vergelijking['locaties'][number] {
    return {
      id: r.id,
      organisatie: r.organisatie,
      naam: r.naam,
      adres: [`${r.straat} ${r.huisnummer}`.trim(), `${r.postcode} ${r.woonplaats}`.trim()].filter(Boolean).join(', '),
      profielPast: p.profielPast,
      leveringsvormPast: p.leveringsvormPast,
      partnerplekken: r.partnerplekken,
      specialisaties: r.specialisaties.split('|').filter(Boolean),
      levensbeschouwing: r.levensbeschouwing,
      gecontracteerd: p.gecontracteerd,
      contractTot: r.contractTot,
      wachttijdWeken: r.weken,
      wachttijdBijgewerkt: r.bijgewerkt,
      afstandKm: p.afstandKm,
      wachtstatus: ctx.statussen.get(r.id) ?? null,
      deelscores: p.deelscores,
      score: p.score,
    }
  }

  const kop = (ctx: Ctx): Pick<Vergelijking, 'client' | 'gewichten'> => ({
    client: {
      id: ctx.c.id,
      naam: displayName(ctx.c),
      postcode: ctx.s.postcode,
      zorgprofiel: ctx.s.zorgprofiel,
      leveringsvorm: ctx.s.leveringsvorm,
      gezocht: ctx.gezocht,
    },
    gewichten: ctx.gewichten,
  })

  return {
    shortlist(clientId: number, wensen: Wensen, limit: number, gewichten?: Gewichten): Vergelijking {
      return repo.snapshot(() => {
        const ctx = context(clientId, wensen, gewichten)
        // Score every candidate on the narrow columns; read and describe only the ones the list shows.
        const top = repo
          .candidates(ctx.s.zorgprofiel)
          .map((r) => punten(r, ctx, wensen))
          .filter((l) => wensen.maxKm === null || (l.afstandKm !== null && l.afstandKm <= wensen.maxKm))
          .sort((a, b) => b.score - a.score || (a.afstandKm ?? 999) - (b.afstandKm ?? 999) || a.id - b.id)
          .slice(0, limit)
        const ids = top.map((l) => l.id)
        const shown = repo.byIds(ids, ctx.s.zorgprofiel)
        const rows = new Map(shown.map((r) => [r.id, r]))
        return { ...kop(ctx), locaties: top.map((l) => beoordeel(rows.get(l.id)!, ctx, wensen, l)) }
      })
    },
    vergelijk(clientId: number, ids: number[], wensen: Wensen, gewichten?: Gewichten): Vergelijking {
      const ctx = context(clientId, wensen, gewichten)
      const rows = new Map(repo.byIds(ids, ctx.s.zorgprofiel).map((r) => [r.id, r]))
      const missing = ids.filter((id) => !rows.has(id))
      if (missing.length) throw new AppError('NOT_FOUND', 'Een van de gekozen locaties bestaat niet (meer).')
      return { ...kop(ctx), locaties: ids.map((id) => beoordeel(rows.get(id)!, ctx, wensen)) }
    },
  }
}
export type VergelijkService = ReturnType<typeof createVergelijkService>
