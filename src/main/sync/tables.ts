import type { EntityName } from '../../shared/contracts/sync/entities'

/**
 * How a workstation table maps onto its sync entity (src/shared/contracts/sync): columns become
 * camelCase fields, integer foreign keys become the referenced row's gid, 0/1 become booleans.
 * Local-only columns (ids, versions, timestamps the workstation keeps for itself, the caseload
 * summary that the task rules derive) are left out.
 */
export interface TableMap {
  table: string
  entity: EntityName
  /** Foreign keys: column → [field, referenced table]. */
  refs?: Readonly<Record<string, readonly [string, string]>>
  bools?: readonly string[]
  /** Columns that never cross the wire (besides id, gid, version, created_at, updated_at). */
  skip?: readonly string[]
  /** Column names that differ from camelCase (e.g. team_id → teamId is plain camelCase; none today). */
  rename?: Readonly<Record<string, string>>
  /** How to reach the owning client's id from a row (dossier scope). */
  client?: 'self' | { column: string } | { via: string; table: string }
  /** Columns holding bytes, sent as base64. */
  blobs?: readonly string[]
  /** Key columns of a table without rowid. */
  key?: readonly string[]
}

const ALWAYS_LOCAL = new Set(['id', 'gid', 'version', 'created_at', 'updated_at'])
export const isLocalOnly = (map: TableMap, column: string) => ALWAYS_LOCAL.has(column) || (map.skip ?? []).includes(column)

const own = { column: 'client_id' } as const
const adviseur = (field: string) => [field, 'adviseur'] as const

export const TABLE_MAPS: readonly TableMap[] = [
  {
    table: 'client',
    entity: 'client',
    client: 'self',
    refs: { adviseur_id: adviseur('adviseurGid') },
    bools: ['geheim'],
    // The search keys and the caseload summary follow from the rest on every workstation.
    skip: [
      'zoeknaam',
      'sort_naam',
      'regio_code',
      'zorgprofiel',
      'indicatie_einde',
      'leveringsvorm',
      'eerste_deadline',
      'open_taken',
      'urgent_wachtend',
      'buiten_regio',
    ],
  },
  {
    table: 'vertegenwoordiger',
    entity: 'vertegenwoordiger',
    client: own,
    refs: { client_id: ['clientGid', 'client'] },
    bools: ['brieven_naar', 'actief'],
  },
  { table: 'indicatie', entity: 'indicatie', client: own, refs: { client_id: ['clientGid', 'client'] }, bools: ['meerzorg'] },
  {
    table: 'leveringsvorm',
    entity: 'leveringsvorm',
    client: own,
    refs: { client_id: ['clientGid', 'client'] },
    bools: ['met_behandeling', 'overbrugging'],
  },
  {
    table: 'contactmoment',
    entity: 'contactmoment',
    client: own,
    refs: { client_id: ['clientGid', 'client'], adviseur_id: adviseur('adviseurGid') },
  },
  { table: 'aanvraag', entity: 'aanvraag', client: own, refs: { client_id: ['clientGid', 'client'] } },
  {
    table: 'bezwaar',
    entity: 'bezwaar',
    client: own,
    refs: { client_id: ['clientGid', 'client'], aanvraag_id: ['aanvraagGid', 'aanvraag'] },
    bools: ['adviescommissie'],
  },
  { table: 'taak', entity: 'taak', client: own, refs: { client_id: ['clientGid', 'client'], afgerond_door: adviseur('afgerondDoor') } },
  {
    table: 'toewijzing',
    entity: 'toewijzing',
    client: own,
    refs: {
      client_id: ['clientGid', 'client'],
      van_adviseur_id: adviseur('vanAdviseurGid'),
      naar_adviseur_id: adviseur('naarAdviseurGid'),
      door_adviseur_id: adviseur('doorAdviseurGid'),
    },
  },
  { table: 'plan', entity: 'plan', client: own, refs: { client_id: ['clientGid', 'client'], created_by: adviseur('createdBy') } },
  {
    table: 'plan_versie',
    entity: 'plan_versie',
    client: { via: 'plan_id', table: 'plan' },
    refs: { plan_id: ['planGid', 'plan'], vastgesteld_door: adviseur('vastgesteldDoor') },
  },
  {
    table: 'brief',
    entity: 'brief',
    client: own,
    refs: {
      client_id: ['clientGid', 'client'],
      corrigeert_id: ['corrigeertGid', 'brief'],
      adviseur_id: adviseur('adviseurGid'),
      budgetplan_versie_id: ['budgetplanVersieGid', 'plan_versie'],
    },
    // A batch is one adviser's print run on one workstation.
    skip: ['batch_id'],
  },
  {
    table: 'brief_archief',
    entity: 'brief_archief',
    client: { via: 'brief_id', table: 'brief' },
    refs: { brief_id: ['briefGid', 'brief'], definitief_door: adviseur('definitiefDoor') },
    blobs: ['pdf'],
  },
  {
    table: 'brief_verzending',
    entity: 'brief_verzending',
    client: { via: 'brief_id', table: 'brief' },
    refs: { brief_id: ['briefGid', 'brief'], vastgelegd_door: adviseur('vastgelegdDoor') },
  },
  {
    table: 'wachtlijst',
    entity: 'wachtlijst',
    client: own,
    refs: { client_id: ['clientGid', 'client'], locatie_id: ['locatieGid', 'locatie'] },
    bools: ['voorkeur', 'overbrugging', 'actief'],
  },
  {
    table: 'wachtlijst_gebeurtenis',
    entity: 'wachtlijst_gebeurtenis',
    client: { via: 'wachtlijst_id', table: 'wachtlijst' },
    refs: { wachtlijst_id: ['wachtlijstGid', 'wachtlijst'] },
  },
  {
    table: 'huisbezoek',
    entity: 'huisbezoek',
    client: own,
    refs: { client_id: ['clientGid', 'client'], adviseur_id: adviseur('adviseurGid') },
  },
  {
    table: 'controle_overschrijving',
    entity: 'controle_overschrijving',
    client: { via: 'plan_versie_id', table: 'plan_versie' },
    refs: { plan_versie_id: ['planVersieGid', 'plan_versie'], adviseur_id: adviseur('adviseurGid') },
  },
  { table: 'gelijkgestelde_dag', entity: 'gelijkgestelde_dag', bools: ['geverifieerd'] },
  { table: 'ref_regio', entity: 'ref_regio' },
  { table: 'ref_gemeente', entity: 'ref_gemeente' },
  { table: 'ref_postcode', entity: 'ref_postcode' },
  { table: 'referentiebedrag', entity: 'referentiebedrag', bools: ['geverifieerd'] },
  { table: 'aanbieder', entity: 'aanbieder' },
  { table: 'locatie', entity: 'locatie', refs: { aanbieder_id: ['aanbiederGid', 'aanbieder'] }, bools: ['gecontracteerd'] },
  { table: 'wachttijd', entity: 'wachttijd', refs: { locatie_id: ['locatieGid', 'locatie'] }, key: ['locatie_id', 'zorgprofiel'] },
  { table: 'locatie_historie', entity: 'locatie_historie', refs: { locatie_id: ['locatieGid', 'locatie'] } },
]

export const MAP_BY_ENTITY: ReadonlyMap<string, TableMap> = new Map(TABLE_MAPS.map((m) => [m.entity, m]))
export const MAP_BY_TABLE: ReadonlyMap<string, TableMap> = new Map(TABLE_MAPS.map((m) => [m.table, m]))

const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
export const fieldName = (map: TableMap, column: string) => map.rename?.[column] ?? map.refs?.[column]?.[0] ?? camel(column)
