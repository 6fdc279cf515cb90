import type { z } from 'zod'
import * as dossier from './dossier'
import * as shared from './shared'
import { adviseur, audit } from './auditAccount'

export type Scope = 'dossier' | 'shared' | 'audit' | 'account'

export interface EntityDef {
  /** dossier: belongs to one client (`clientGid`); shared: team-wide settings; audit: NEN 7513 log; account: colleagues. */
  readonly scope: Scope
  /** Never updated or deleted once stored; an upsert with other content for an existing gid is refused. */
  readonly appendOnly: boolean
  /** Full-row schema; a change to an existing row is checked against its partial. */
  readonly fields: z.ZodObject
  /** A row whose field has this value refuses every later change (vastgestelde plan version, definitive letter). */
  readonly frozenWhen?: { readonly field: string; readonly value: string }
  /** Only one row may exist (the letterhead). */
  readonly singleton?: boolean
}

const d = (fields: z.ZodObject, extra: Partial<EntityDef> = {}): EntityDef => ({ scope: 'dossier', appendOnly: false, fields, ...extra })
const s = (fields: z.ZodObject, extra: Partial<EntityDef> = {}): EntityDef => ({ scope: 'shared', appendOnly: false, fields, ...extra })

/**
 * Every synced table, keyed by its entity name (the workstation's table name). The server, the
 * workstation's outbox and the documentation (docs/sync-protocol.md) all read this one list.
 */
export const ENTITIES = {
  client: d(dossier.client),
  vertegenwoordiger: d(dossier.vertegenwoordiger),
  indicatie: d(dossier.indicatie),
  leveringsvorm: d(dossier.leveringsvorm),
  contactmoment: d(dossier.contactmoment),
  aanvraag: d(dossier.aanvraag),
  bezwaar: d(dossier.bezwaar),
  taak: d(dossier.taak),
  toewijzing: d(dossier.toewijzing, { appendOnly: true }),
  plan: d(dossier.plan),
  plan_versie: d(dossier.planVersie, { frozenWhen: { field: 'status', value: 'vastgesteld' } }),
  brief: d(dossier.brief, { frozenWhen: { field: 'status', value: 'definitief' } }),
  brief_archief: d(dossier.briefArchief, { appendOnly: true }),
  brief_verzending: d(dossier.briefVerzending, { appendOnly: true }),
  wachtlijst: d(dossier.wachtlijst),
  wachtlijst_gebeurtenis: d(dossier.wachtlijstGebeurtenis, { appendOnly: true }),
  huisbezoek: d(dossier.huisbezoek),
  controle_overschrijving: d(dossier.controleOverschrijving, { appendOnly: true }),
  ref_regio: s(shared.refRegio),
  ref_gemeente: s(shared.refGemeente),
  ref_postcode: s(shared.refPostcode),
  referentiebedrag: s(shared.referentiebedrag),
  briefpapier: s(shared.briefpapier, { singleton: true }),
  aanbieder: s(shared.aanbieder),
  locatie: s(shared.locatie),
  wachttijd: s(shared.wachttijd),
  locatie_historie: s(shared.locatieHistorie, { appendOnly: true }),
  gelijkgestelde_dag: s(shared.gelijkgesteldeDag),
  audit: { scope: 'audit', appendOnly: true, fields: audit },
  adviseur: { scope: 'account', appendOnly: false, fields: adviseur },
} as const satisfies Record<string, EntityDef>

export type EntityName = keyof typeof ENTITIES
export const ENTITY_NAMES = Object.keys(ENTITIES) as [EntityName, ...EntityName[]]
export const entityDef = (name: string): EntityDef | undefined =>
  Object.hasOwn(ENTITIES, name) ? (ENTITIES as Record<string, EntityDef>)[name] : undefined
