import type { z } from 'zod'
import { contactmomentenRoutes } from './contactmomenten.routes'
import { aanvragenRoutes } from './aanvragen.routes'
import { bezwarenRoutes } from './bezwaren.routes'
import { takenRoutes } from './taken.routes'
import { vertegenwoordigersRoutes } from './vertegenwoordigers.routes'
import { indicatiesRoutes } from './indicaties.routes'
import { leveringsvormenRoutes } from './leveringsvormen.routes'
import { adviseursRoutes } from './adviseurs.routes'
import { wachtlijstRoutes } from './wachtlijst.routes'
import { briefpapierRoutes } from './briefpapier.routes'
import { afdrukkenRoutes } from './afdrukken.routes'
import { appEvents, appRoutes } from './app.routes'
import { aanbiedersEvents, aanbiedersRoutes } from './aanbieders.routes'
import { auditRoutes } from './audit.routes'
import { bedragenRoutes } from './bedragen.routes'
import { backupsRoutes } from './backups.routes'
import { brievenEvents, brievenRoutes } from './brieven.routes'
import { caseloadRoutes } from './caseload.routes'
import { clientsRoutes } from './clients.routes'
import { dossierRoutes } from './dossier.routes'
import { demoRoutes } from './demo.routes'
import type { Envelope } from './envelope'
import { plannenRoutes } from './plannen.routes'
import { profielRoutes } from './profiel.routes'
import { referentieRoutes } from './referentie.routes'
import { werkplekEvents, werkplekRoutes } from './werkplek.routes'
import { sleutelRoutes } from './sleutel.routes'
import { teamserverEvents, teamserverRoutes } from './teamserver.routes'
import { huisbezoekRoutes } from './huisbezoek.routes'
import { termijnenRoutes } from './termijnen.routes'
import { teambeheerRoutes } from './teambeheer.routes'

/** Every route the renderer may call, merged from one catalog per area. */
export const routes = {
  ...appRoutes,
  ...profielRoutes,
  ...adviseursRoutes,
  ...clientsRoutes,
  ...caseloadRoutes,
  ...dossierRoutes,
  ...vertegenwoordigersRoutes,
  ...indicatiesRoutes,
  ...leveringsvormenRoutes,
  ...contactmomentenRoutes,
  ...aanvragenRoutes,
  ...bezwarenRoutes,
  ...takenRoutes,
  ...referentieRoutes,
  ...demoRoutes,
  ...briefpapierRoutes,
  ...afdrukkenRoutes,
  ...backupsRoutes,
  ...werkplekRoutes,
  ...sleutelRoutes,
  ...auditRoutes,
  ...plannenRoutes,
  ...aanbiedersRoutes,
  ...wachtlijstRoutes,
  ...bedragenRoutes,
  ...brievenRoutes,
  ...teamserverRoutes,
  ...huisbezoekRoutes,
  ...termijnenRoutes,
  ...teambeheerRoutes,
}
export type Routes = typeof routes
export type RouteName = keyof Routes
/** What the renderer sends (before defaults and transforms). */
export type RouteInput<N extends RouteName> = z.input<Routes[N]['input']>
/** What a handler receives (after parsing). */
export type RouteArgs<N extends RouteName> = z.output<Routes[N]['input']>
export type RouteOutput<N extends RouteName> = z.output<Routes[N]['output']>

export const events = { ...appEvents, ...aanbiedersEvents, ...brievenEvents, ...teamserverEvents, ...werkplekEvents }
export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = z.output<Events[E]>

export function isRouteName(value: unknown): value is RouteName {
  return typeof value === 'string' && Object.hasOwn(routes, value)
}
export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value)
}

/** The whole surface the renderer sees: `window.api`. */
export interface AppBridge {
  invoke<N extends RouteName>(route: N, input: RouteInput<N>): Promise<Envelope<RouteOutput<N>>>
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}
