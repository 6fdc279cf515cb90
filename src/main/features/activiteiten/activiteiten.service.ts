import type { Db } from '../../db/types'
import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import { childRepo } from '../dossier/childRepo'
import { mustExist, withoutClientId as strip, type DossierWriter } from '../dossier/dossierWrite'
import { takenRepo } from '../taken/taken.repo'
import type { Aanvraag, Bezwaar, Contactmoment, Taak } from '../../../shared/contracts/activiteiten.routes'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import { CONTACT_SOORT_LABEL } from '../../../shared/domain/codes'
import { addDays } from '../../../shared/domain/dates'

/** Contactmomenten, aanvragen, bezwaren and tasks of a dossier. */
export function createActiviteitenService(deps: { db: Db; clock: Clock; write: DossierWriter; currentUserId: () => number | null }) {
  const { db, clock, write } = deps
  const aanvragen = childRepo<Aanvraag>(db, 'aanvraag', {
    order: 'ontvangen_op DESC, id DESC',
    notFound: 'Deze aanvraag bestaat niet (meer).',
  })
  const bezwaren = childRepo<Bezwaar>(db, 'bezwaar', {
    booleans: ['adviescommissie'],
    order: 'ontvangen_op DESC, id DESC',
    notFound: 'Dit bezwaar bestaat niet (meer).',
  })
  const contacten = childRepo<Contactmoment>(db, 'contactmoment', {
    order: 'datum DESC, id DESC',
    notFound: 'Dit contactmoment bestaat niet (meer).',
  })
  const taken = takenRepo(db)
  const contactPage = db.prepare(
    `SELECT c.id, c.version, c.soort, c.datum, c.deelnemers, c.verslag, c.vervolgactie, a.naam AS adviseurNaam
     FROM contactmoment c LEFT JOIN adviseur a ON a.id = c.adviseur_id
     WHERE c.client_id = ? ORDER BY c.datum DESC, c.id DESC LIMIT ? OFFSET ?`,
  )
  const contactCount = db.prepare('SELECT count(*) FROM contactmoment WHERE client_id = ?').pluck()
  const contactById = db.prepare(
    `SELECT c.id, c.version, c.soort, c.datum, c.deelnemers, c.verslag, c.vervolgactie, a.naam AS adviseurNaam
     FROM contactmoment c LEFT JOIN adviseur a ON a.id = c.adviseur_id WHERE c.id = ?`,
  )

  const notInFuture = (path: string, date: string | null, what: string) => {
    if (date !== null && date > clock.today()) throw fieldError(path, `${what} ligt in de toekomst.`)
  }

  function contactList(clientId: number, offset = 0, limit = 50) {
    return { rows: contactPage.all(clientId, limit, offset) as Contactmoment[], total: contactCount.get(clientId) as number }
  }

  function checkAanvraag(a: Omit<Aanvraag, 'id' | 'version'>): void {
    notInFuture('ontvangenOp', a.ontvangenOp, 'De ontvangstdatum')
    notInFuture('besluitDatum', a.besluitDatum, 'De besluitdatum')
    notInFuture('bekendgemaaktOp', a.bekendgemaaktOp, 'De verzenddatum')
    if (a.besluitDatum !== null && a.besluitDatum < a.ontvangenOp)
      throw fieldError('besluitDatum', 'Het besluit ligt vóór de ontvangst van de aanvraag.')
    if (a.bekendgemaaktOp !== null && a.besluitDatum === null) throw fieldError('bekendgemaaktOp', 'Vul eerst de besluitdatum in.')
    if (a.bekendgemaaktOp !== null && a.besluitDatum !== null && a.bekendgemaaktOp < a.besluitDatum)
      throw fieldError('bekendgemaaktOp', 'De verzenddatum ligt vóór de besluitdatum.')
    if (a.verdaagdTot !== null && a.verdaagdTot <= a.ontvangenOp)
      throw fieldError('verdaagdTot', 'De nieuwe beslisdatum moet na de ontvangst liggen.')
  }

  function checkBezwaar(clientId: number, b: Omit<Bezwaar, 'id' | 'version'>): void {
    notInFuture('ontvangenOp', b.ontvangenOp, 'De ontvangstdatum')
    notInFuture('besluitBekendgemaaktOp', b.besluitBekendgemaaktOp, 'De bekendmaking van het besluit')
    if (b.beslistOp !== null && b.beslistOp < b.ontvangenOp)
      throw fieldError('beslistOp', 'De beslissing op bezwaar ligt vóór de ontvangst.')
    if (b.aanvraagId !== null && aanvragen.get(b.aanvraagId)?.clientId !== clientId)
      throw fieldError('aanvraagId', 'Deze aanvraag hoort niet bij deze cliënt.')
  }

  return {
    forDossier: (clientId: number) => ({
      contactmomenten: contactList(clientId),
      aanvragen: aanvragen.list(clientId).map(strip),
      bezwaren: bezwaren.list(clientId).map(strip),
      // Closed tasks stay visible for 30 days, so the adviser sees what was just done.
      taken: taken.forClient(clientId, addDays(clock.today(), -30)).map(({ sleutel: _s, bron: _b, ...t }) => t),
    }),
    contactList: (input: RouteArgs<'contactmomenten.list'>) => contactList(input.clientId, input.offset, input.limit),

    createContact({ clientId, vervolgDeadline, ...f }: RouteArgs<'contactmomenten.create'>): Contactmoment {
      notInFuture('datum', f.datum, 'De datum van het contact')
      if (vervolgDeadline !== null && vervolgDeadline < f.datum)
        throw fieldError('vervolgDeadline', 'De vervolgactie ligt vóór het contact.')
      return write(clientId, 'contactmoment.create', 'C', (now) => {
        const id = contacten.insert(clientId, { ...f, adviseurId: deps.currentUserId() }, now)
        if (vervolgDeadline !== null) {
          const titel = f.vervolgactie || `Vervolg op ${CONTACT_SOORT_LABEL[f.soort].toLowerCase()}`
          taken.insert(
            clientId,
            {
              sleutel: `handmatig:contact:${id}`,
              regel: 'handmatig',
              soort: 'actie',
              titel: titel.slice(0, 200),
              toelichting: '',
              artikel: '',
              deadline: vervolgDeadline,
              vanaf: null,
              bron: `contactmoment:${id}`,
            },
            now,
          )
        }
        return contactById.get(id) as Contactmoment
      })
    },
    updateContact({ id, version, ...f }: RouteArgs<'contactmomenten.update'>): Contactmoment {
      notInFuture('datum', f.datum, 'De datum van het contact')
      const c = mustExist(contacten.get(id), 'Dit contactmoment')
      return write(c.clientId, 'contactmoment.update', 'U', (now) => {
        contacten.update(id, version, f, now)
        return contactById.get(id) as Contactmoment
      })
    },

    createAanvraag({ clientId, ...f }: RouteArgs<'aanvragen.create'>): Aanvraag {
      checkAanvraag(f)
      return write(clientId, 'aanvraag.create', 'C', (now) => strip(aanvragen.get(aanvragen.insert(clientId, f, now))!))
    },
    updateAanvraag({ id, version, ...f }: RouteArgs<'aanvragen.update'>): Aanvraag {
      checkAanvraag(f)
      const a = mustExist(aanvragen.get(id), 'Deze aanvraag')
      return write(a.clientId, 'aanvraag.update', 'U', (now) => (aanvragen.update(id, version, f, now), strip(aanvragen.get(id)!)))
    },

    createBezwaar({ clientId, ...f }: RouteArgs<'bezwaren.create'>): Bezwaar {
      return write(clientId, 'bezwaar.create', 'C', (now) => {
        checkBezwaar(clientId, f)
        return strip(bezwaren.get(bezwaren.insert(clientId, f, now))!)
      })
    },
    updateBezwaar({ id, version, ...f }: RouteArgs<'bezwaren.update'>): Bezwaar {
      const b = mustExist(bezwaren.get(id), 'Dit bezwaar')
      return write(b.clientId, 'bezwaar.update', 'U', (now) => {
        checkBezwaar(b.clientId, f)
        bezwaren.update(id, version, f, now)
        return strip(bezwaren.get(id)!)
      })
    },

    createTaak({ clientId, ...f }: RouteArgs<'taken.create'>): Taak {
      return write(clientId, 'taak.create', 'C', (now) => {
        const id = taken.insert(
          clientId,
          {
            ...f,
            sleutel: `handmatig:${now}:${Math.random().toString(36).slice(2, 8)}`,
            regel: 'handmatig',
            soort: 'actie',
            artikel: '',
            vanaf: null,
            bron: '',
          },
          now,
        )
        const { sleutel: _s, bron: _b, clientId: _c, ...t } = taken.get(id)!
        return t
      })
    },
    setTaakStatus({ id, version, status }: RouteArgs<'taken.setStatus'>): Taak {
      const t = mustExist(taken.get(id), 'Deze taak')
      if (t.status === 'vervallen') throw new AppError('CONFLICT', 'Deze taak is vervallen omdat de regel niet meer geldt.')
      return write(t.clientId, status === 'gedaan' ? 'taak.done' : 'taak.reopen', 'U', (now) => {
        const changes = db
          .prepare(
            `UPDATE taak SET status = ?, afgerond_op = ?, afgerond_door = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
          )
          .run(status, status === 'gedaan' ? now : null, status === 'gedaan' ? deps.currentUserId() : null, now, id, version).changes
        if (!changes) throw new AppError('CONFLICT', 'Deze taak is intussen gewijzigd. Laad het dossier opnieuw.')
        const { sleutel: _s, bron: _b, clientId: _c, ...out } = taken.get(id)!
        return out
      })
    },
  }
}
export type ActiviteitenService = ReturnType<typeof createActiviteitenService>
