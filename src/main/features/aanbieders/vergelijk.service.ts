import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError } from '../../lib/errors'
import type { ClientsService } from '../clients/clients.service'
import type { Vergelijking } from '../../../shared/contracts/aanbieders.routes'
import { haversineKm } from '../../../shared/domain/aanbieders/afstand'
import { displayName } from '../../../shared/domain/names'
import type { Punt } from './pc4'

export interface Wensen {
  partneropname: boolean
  specialisatie: string
  levensbeschouwing: string
  maxKm: number | null
}
type Row = {
  id: number
  organisatie: string
  naam: string
  straat: string
  huisnummer: string
  postcode: string
  woonplaats: string
  pc4: string
  zorgprofielen: string
  leveringsvormen: string
  specialisaties: string
  partnerplekken: number
  levensbeschouwing: string
  gecontracteerd: number
  contractTot: string | null
  weken: number | null
  bijgewerkt: string | null
}
const SELECT = `SELECT l.id, a.naam AS organisatie, l.naam, l.straat, l.huisnummer, l.postcode, l.woonplaats, l.pc4, l.zorgprofielen, l.leveringsvormen,
  l.specialisaties, l.partnerplekken, l.levensbeschouwing, l.gecontracteerd, l.contract_tot AS contractTot, w.weken, w.bijgewerkt_op AS bijgewerkt
  FROM locatie l JOIN aanbieder a ON a.id = l.aanbieder_id LEFT JOIN wachttijd w ON w.locatie_id = l.id AND w.zorgprofiel = @profiel`

/**
 * Ranked shortlist and side-by-side comparison of locations for one client. The score favours,
 * in this order: the right zorgprofiel, a zorg-in-natura contract, the client's wishes, a short
 * distance and a short wait. It orders the list; the adviser and client choose.
 */
export function createVergelijkService(deps: { db: Db; clock: Clock; clients: ClientsService; pc4: () => Map<string, Punt> }) {
  const { db } = deps
  const client = db.prepare('SELECT zorgprofiel, leveringsvorm, postcode FROM client WHERE id = ?')
  const byProfiel = db.prepare(`${SELECT} WHERE l.zorgprofielen LIKE @like`)
  const all = db.prepare(SELECT)
  const byIds = (n: number) => db.prepare(`${SELECT} WHERE l.id IN (${Array(n).fill('?').join(', ')})`)
  const wachtstatus = db.prepare('SELECT locatie_id AS id, wachtstatus FROM wachtlijst WHERE client_id = ? AND actief = 1')

  function context(clientId: number) {
    const c = deps.clients.mustGet(clientId)
    const s = client.get(clientId) as { zorgprofiel: string | null; leveringsvorm: string | null; postcode: string }
    const punten = deps.pc4()
    const punt = punten.get(s.postcode.slice(0, 4)) ?? null
    // What the client looks for: the current leveringsvorm when it is one a location offers, else a place (verblijf).
    const gezocht = s.leveringsvorm && ['verblijf', 'vpt', 'mpt', 'dtv'].includes(s.leveringsvorm) ? s.leveringsvorm : 'verblijf'
    const statussen = new Map((wachtstatus.all(clientId) as Array<{ id: number; wachtstatus: string }>).map((w) => [w.id, w.wachtstatus]))
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
      const rows = (
        ctx.s.zorgprofiel ? byProfiel.all({ profiel: ctx.s.zorgprofiel, like: `%|${ctx.s.zorgprofiel}|%` }) : all.all({ profiel: '' })
      ) as Row[]
      const scored = rows
        .map((r) => beoordeel(r, ctx, wensen))
        .filter((l) => wensen.maxKm === null || (l.afstandKm !== null && l.afstandKm <= wensen.maxKm))
        .sort((a, b) => b.score - a.score || (a.afstandKm ?? 999) - (b.afstandKm ?? 999) || a.id - b.id)
      return { client: kop(ctx), locaties: scored.slice(0, limit) }
    },
    vergelijk(clientId: number, ids: number[], wensen: Wensen): Vergelijking {
      const ctx = context(clientId)
      const rows = new Map((byIds(ids.length).all({ profiel: ctx.s.zorgprofiel ?? '' }, ...ids) as Row[]).map((r) => [r.id, r]))
      const missing = ids.filter((id) => !rows.has(id))
      if (missing.length) throw new AppError('NOT_FOUND', 'Een van de gekozen locaties bestaat niet (meer).')
      return { client: kop(ctx), locaties: ids.map((id) => beoordeel(rows.get(id)!, ctx, wensen)) }
    },
  }
}
export type VergelijkService = ReturnType<typeof createVergelijkService>
