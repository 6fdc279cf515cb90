/** Dutch names of synced records and fields, for the conflict screen and the list of refused changes. */
export const ENTITY_LABEL: Readonly<Record<string, string>> = {
  client: 'Persoonsgegevens',
  vertegenwoordiger: 'Vertegenwoordiger',
  indicatie: 'Indicatie',
  leveringsvorm: 'Leveringsvorm',
  contactmoment: 'Contactmoment',
  aanvraag: 'Aanvraag',
  bezwaar: 'Bezwaar',
  taak: 'Taak',
  toewijzing: 'Overdracht',
  plan: 'Plan',
  plan_versie: 'Planversie',
  brief: 'Brief',
  brief_archief: 'Archief van een brief',
  brief_verzending: 'Verzenddatum',
  wachtlijst: 'Wachtlijstplaatsing',
  wachtlijst_gebeurtenis: 'Wachtlijstgebeurtenis',
  huisbezoek: 'Mee op huisbezoek',
  referentiebedrag: 'Bedrag of tarief',
  briefpapier: 'Briefpapier',
  aanbieder: 'Zorgaanbieder',
  locatie: 'Locatie',
  wachttijd: 'Wachttijd',
  audit: 'Logboekregel',
}

const FIELD_LABEL: Readonly<Record<string, string>> = {
  voornamen: 'Voornamen',
  voorvoegsel: 'Voorvoegsel',
  achternaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  straat: 'Straat',
  huisnummer: 'Huisnummer',
  huisnummerToevoeging: 'Toevoeging',
  postcode: 'Postcode',
  woonplaats: 'Woonplaats',
  telefoon: 'Telefoon',
  email: 'E-mail',
  communicatievoorkeur: 'Communicatievoorkeur',
  adviseurGid: 'Adviseur',
  verslag: 'Verslag',
  deelnemers: 'Deelnemers',
  vervolgactie: 'Vervolgactie',
  datum: 'Datum',
  status: 'Status',
  einddatum: 'Einddatum',
  ingangsdatum: 'Ingangsdatum',
  zorgprofiel: 'Zorgprofiel',
  opmerking: 'Opmerking',
  omschrijving: 'Omschrijving',
  naam: 'Naam',
  inhoud: 'Inhoud van het plan',
  wachtstatus: 'Wachtstatus',
  notities: 'Notities',
}

/** "huisnummerToevoeging" → its Dutch label, else the field name with spaces. */
export const fieldLabel = (field: string) =>
  FIELD_LABEL[field] ??
  field
    .replace(/Gid$/, '')
    .replace(/([A-Z])/g, ' $1')
    .replace(/^./, (c) => c.toUpperCase())
