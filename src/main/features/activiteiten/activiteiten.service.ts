import type { Clock } from '../../lib/clock'
import { AppError, fieldError } from '../../lib/errors'
import type { UnitOfWork } from '../../write/unitOfWork'
import { mustExist } from '../../write/unitOfWork'
import type { TakenRepo } from '../taken/taken.repo'
import type { ActiviteitenRepo } from './activiteiten.repo'
import type { Aanvraag, Bezwaar, Contactmoment, Taak } from '../../../shared/contracts/activiteiten'
import type { RouteArgs } from '../../../shared/contracts/catalog'
import { CONTACT_SOORT_LABEL } from '../../../shared/domain/codes'
import { addDays } from '../../../shared/domain/dates'

const strip = <T extends { clientId: number }>({ clientId: _c, ...rest }: T): Omit<T, 'clientId'> => rest

/** Contactmomenten, aanvragen, bezwaren and tasks of a dossier. */
export function createActiviteitenService(deps: {
  clock: Clock
  uow: UnitOfWork
  repo: ActiviteitenRepo
  taken: TakenRepo
  currentUserId: () => number | null
}) {
  const { clock, uow, taken } = deps
  const { aanvragen, bezwaren, contacten } = deps.repo

  const notInFuture = (path: string, date: string | null, what: string) => {
    if (date !== null && date > clock.today()) throw fieldError(path, `${what} ligt in de toekomst.`)
  }

  const contactList = (clientId: number, offset = 0, limit = 50) => deps.repo.contactPage(clientId, offset, limit)

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
      return uow.run({ event: 'contactmoment.create', clientId }, ({ now }) => {
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
        return deps.repo.contact(id)
      })
    },
    updateContact({ id, version, ...f }: RouteArgs<'contactmomenten.update'>): Contactmoment {
      notInFuture('datum', f.datum, 'De datum van het contact')
      const c = mustExist(contacten.get(id), 'Dit contactmoment')
      return uow.run({ event: 'contactmoment.update', clientId: c.clientId }, ({ now }) => {
        contacten.update(id, version, f, now)
        return deps.repo.contact(id)
      })
    },

    createAanvraag({ clientId, ...f }: RouteArgs<'aanvragen.create'>): Aanvraag {
      checkAanvraag(f)
      return uow.run({ event: 'aanvraag.create', clientId }, ({ now }) => strip(aanvragen.get(aanvragen.insert(clientId, f, now))!))
    },
    updateAanvraag({ id, version, ...f }: RouteArgs<'aanvragen.update'>): Aanvraag {
      checkAanvraag(f)
      const a = mustExist(aanvragen.get(id), 'Deze aanvraag')
      return uow.run(
        { event: 'aanvraag.update', clientId: a.clientId },
        ({ now }) => (aanvragen.update(id, version, f, now), strip(aanvragen.get(id)!)),
      )
    },

    createBezwaar({ clientId, ...f }: RouteArgs<'bezwaren.create'>): Bezwaar {
      return uow.run({ event: 'bezwaar.create', clientId }, ({ now }) => {
        checkBezwaar(clientId, f)
        return strip(bezwaren.get(bezwaren.insert(clientId, f, now))!)
      })
    },
    updateBezwaar({ id, version, ...f }: RouteArgs<'bezwaren.update'>): Bezwaar {
      const b = mustExist(bezwaren.get(id), 'Dit bezwaar')
      return uow.run({ event: 'bezwaar.update', clientId: b.clientId }, ({ now }) => {
        checkBezwaar(b.clientId, f)
        bezwaren.update(id, version, f, now)
        return strip(bezwaren.get(id)!)
      })
    },

    createTaak({ clientId, ...f }: RouteArgs<'taken.create'>): Taak {
      return uow.run({ event: 'taak.create', clientId }, ({ now }) => {
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
      return uow.run({ event: status === 'gedaan' ? 'taak.done' : 'taak.reopen', clientId: t.clientId }, ({ now }) => {
        const done = status === 'gedaan'
        if (!taken.setStatus(id, version, status, done ? now : null, done ? deps.currentUserId() : null, now))
          throw new AppError('CONFLICT', 'Deze taak is intussen gewijzigd. Laad het dossier opnieuw.')
        const { sleutel: _s, bron: _b, clientId: _c, ...out } = taken.get(id)!
        return out
      })
    },
  }
}
export type ActiviteitenService = ReturnType<typeof createActiviteitenService>
