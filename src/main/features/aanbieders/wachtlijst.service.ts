import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { Audit } from '../audit/audit'
import type { ClientsService } from '../clients/clients.service'
import type { TaskSync } from '../taken/taken.sync'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import type { WachtlijstRij } from '../../../shared/contracts/aanbieders.routes'
import { displayName } from '../../../shared/domain/names'
import { daysBetweenInclusive } from '../../../shared/domain/plannen/bedragen'

const SELECT = `SELECT w.id, w.version, w.client_id AS clientId, w.locatie_id AS locatieId, l.naam AS locatie, a.naam AS organisatie, w.wachtstatus,
  w.classificaties, w.voorkeur, w.sinds, w.overbrugging, w.overbrugging_aanbieder AS overbruggingAanbieder, w.weigeringen, w.actief
  FROM wachtlijst w JOIN locatie l ON l.id = w.locatie_id JOIN aanbieder a ON a.id = l.aanbieder_id`

type Row = Omit<WachtlijstRij, 'clientNaam' | 'wachtWeken' | 'classificaties' | 'voorkeur' | 'overbrugging' | 'actief'> & {
  classificaties: string
  voorkeur: number
  overbrugging: number
  actief: number
}

/**
 * Wachtlijstbemiddeling (Wlz art. 4.2.1 lid 1 sub b): a client registered at a location with a
 * wachtstatus, classificaties, voorkeur and overbruggingszorg (Wlz art. 3.3.6), and the history of
 * status changes, offers and refusals. Every change refreshes the caseload signal.
 */
export function createWachtlijstService(deps: { db: Db; clock: Clock; audit: Audit; clients: ClientsService; sync: TaskSync }) {
  const { db, clock } = deps
  const byId = db.prepare(`${SELECT} WHERE w.id = ?`)
  const list = db.prepare(
    `${SELECT} WHERE (@clientId IS NULL OR w.client_id = @clientId) AND (@locatieId IS NULL OR w.locatie_id = @locatieId)
     AND (@status IS NULL OR w.wachtstatus = @status) AND w.actief = @actief ORDER BY w.wachtstatus = 'urgent_plaatsen' DESC, w.sinds, w.id LIMIT 1000`,
  )
  const locatieExists = db.prepare('SELECT 1 FROM locatie WHERE id = ?')
  const activeAt = db.prepare('SELECT id FROM wachtlijst WHERE client_id = ? AND locatie_id = ? AND actief = 1').pluck()
  const insert = db.prepare(
    `INSERT INTO wachtlijst (client_id, locatie_id, wachtstatus, classificaties, voorkeur, sinds, overbrugging, overbrugging_aanbieder, created_at, updated_at)
     VALUES (@clientId, @locatieId, @wachtstatus, @classificaties, @voorkeur, @sinds, @overbrugging, @overbruggingAanbieder, @now, @now)`,
  )
  const event = db.prepare(
    'INSERT INTO wachtlijst_gebeurtenis (wachtlijst_id, datum, soort, wachtstatus, toelichting, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const events = db.prepare(
    'SELECT datum, soort, wachtstatus, toelichting FROM wachtlijst_gebeurtenis WHERE wachtlijst_id = ? ORDER BY datum, id',
  )
  const update = db.prepare(
    `UPDATE wachtlijst SET wachtstatus = @wachtstatus, weigeringen = @weigeringen, actief = @actief, beeindigd_op = @beeindigdOp,
       version = version + 1, updated_at = @now WHERE id = @id AND version = @version`,
  )
  const names = new Map<number, string>()

  function toRij(r: Row): WachtlijstRij {
    if (!names.has(r.clientId)) names.set(r.clientId, displayName(deps.clients.mustGet(r.clientId)))
    return {
      ...r,
      clientNaam: names.get(r.clientId)!,
      classificaties: r.classificaties ? r.classificaties.split(',') : [],
      voorkeur: r.voorkeur === 1,
      overbrugging: r.overbrugging === 1,
      actief: r.actief === 1,
      wachtWeken: Math.floor((daysBetweenInclusive(r.sinds, clock.today()) - 1) / 7),
    }
  }
  const mustGet = (id: number) => {
    const r = byId.get(id) as Row | undefined
    if (!r) throw new AppError('NOT_FOUND', 'Deze wachtlijstplaatsing bestaat niet (meer).')
    return r
  }

  return {
    list(input: RouteArgs<'wachtlijst.list'>): WachtlijstRij[] {
      names.clear()
      return (
        list.all({
          clientId: input.clientId ?? null,
          locatieId: input.locatieId ?? null,
          status: input.wachtstatus ?? null,
          actief: input.actief ? 1 : 0,
        }) as Row[]
      ).map(toRij)
    },
    historie: (id: number) =>
      events.all(mustGet(id).id) as Array<{ datum: string; soort: string; wachtstatus: string | null; toelichting: string }>,

    aanmelden(input: RouteArgs<'wachtlijst.aanmelden'>): WachtlijstRij {
      if (input.sinds > clock.today()) throw fieldError('sinds', 'De aanmelddatum ligt in de toekomst.')
      if (input.overbrugging && !input.overbruggingAanbieder)
        throw fieldError('overbruggingAanbieder', 'Vul in wie de overbruggingszorg levert.')
      return db.transaction(() => {
        deps.clients.mustGet(input.clientId)
        if (!locatieExists.get(input.locatieId)) throw new AppError('NOT_FOUND', 'Deze locatie bestaat niet (meer).')
        if (activeAt.get(input.clientId, input.locatieId))
          throw new AppError('DUPLICATE', 'Deze cliënt staat al op de wachtlijst van deze locatie.')
        const now = clock.now().toISOString()
        const id = Number(
          insert.run({
            ...input,
            classificaties: input.classificaties.join(','),
            voorkeur: input.voorkeur ? 1 : 0,
            overbrugging: input.overbrugging ? 1 : 0,
            now,
          }).lastInsertRowid,
        )
        event.run(id, input.sinds, 'aanmelding', input.wachtstatus, '', now)
        deps.sync.sync(input.clientId)
        deps.audit.record({
          event: 'wachtlijst.aanmelden',
          action: 'C',
          clientId: input.clientId,
          details: { wachtlijstId: id, locatieId: input.locatieId },
        })
        return toRij(mustGet(id))
      })()
    },

    gebeurtenis(input: RouteArgs<'wachtlijst.gebeurtenis'>): WachtlijstRij {
      if (input.datum > clock.today()) throw fieldError('datum', 'De datum ligt in de toekomst.')
      return db.transaction(() => {
        const w = mustGet(input.id)
        if (w.actief !== 1) throw new AppError('CONFLICT', 'Deze wachtlijstplaatsing is al beëindigd.')
        if (input.soort === 'status' && !input.wachtstatus) throw fieldError('wachtstatus', 'Kies de nieuwe wachtstatus.')
        const now = clock.now().toISOString()
        const next = {
          id: w.id,
          version: input.version,
          wachtstatus: input.soort === 'status' ? input.wachtstatus! : w.wachtstatus,
          weigeringen: w.weigeringen + (input.soort === 'weigering' ? 1 : 0),
          actief: input.soort === 'einde' ? 0 : 1,
          beeindigdOp: input.soort === 'einde' ? input.datum : null,
          now,
        }
        if (update.run(next).changes !== 1)
          throw new AppError('CONFLICT', 'Deze plaatsing is intussen gewijzigd; laad de wachtlijst opnieuw.')
        event.run(w.id, input.datum, input.soort, input.soort === 'status' ? input.wachtstatus! : null, input.toelichting, now)
        deps.sync.sync(w.clientId)
        deps.audit.record({ event: `wachtlijst.${input.soort}`, action: 'U', clientId: w.clientId, details: { wachtlijstId: w.id } })
        return toRij(mustGet(w.id))
      })()
    },
  }
}
