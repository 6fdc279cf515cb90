import type { Handlers } from '../ipc/router'
import type { Services } from './services'
import type { MAINTENANCE_ROUTES } from './backups/backups.handlers'

/**
 * Maps every route in the catalog to its service method (the maintenance routes come from
 * backups.handlers.ts, because they work without a database); a missing route is a type error.
 */
export function buildHandlers(s: Services): Omit<Handlers, MaintenanceRoute> {
  return {
    'app.status': () => s.app.status(),
    'profiel.create': (input) => s.profiel.create(input),
    'adviseurs.list': () => s.profiel.list(),
    'adviseurs.create': (input) => s.profiel.createColleague(input),
    'clients.create': (input) => s.clients.create(input),
    'clients.update': (input) => s.clients.update(input),
    'clients.revealBsn': (input) => s.clients.revealBsn(input.id),
    'caseload.query': (input) => s.caseload.query(input),
    'caseload.reassign': (input) => s.caseload.reassign(input),
    'caseload.views.list': () => s.caseload.views(),
    'caseload.views.save': (input) => s.caseload.saveView(input),
    'caseload.views.delete': (input) => s.caseload.deleteView(input.id),
    'dossier.get': (input) => s.dossier.get(input.clientId),
    'vertegenwoordigers.create': (input) => s.dossier.createVertegenwoordiger(input),
    'vertegenwoordigers.update': (input) => s.dossier.updateVertegenwoordiger(input),
    'vertegenwoordigers.deactivate': (input) => s.dossier.deactivateVertegenwoordiger(input),
    'indicaties.create': (input) => s.dossier.createIndicatie(input),
    'indicaties.update': (input) => s.dossier.updateIndicatie(input),
    'leveringsvormen.create': (input) => s.dossier.createLeveringsvorm(input),
    'leveringsvormen.update': (input) => s.dossier.updateLeveringsvorm(input),
    'contactmomenten.create': (input) => s.activiteiten.createContact(input),
    'contactmomenten.update': (input) => s.activiteiten.updateContact(input),
    'contactmomenten.list': (input) => s.activiteiten.contactList(input),
    'aanvragen.create': (input) => s.activiteiten.createAanvraag(input),
    'aanvragen.update': (input) => s.activiteiten.updateAanvraag(input),
    'bezwaren.create': (input) => s.activiteiten.createBezwaar(input),
    'bezwaren.update': (input) => s.activiteiten.updateBezwaar(input),
    'taken.create': (input) => s.activiteiten.createTaak(input),
    'taken.setStatus': (input) => s.activiteiten.setTaakStatus(input),
    'referentie.import': (input) => s.referentie.importTable(input),
    'referentie.status': () => s.referentie.status(),
    'referentie.regios': () => s.referentie.regios(),
    'demo.load': () => s.demo.load(),
    'audit.list': (input) => s.auditLog.list(input),
    'audit.verify': () => s.auditLog.verify(),
    'werkplek.get': () => s.werkplek.get(),
    'werkplek.save': (input) => s.werkplek.save(input),
    'briefpapier.get': () => s.print.briefpapier(),
    'briefpapier.save': (input) => s.print.saveBriefpapier(input),
    'print.proefpagina': (input) => s.print.proefpagina(input.concept),
    'brieven.list': (input) => s.brieven.list(input),
    'brieven.get': (input) => s.brieven.get(input.id),
    'brieven.create': (input) => s.brieven.create(input),
    'brieven.update': (input) => s.brieven.update(input),
    'brieven.delete': (input) => s.brieven.delete(input),
    'brieven.concept': (input) => s.brieven.concept(input.id),
    'brieven.finalise': (input) => s.brieven.finalise(input.id, input.version),
    'brieven.pdf': (input) => s.brieven.pdf(input.id),
    'brieven.verzonden': (input) => s.brieven.verzonden(input),
    'brieven.corrigeer': (input) => s.brieven.corrigeer(input.id),
    'brieven.batch.create': (input) => s.brievenBatch.create(input),
    'brieven.batch.list': () => s.brievenBatch.list(),
    'brieven.batch.run': (input) => s.brievenBatch.run(input.batchId),
    'brieven.batch.pdf': (input) => s.brievenBatch.pdf(input.batchId),
  } satisfies Omit<Handlers, MaintenanceRoute>
}

type MaintenanceRoute = (typeof MAINTENANCE_ROUTES)[number]
