import type { Handlers, ServiceRoute } from '../ipc/router'
import type { Services } from './services'
import { appHandlers } from './app.handlers'
import { profielHandlers } from './profiel/profiel.handlers'
import { clientsHandlers } from './clients/clients.handlers'
import { caseloadHandlers } from './caseload/caseload.handlers'
import { dossierHandlers } from './dossier/dossier.handlers'
import { activiteitenHandlers } from './activiteiten/activiteiten.handlers'
import { referentieHandlers } from './referentie/referentie.handlers'
import { demoHandlers } from './demo/demo.handlers'
import { auditHandlers } from './audit/audit.handlers'
import { werkplekHandlers } from './werkplek/werkplek.handlers'
import { printHandlers } from './print/print.handlers'
import { afdrukkenHandlers } from './print/afdrukken.handlers'
import { plannenHandlers } from './plannen/plannen.handlers'
import { bedragenHandlers } from './bedragen/bedragen.handlers'
import { aanbiedersHandlers } from './aanbieders/aanbieders.handlers'
import { brievenHandlers } from './brieven/brieven.handlers'
import { teamserverHandlers } from '../sync/teamserver.handlers'
import { huisbezoekHandlers } from './huisbezoek/huisbezoek.handlers'
import { termijnenHandlers } from './termijnen/termijnen.handlers'
import { teambeheerHandlers } from './teambeheer/teambeheer.handlers'

/** Each area maps its own routes (its *.handlers.ts); a route missing from every area is a type error here. */
export function buildHandlers(s: Services): Pick<Handlers, ServiceRoute> {
  return {
    ...appHandlers(s),
    ...profielHandlers(s),
    ...clientsHandlers(s),
    ...caseloadHandlers(s),
    ...dossierHandlers(s),
    ...activiteitenHandlers(s),
    ...referentieHandlers(s),
    ...demoHandlers(s),
    ...auditHandlers(s),
    ...werkplekHandlers(s),
    ...printHandlers(s),
    ...afdrukkenHandlers(s),
    ...plannenHandlers(s),
    ...bedragenHandlers(s),
    ...aanbiedersHandlers(s),
    ...brievenHandlers(s),
    ...teamserverHandlers(s),
    ...huisbezoekHandlers(s),
    ...termijnenHandlers(s),
    ...teambeheerHandlers(s),
  } satisfies Pick<Handlers, ServiceRoute>
}
