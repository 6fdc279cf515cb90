import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { ClientsService } from '../clients/clients.service'
import type { Vergelijking } from '../../../shared/contracts/aanbieders.routes'
import { haversineKm } from '../../../shared/domain/aanbieders/afstand'
import { displayName } from '../../../shared/domain/names'
import type { Punt } from './pc4.repo'
import type { VergelijkRepo, VergelijkRow as Row } from './vergelijk.repo'

export interface Wensen {
  partneropname: boolean
  specialisatie: string
  levensbeschouwing: string
  maxKm: number | null
}
/**
 * Ranked shortlist and side-by-side comparison of locations for one client. The score favours,
 * in this order: the right zorgprofiel, a zorg-in-natura contract, the client's wishes, a short
 * distance and a short wait. It orders the list; the adviser and client choose.
 */
export function createVergelijkService(deps: { clock: Clock; repo: VergelijkRepo; clients: ClientsService; pc4: () => Map<string, Punt> }) {
  const { repo } = deps

  function context(clientId: number) {
    const c = deps.clients.mustGet(clientId)
    const s = repo.client(clientId)
    const punten = deps.pc4()
    const punt = punten.get(s.postcode.slice(0, 4)) ?? null
    // What the client looks for: the current leveringsvorm when it is one a location offers, else a place (verblijf).
    const gezocht = s.leveringsvorm && ['verblijf', 'vpt', 'mpt', 'dtv'].includes(s.leveringsvorm) ? s.leveringsvorm : 'verblijf'
    const statussen = new Map(repo.wachtstatussen(clientId).map((w) => [w.id, w.wachtstatus]))
    return { c, s, punt, punten, gezocht, statussen, today: deps.clock.today() }
  }

  function beoordeel(r: Row, ctx: ReturnType<typeof context>, wensen: Wensen): Vergelijking['locaties'][number] {
    const today = ctx.today
    const punt = ctx.punten.get(r.pc4)
    const afstandKm = ctx.punt && punt ? Math.round(haversineKm(ctx.punt, punt) * 10) / 10 : null
    const profielPast = ctx.s.zorgprofiel !== null && r.zorgprofielen.includes(`|${ctx.s.zorgprofiel}|`)
    const leveringsvormPast = r.leveringsvormen.includes(`|${ctx.gezocht}|`)
    const gecontracteerd = r.gecontracteerd === 1 && (r.contractTot === null || r.contractTot >= today)
    const specialisaties = r.specialisaties.split('|').filter(Boolean)
    let score = (profielPast ? 40 : 0) + (leveringsvormPast ? 10 : 0) + (gecontracteerd ? 20 : 0)
    if (wensen.partneropname && r.partnerplekken > 0) score += 10
    if (wensen.specialisatie && specialisaties.includes(wensen.specialisatie)) score += 10
    if (wensen.levensbeschouwing && r.levensbeschouwing.toLowerCase().includes(wensen.levensbeschouwing.toLowerCase())) score += 5
    score -= (afstandKm ?? 50) * 0.2 + (r.weken ?? 26) * 0.5
    return {
      id: r.id,
      organisatie: r.organisatie,
      naam: r.naam,
      adres: [`${r.straat} ${r.huisnummer}`.trim(), `${r.postcode} ${r.woonplaats}`.trim()].filter(Boolean).join(', '),
      profielPast,
      leveringsvormPast,
      partnerplekken: r.partnerplekken,
      specialisaties,
      levensbeschouwing: r.levensbeschouwing,
      gecontracteerd,
      contractTot: r.contractTot,
      wachttijdWeken: r.weken,
      wachttijdBijgewerkt: r.bijgewerkt,
      afstandKm,
      wachtstatus: ctx.statussen.get(r.id) ?? null,
      score: Math.round(score * 10) / 10,
    }
  }

  const kop = (ctx: ReturnType<typeof context>): Vergelijking['client'] => ({
    id: ctx.c.id,
    naam: displayName(ctx.c),
    postcode: ctx.s.postcode,
    zorgprofiel: ctx.s.zorgprofiel,
    leveringsvorm: ctx.s.leveringsvorm,
  })

  return {
    shortlist(clientId: number, wensen: Wensen, limit: number): Vergelijking {
      const ctx = context(clientId)
      const rows = repo.candidates(ctx.s.zorgprofiel)
      const scored = rows
        .map((r) => beoordeel(r, ctx, wensen))
        .filter((l) => wensen.maxKm === null || (l.afstandKm !== null && l.afstandKm <= wensen.maxKm))
        .sort((a, b) => b.score - a.score || (a.afstandKm ?? 999) - (b.afstandKm ?? 999) || a.id - b.id)
      return { client: kop(ctx), locaties: scored.slice(0, limit) }
    },
    vergelijk(clientId: number, ids: number[], wensen: Wensen): Vergelijking {
      const ctx = context(clientId)
      const rows = new Map(repo.byIds(ids, ctx.s.zorgprofiel).map((r) => [r.id, r]))
      const missing = ids.filter((id) => !rows.has(id))
      if (missing.length) throw new AppError('NOT_FOUND', 'Een van de gekozen locaties bestaat niet (meer).')
      return { client: kop(ctx), locaties: ids.map((id) => beoordeel(rows.get(id)!, ctx, wensen)) }
    },
  }
}
export type VergelijkService = ReturnType<typeof createVergelijkService>
