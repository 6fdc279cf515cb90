/**
 * Every audit event the app writes (NEN 7513: what happened), with its kind of access and its Dutch
 * label for the log views. The event type is derived from this table, so an event cannot ship
 * without its label and its action: `audit.record({ event })` takes no free string.
 */
export type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E'

const ev = <A extends AuditAction>(action: A, label: string) => ({ action, label })

export const AUDIT_EVENTS = {
  'client.create': ev('C', 'Cliënt aangemaakt'),
  'client.update': ev('U', 'Persoonsgegevens gewijzigd'),
  'client.read': ev('R', 'Dossier ingezien'),
  'client.search': ev('R', 'Gezocht in cliënten'),
  'client.reassign': ev('U', 'Dossier overgedragen'),
  'bsn.reveal': ev('R', 'BSN getoond'),
  'audit.read': ev('R', 'Logboek ingezien'),
  'vertegenwoordiger.create': ev('C', 'Vertegenwoordiger toegevoegd'),
  'vertegenwoordiger.update': ev('U', 'Vertegenwoordiger gewijzigd'),
  'vertegenwoordiger.deactivate': ev('U', 'Vertegenwoordiging beëindigd'),
  'indicatie.create': ev('C', 'Indicatie vastgelegd'),
  'indicatie.update': ev('U', 'Indicatie gewijzigd'),
  'leveringsvorm.create': ev('C', 'Leveringsvorm vastgelegd'),
  'leveringsvorm.update': ev('U', 'Leveringsvorm gewijzigd'),
  'contactmoment.create': ev('C', 'Contactmoment vastgelegd'),
  'contactmoment.update': ev('U', 'Contactmoment gewijzigd'),
  'aanvraag.create': ev('C', 'Aanvraag vastgelegd'),
  'aanvraag.update': ev('U', 'Aanvraag gewijzigd'),
  'bezwaar.create': ev('C', 'Bezwaar vastgelegd'),
  'bezwaar.update': ev('U', 'Bezwaar gewijzigd'),
  'taak.create': ev('C', 'Taak toegevoegd'),
  'taak.done': ev('U', 'Taak afgerond'),
  'taak.reopen': ev('U', 'Taak heropend'),
  'profiel.create': ev('C', 'Profiel aangemaakt'),
  'profiel.update': ev('U', 'Profiel gewijzigd'),
  'adviseur.create': ev('C', 'Adviseur toegevoegd'),
  'caseload.view.save': ev('U', 'Weergave van de caseload bewaard'),
  'caseload.view.delete': ev('D', 'Weergave van de caseload verwijderd'),
  'referentie.import': ev('C', 'Referentiegegevens geïmporteerd'),
  'briefpapier.update': ev('U', 'Briefpapier gewijzigd'),
  'werkplek.update': ev('U', 'Vergrendeltijd gewijzigd'),
  'backup.tweedeLocatie': ev('U', 'Tweede back-uplocatie ingesteld'),
  'sleutel.herstelcode': ev('U', 'Nieuwe herstelcode gemaakt'),
  'sleutel.hersteld': ev('U', 'Sleutel hersteld met de herstelcode'),
  'werkplek.pincode': ev('U', 'Pincode van het schermslot ingesteld'),
  'werkplek.ontgrendelen.mislukt': ev('R', 'Ontgrendelen met een onjuiste pincode'),
  'backup.create': ev('E', 'Back-up gemaakt'),
  'backup.restore.scheduled': ev('E', 'Herstel van back-up klaargezet'),
  'backup.restore': ev('E', 'Back-up teruggezet'),
  'plan.create': ev('C', 'Plan aangemaakt'),
  'plan.read': ev('R', 'Plan ingezien'),
  'plan.save': ev('U', 'Plan opgeslagen'),
  'plan.concept': ev('U', 'Plan terug naar concept'),
  'plan.besproken': ev('U', 'Plan besproken'),
  'plan.vastgesteld': ev('U', 'Plan vastgesteld'),
  'plan.version': ev('C', 'Nieuwe planversie'),
  'plan.print': ev('E', 'Plan afgedrukt'),
  'plan.overschrijving': ev('C', 'Controle van een budgetplan overschreven met een reden'),
  'plan.overschrijving.delete': ev('D', 'Overschrijving van een controle ingetrokken'),
  'plan.overschrijvingen.read': ev('R', 'Lijst van overschreven controles ingezien'),
  'referentiebedrag.create': ev('C', 'Bedrag of tarief toegevoegd'),
  'referentiebedrag.update': ev('U', 'Bedrag of tarief gewijzigd'),
  'referentiebedrag.delete': ev('D', 'Bedrag of tarief verwijderd'),
  'referentiebedrag.import': ev('C', 'Tarieventabel geïmporteerd'),
  'gelijkgestelde_dag.create': ev('C', 'Gelijkgestelde dag toegevoegd'),
  'gelijkgestelde_dag.update': ev('U', 'Gelijkgestelde dag gewijzigd'),
  'gelijkgestelde_dag.delete': ev('D', 'Gelijkgestelde dag verwijderd'),
  'gelijkgestelde_dag.import': ev('C', 'Besluit gelijkstelling geïmporteerd'),
  'aanbieders.import': ev('C', 'Zorgaanbieders geïmporteerd'),
  'aanbieders.export': ev('E', 'Zorgaanbieders geëxporteerd'),
  'aanbieders.locatie.update': ev('U', 'Locatie bijgewerkt'),
  'aanbieders.keuzehulp': ev('E', 'Keuzehulp afgedrukt'),
  'aanbieders.gewichten': ev('U', 'Weging van de vergelijking aangepast'),
  'wachtlijst.aanmelden': ev('C', 'Aangemeld op een wachtlijst'),
  'wachtlijst.status': ev('U', 'Wachtstatus gewijzigd'),
  'wachtlijst.aanbod': ev('U', 'Plaats aangeboden'),
  'wachtlijst.weigering': ev('U', 'Aanbod geweigerd'),
  'wachtlijst.einde': ev('U', 'Wachtlijstplaatsing beëindigd'),
  'brief.create': ev('C', 'Brief aangemaakt'),
  'brief.read': ev('R', 'Brief ingezien'),
  'brief.update': ev('U', 'Concept-brief gewijzigd'),
  'brief.delete': ev('D', 'Concept-brief verwijderd'),
  'brief.concept': ev('E', 'Concept-PDF van een brief gemaakt'),
  'brief.finalise': ev('U', 'Brief definitief gemaakt en gearchiveerd'),
  'brief.bedrag_afwijking': ev('U', 'Ander bedrag toegekend dan het vastgestelde budgetplan'),
  'brief.reprint': ev('E', 'Definitieve brief opnieuw afgedrukt'),
  'brief.verzonden': ev('U', 'Verzenddatum van een brief vastgelegd'),
  'brief.correctie': ev('C', 'Correctie op een brief aangemaakt'),
  'brief.batch.create': ev('C', 'Reeks brieven aangemaakt'),
  'brief.batch.run': ev('E', 'Reeks brieven definitief gemaakt'),
  'brief.batch.print': ev('E', 'Reeks brieven afgedrukt'),
  'teamserver.conflict.opgelost': ev('U', 'Conflict tussen twee werkplekken opgelost'),
  'huisbezoek.meenemen': ev('U', 'Dossier mee op huisbezoek genomen'),
  'huisbezoek.terugzetten': ev('U', 'Dossier terug van huisbezoek'),
} as const satisfies Record<string, { action: AuditAction; label: string }>

export type AuditEvent = keyof typeof AUDIT_EVENTS

/** Ids, counts and codes only: never a BSN or free text from the dossier. */
export type AuditDetails = Record<string, string | number | boolean | null>

/** Labels by event code, for the log views (records written by older versions keep their code). */
export const AUDIT_EVENT_LABEL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(AUDIT_EVENTS).map(([event, { label }]) => [event, label]),
)

export const AUDIT_ACTION_LABEL = { C: 'Aanmaken', R: 'Inzien', U: 'Wijzigen', D: 'Verwijderen', E: 'Uitvoeren' } as const
