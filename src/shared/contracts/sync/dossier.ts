import { z } from 'zod'
import { isValidBsn } from '../../domain/bsn'
import {
  AANVRAAG_SOORTEN,
  COMMUNICATIEVOORKEUR,
  CONTACT_SOORTEN,
  DTV_ETMALEN,
  GESLACHT,
  LEVERINGSVORMEN,
  NAAMGEBRUIK,
  SOORT_RELATIE,
} from '../../domain/codes'
import {
  ClientRef,
  bool,
  date,
  dateOrNull,
  gid,
  gidOrNull,
  instant,
  instantOrNull,
  int,
  jsonText,
  oneOf,
  required,
  text,
  base64Pdf,
} from './fields'

/**
 * Field schemas of the dossier-scope entities, derived from the workstation tables in
 * src/main/db/migrations (snake_case columns → camelCase, integer foreign keys → gids, 0/1 → boolean).
 * Every dossier row carries `clientGid`; the server authorises on it.
 */
const adres = {
  straat: text(120),
  huisnummer: text(5),
  huisnummerToevoeging: text(6),
  postcode: text(7),
  woonplaats: text(80),
}

/** The person and address, plus who has the dossier. The caseload summary columns are derived locally. */
export const client = z.strictObject({
  bsn: z
    .string()
    .regex(/^\d{9}$/, 'Een BSN heeft negen cijfers.')
    .refine(isValidBsn, 'Dit BSN klopt niet (elfproef).'),
  voornamen: required(200),
  voorvoegsel: text(20),
  achternaam: required(200),
  geboortedatum: date,
  geslacht: oneOf(GESLACHT),
  naamgebruik: oneOf(NAAMGEBRUIK),
  partnerVoorvoegsel: text(20),
  partnerAchternaam: text(200),
  ...adres,
  adresGewijzigdOp: dateOrNull,
  telefoon: text(20),
  email: text(254),
  communicatievoorkeur: oneOf(COMMUNICATIEVOORKEUR),
  leefeenheid: text(2),
  geheim: bool,
  adviseurGid: gidOrNull,
  /** Null on a new client: the server puts it in the author's first team. */
  teamId: gidOrNull,
})

export const vertegenwoordiger = z.strictObject({
  ...ClientRef,
  soortRelatie: oneOf(SOORT_RELATIE),
  naam: required(200),
  organisatie: text(200),
  ...adres,
  telefoon: text(20),
  email: text(254),
  brievenNaar: bool,
  actief: bool,
})

export const indicatie = z.strictObject({
  ...ClientRef,
  besluitnummer: required(40),
  afgiftedatum: date,
  ingangsdatum: date,
  einddatum: dateOrNull,
  zorgprofiel: required(20),
  grondslagen: text(60),
  meerzorg: bool,
  opmerking: text(2000),
})

export const leveringsvorm = z.strictObject({
  ...ClientRef,
  soort: oneOf(LEVERINGSVORMEN),
  startdatum: date,
  einddatum: dateOrNull,
  aanbieder: text(200),
  metBehandeling: bool,
  etmalen: oneOf(DTV_ETMALEN).nullable(),
  overbrugging: bool,
})

export const contactmoment = z.strictObject({
  ...ClientRef,
  soort: oneOf(CONTACT_SOORTEN),
  datum: date,
  deelnemers: text(500),
  verslag: text(20_000),
  vervolgactie: text(2000),
  adviseurGid: gidOrNull,
})

export const aanvraag = z.strictObject({
  ...ClientRef,
  soort: oneOf(AANVRAAG_SOORTEN),
  ontvangenOp: date,
  termijnWeken: int(1, 52),
  opgeschortDagen: int(0, 365),
  verdaagdTot: dateOrNull,
  besluitDatum: dateOrNull,
  bekendgemaaktOp: dateOrNull,
  uitkomst: oneOf(['toegekend', 'deels', 'afgewezen', 'ingetrokken']).nullable(),
  omschrijving: text(2000),
})

export const bezwaar = z.strictObject({
  ...ClientRef,
  aanvraagGid: gidOrNull,
  ontvangenOp: date,
  besluitBekendgemaaktOp: date,
  adviescommissie: bool,
  verdagingWeken: int(0, 6),
  opgeschortDagen: int(0, 365),
  beslistOp: dateOrNull,
  omschrijving: text(2000),
})

/**
 * Tasks: a manual task (regel 'handmatig') syncs whole; a generated one syncs only its status fields,
 * because every workstation generates the rest from the same rules (its gid: `taakGid(clientGid, sleutel)`).
 */
export const taak = z.strictObject({
  ...ClientRef,
  regel: required(60),
  sleutel: required(200),
  status: oneOf(['open', 'gedaan', 'vervallen']),
  afgerondOp: instantOrNull,
  afgerondDoor: gidOrNull,
  soort: oneOf(['actie', 'termijn']).optional(),
  titel: text(200).optional(),
  toelichting: text(2000).optional(),
  artikel: text(120).optional(),
  deadline: date.optional(),
  vanaf: dateOrNull.optional(),
  bron: text(200).optional(),
})

export const toewijzing = z.strictObject({
  ...ClientRef,
  vanAdviseurGid: gidOrNull,
  naarAdviseurGid: gid,
  reden: required(500),
  doorAdviseurGid: gidOrNull,
  at: instant,
})

export const plan = z.strictObject({
  ...ClientRef,
  soort: oneOf(['zorgplan', 'budgetplan']),
  titel: required(200),
  sjabloon: text(60),
  createdBy: gidOrNull,
})

/** A plan version; once its status is 'vastgesteld' the server refuses every further change. */
export const planVersie = z.strictObject({
  ...ClientRef,
  planGid: gid,
  nummer: int(1, 10_000),
  status: oneOf(['concept', 'besproken', 'vastgesteld']),
  inhoud: jsonText(4_000_000),
  revisie: int(1, Number.MAX_SAFE_INTEGER),
  controles: jsonText(200_000).nullable(),
  volgendeEvaluatie: dateOrNull,
  opgeslagenOp: instant,
  besprokenOp: dateOrNull,
  vastgesteldOp: instantOrNull,
  vastgesteldDoor: gidOrNull,
  /** The budget op maat of a vastgesteld budgetplan (from 2025: its total), frozen with it. */
  budgetCent: int(0, 100_000_000_00).nullable(),
})

/** A blocking check that could not be judged, let pass by the adviser with a recorded reason (issue 12). */
export const controleOverschrijving = z.strictObject({
  ...ClientRef,
  planVersieGid: gid,
  code: required(40),
  reden: text(2000).min(20, 'Een reden heeft minstens 20 tekens.'),
  adviseurGid: gidOrNull,
})

/** A letter; frozen once 'definitief' (a correction is a new letter pointing at it). */
export const brief = z.strictObject({
  ...ClientRef,
  soort: required(60),
  status: oneOf(['concept', 'definitief']),
  gegevens: jsonText(200_000),
  vrijeTekst: text(50_000),
  corrigeertGid: gidOrNull,
  kenmerk: z
    .string()
    .regex(/^BR-\d{4}-\d{6}$/, 'Een kenmerk heeft de vorm BR-2026-000123.')
    .nullable(),
  datum: dateOrNull,
  adviseurGid: gidOrNull,
  /** The vastgesteld budgetplan a pgb toekenning belongs to. */
  budgetplanVersieGid: gidOrNull,
})

export const briefArchief = z.strictObject({
  ...ClientRef,
  briefGid: gid,
  kenmerk: z.string().regex(/^BR-\d{4}-\d{6}$/, 'Een kenmerk heeft de vorm BR-2026-000123.'),
  templateVersie: int(1, 10_000),
  snapshot: jsonText(1_000_000),
  pdf: base64Pdf,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Een SHA-256 is 64 hexadecimale tekens.'),
  definitiefOp: instant,
  definitiefDoor: gidOrNull,
})

export const briefVerzending = z.strictObject({
  ...ClientRef,
  briefGid: gid,
  verzondenOp: date,
  vastgelegdOp: instant,
  vastgelegdDoor: gidOrNull,
})

const WACHTSTATUS = ['urgent_plaatsen', 'actief_plaatsen', 'wacht_op_voorkeur', 'wacht_uit_voorzorg'] as const
export const wachtlijst = z.strictObject({
  ...ClientRef,
  locatieGid: gid,
  wachtstatus: oneOf(WACHTSTATUS),
  classificaties: text(200),
  voorkeur: bool,
  sinds: date,
  overbrugging: bool,
  overbruggingAanbieder: text(200),
  weigeringen: int(0, 1000),
  actief: bool,
  beeindigdOp: dateOrNull,
})

export const wachtlijstGebeurtenis = z.strictObject({
  ...ClientRef,
  wachtlijstGid: gid,
  datum: date,
  soort: oneOf(['aanmelding', 'status', 'aanbod', 'weigering', 'einde']),
  wachtstatus: oneOf(WACHTSTATUS).nullable(),
  toelichting: text(2000),
})

/** "Mee op huisbezoek": this dossier is kept on that laptop (device) for that adviser since then. */
export const huisbezoek = z.strictObject({
  ...ClientRef,
  deviceId: gid,
  /** The device's name as its owner sees it, so colleagues can read which laptop holds the dossier. */
  deviceNaam: text(120),
  adviseurGid: gid,
  sinds: instant,
})
