import type { Handlers } from '../ipc/router'
import type { Services } from './services'

/** Maps every route in the catalog to its service method; `satisfies` makes a missing route a type error. */
export function buildHandlers(s: Services): Handlers {
  return {
    'app.status': () => s.app.status(),
    'profiel.create': (input) => s.profiel.create(input),
    'adviseurs.list': () => s.profiel.list(),
    'clients.create': (input) => s.clients.create(input),
    'clients.list': (input) => s.clients.list(input),
    'referentie.import': (input) => s.referentie.importTable(input),
    'referentie.status': () => s.referentie.status(),
    'referentie.regios': () => s.referentie.regios(),
    'demo.load': () => s.demo.load(),
  } satisfies Handlers
}
