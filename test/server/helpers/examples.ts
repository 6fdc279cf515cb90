import { type EntityName, taakGid, uuidv7 } from '../../../src/shared/contracts/sync'
import { testBsns } from '../../../src/shared/domain/bsn'

/**
 * One valid full row and one malformed field per synced entity (fictitious data only). `refs` supplies
 * the gids a row points at, so the same examples serve every test.
 */
export interface Refs {
  clientGid: string
  adviseurGid: string
  deviceId: string
  userGid: string
  locatieGid?: string
  aanbiederGid?: string
}

const bsns = testBsns('9999')
export const nextBsn = () => bsns.next().value as string

const now = '2026-12-01T09:00:00.000Z'
const pdf = Buffer.from('%PDF-1.7 fictief').toString('base64')
const sha = 'a'.repeat(64)

export function validRow(entity: EntityName, r: Refs): { gid: string; fields: Record<string, unknown> } {
  const g = uuidv7()
  const c = { clientGid: r.clientGid }
  const adres = { straat: 'Dorpsstraat', huisnummer: '1', huisnummerToevoeging: '', postcode: '1234 AB', woonplaats: 'Ergens' }
  const rows: Record<EntityName, Record<string, unknown>> = {
    client: {
      bsn: nextBsn(), voornamen: 'Jan', voorvoegsel: '', achternaam: 'Fictief', geboortedatum: '1940-01-01', geslacht: 'man', naamgebruik: 'eigen',
      partnerVoorvoegsel: '', partnerAchternaam: '', ...adres, adresGewijzigdOp: null, telefoon: '', email: '', communicatievoorkeur: 'post',
      leefeenheid: '1', geheim: false, adviseurGid: r.adviseurGid, teamId: null,
    },
    vertegenwoordiger: { ...c, soortRelatie: 'mentor', naam: 'Piet Mentor', organisatie: '', ...adres, telefoon: '', email: '', brievenNaar: false, actief: true },
    indicatie: { ...c, besluitnummer: `B-${g.slice(-8)}`, afgiftedatum: '2026-01-01', ingangsdatum: '2026-01-01', einddatum: null, zorgprofiel: 'VV05', grondslagen: '01', meerzorg: false, opmerking: '' },
    leveringsvorm: { ...c, soort: 'pgb', startdatum: '2026-01-01', einddatum: null, aanbieder: '', metBehandeling: false, etmalen: null, overbrugging: false },
    contactmoment: { ...c, soort: 'telefonisch', datum: '2026-11-30', deelnemers: '', verslag: 'Gebeld.', vervolgactie: '', adviseurGid: r.adviseurGid },
    aanvraag: { ...c, soort: 'pgb', ontvangenOp: '2026-11-01', termijnWeken: 8, opgeschortDagen: 0, verdaagdTot: null, besluitDatum: null, bekendgemaaktOp: null, uitkomst: null, omschrijving: '' },
    bezwaar: { ...c, aanvraagGid: null, ontvangenOp: '2026-11-10', besluitBekendgemaaktOp: '2026-11-01', adviescommissie: false, verdagingWeken: 0, opgeschortDagen: 0, beslistOp: null, omschrijving: '' },
    taak: { ...c, regel: 'handmatig', sleutel: `h-${g}`, status: 'open', afgerondOp: null, afgerondDoor: null, soort: 'actie', titel: 'Bellen', toelichting: '', artikel: '', deadline: '2026-12-10', vanaf: null, bron: '' },
    toewijzing: { ...c, vanAdviseurGid: null, naarAdviseurGid: r.adviseurGid, reden: 'Nieuwe cliënt', doorAdviseurGid: r.adviseurGid, at: now },
    plan: { ...c, soort: 'zorgplan', titel: 'Zorgplan 2026', sjabloon: '', createdBy: r.adviseurGid },
    plan_versie: { ...c, planGid: uuidv7(), nummer: 1, status: 'concept', inhoud: '{}', revisie: 1, controles: null, volgendeEvaluatie: null, opgeslagenOp: now, besprokenOp: null, vastgesteldOp: null, vastgesteldDoor: null },
    brief: { ...c, soort: 'ontvangstbevestiging', status: 'concept', gegevens: '{}', vrijeTekst: '', corrigeertGid: null, kenmerk: null, datum: null, adviseurGid: r.adviseurGid },
    brief_archief: { ...c, briefGid: uuidv7(), kenmerk: 'BR-2026-000001', templateVersie: 1, snapshot: '{}', pdf, sha256: sha, definitiefOp: now, definitiefDoor: r.adviseurGid },
    brief_verzending: { ...c, briefGid: uuidv7(), verzondenOp: '2026-12-01', vastgelegdOp: now, vastgelegdDoor: r.adviseurGid },
    wachtlijst: { ...c, locatieGid: r.locatieGid ?? uuidv7(), wachtstatus: 'actief_plaatsen', classificaties: '', voorkeur: true, sinds: '2026-10-01', overbrugging: false, overbruggingAanbieder: '', weigeringen: 0, actief: true, beeindigdOp: null },
    wachtlijst_gebeurtenis: { ...c, wachtlijstGid: uuidv7(), datum: '2026-10-01', soort: 'aanmelding', wachtstatus: 'actief_plaatsen', toelichting: '' },
    huisbezoek: { ...c, deviceId: r.deviceId, adviseurGid: r.adviseurGid, sinds: now },
    ref_regio: { zkCode: 'ZK01', naam: 'Regio Een', geldigVanaf: '2026-01-01' },
    ref_gemeente: { gemeentecode: '0363', naam: 'Gemeente', provincie: 'Noord-Holland', zkCode: 'ZK01', geldigVanaf: '2026-01-01' },
    ref_postcode: { pc4: '1234', plaats: 'Ergens', gemeentecode: '0363', lat: 52.1, lon: 4.9, geldigVanaf: '2026-01-01' },
    referentiebedrag: { soort: 'max_tarief_formeel_uur', sleutel: '', geldigVanaf: '2026-01-01', bedragCent: 7900, geverifieerd: false, bron: 'test' },
    briefpapier: { organisatie: 'Zorgkantoor Fictief', afdeling: '', postadres: '', bezoekadres: '', telefoon: '', website: '', email: '', bezwaarAdres: '', logo: '', venster: { adresLinks: 33, adresBoven: 50, adresBreedte: 83, kenmerkBoven: 90, vouwtekens: true } },
    aanbieder: { naam: 'Zorg BV', kvk: '12345678', agb: null, website: '', telefoon: '' },
    locatie: { aanbiederGid: r.aanbiederGid ?? uuidv7(), naam: 'Huize Fictief', vestigingsnummer: '000012345678', agb: null, straat: '', huisnummer: '', postcode: '1234 AB', pc4: '1234', woonplaats: '', sectoren: '|', zorgprofielen: '|', leveringsvormen: '|', specialisaties: '|', partnerplekken: 0, levensbeschouwing: '', capaciteit: null, gecontracteerd: true, contractVan: null, contractTot: null, notities: '' },
    wachttijd: { locatieGid: r.locatieGid ?? uuidv7(), zorgprofiel: 'VV05', weken: 4, bijgewerktOp: '2026-11-01' },
    locatie_historie: { locatieGid: r.locatieGid ?? uuidv7(), gewijzigdOp: now, wijzigingen: '{"naam":["a","b"]}' },
    feestdag: { datum: '2026-12-25', naam: 'Eerste Kerstdag', bron: 'Algemene termijnenwet art. 3', geldigVoor: 'Algemene termijnenwet' },
    audit: { at: now, event: 'client.read', action: 'R', clientGid: r.clientGid, userGid: r.userGid, role: 'klantadviseur', onBehalfOf: null, deviceId: r.deviceId, details: { n: 1 } },
    adviseur: { naam: 'X', functie: '', afdeling: 'pgb', regioCode: 'ZK01', actief: true, role: 'klantadviseur', teams: [] },
  }
  const gid = entity === 'client' ? r.clientGid : entity === 'taak' ? taakGid(r.clientGid, String(rows.taak.sleutel)) : g
  return { gid, fields: rows[entity] }
}

/** One field value per entity that its schema must refuse. */
export const MALFORMED: Record<EntityName, Record<string, unknown>> = {
  client: { bsn: '123456789' },
  vertegenwoordiger: { soortRelatie: 'buurman' },
  indicatie: { ingangsdatum: '2026-02-30' },
  leveringsvorm: { soort: 'anders' },
  contactmoment: { verslag: 'x'.repeat(20_001) },
  aanvraag: { termijnWeken: 60 },
  bezwaar: { verdagingWeken: 7 },
  taak: { status: 'misschien' },
  toewijzing: { naarAdviseurGid: 'geen-uuid' },
  plan: { titel: '' },
  plan_versie: { inhoud: '{niet json' },
  brief: { kenmerk: 'BR-26-1' },
  brief_archief: { sha256: 'abc' },
  brief_verzending: { verzondenOp: '01-12-2026' },
  wachtlijst: { wachtstatus: 'ergens' },
  wachtlijst_gebeurtenis: { soort: 'feest' },
  huisbezoek: { sinds: 'gisteren' },
  ref_regio: { geldigVanaf: 'morgen' },
  ref_gemeente: { naam: '' },
  ref_postcode: { lat: 200 },
  referentiebedrag: { bedragCent: -5 },
  briefpapier: { logo: 'data:text/html;base64,AAAA' },
  aanbieder: { kvk: '1234' },
  locatie: { vestigingsnummer: '1' },
  wachttijd: { weken: 9999 },
  locatie_historie: { wijzigingen: 'geen json' },
  feestdag: { datum: '2026-13-01' },
  audit: { action: 'X' },
  adviseur: { naam: '' },
}
