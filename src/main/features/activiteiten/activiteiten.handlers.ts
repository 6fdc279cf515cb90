import type { AreaHandlers } from '../../ipc/router'
import type { Services } from '../services'

export const activiteitenHandlers = (s: Services): AreaHandlers<'contactmomenten' | 'aanvragen' | 'bezwaren' | 'taken'> => ({
  'contactmomenten.create': (input) => s.activiteiten.createContact(input),
  'contactmomenten.update': (input) => s.activiteiten.updateContact(input),
  'contactmomenten.list': (input) => s.activiteiten.contactList(input),
  'aanvragen.create': (input) => s.activiteiten.createAanvraag(input),
  'aanvragen.update': (input) => s.activiteiten.updateAanvraag(input),
  'bezwaren.create': (input) => s.activiteiten.createBezwaar(input),
  'bezwaren.update': (input) => s.activiteiten.updateBezwaar(input),
  'taken.create': (input) => s.activiteiten.createTaak(input),
  'taken.setStatus': (input) => s.activiteiten.setTaakStatus(input),
})
