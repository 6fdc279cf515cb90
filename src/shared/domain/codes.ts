/** Code lists of the dossier. Values are the names used in code and storage; labels are Dutch. */

export const LEVERINGSVORMEN = ['verblijf', 'vpt', 'mpt', 'pgb', 'mpt_pgb', 'dtv'] as const
export type Leveringsvorm = (typeof LEVERINGSVORMEN)[number]
export const LEVERINGSVORM_LABEL: Record<Leveringsvorm, string> = {
  verblijf: 'Verblijf',
  vpt: 'Vpt',
  mpt: 'Mpt',
  pgb: 'Pgb',
  mpt_pgb: 'Mpt + pgb',
  dtv: 'Deeltijdverblijf',
}
/** Zorg in natura (the provider's zorgplan duty of Wlz 8.1.1 applies, "anders dan op grond van 3.3.3"). */
export const IN_NATURA: ReadonlySet<Leveringsvorm> = new Set(['verblijf', 'vpt', 'mpt', 'mpt_pgb', 'dtv'])
/** Leveringsvormen that include a pgb (yearly toekenning, Blz 3.6.1). */
export const MET_PGB: ReadonlySet<Leveringsvorm> = new Set(['pgb', 'mpt_pgb'])

/** iWlz LDT_Etmalen: 3,5 / 4,0 / 4,5 etmalen per week (7, 8 or 9 per 14 days). */
export const DTV_ETMALEN = ['3.5', '4.0', '4.5'] as const

export const SOORT_RELATIE = [
  'curator',
  'mentor',
  'bewindvoerder',
  'ouder_voogd',
  'partner',
  'gemachtigde',
  'clientondersteuner',
  'huisarts',
  'contactpersoon',
] as const
export type SoortRelatie = (typeof SOORT_RELATIE)[number]
export const SOORT_RELATIE_LABEL: Record<SoortRelatie, string> = {
  curator: 'Curator',
  mentor: 'Mentor',
  bewindvoerder: 'Bewindvoerder',
  ouder_voogd: 'Ouder / voogd',
  partner: 'Partner',
  gemachtigde: 'Gemachtigde',
  clientondersteuner: 'Cliëntondersteuner',
  huisarts: 'Huisarts',
  contactpersoon: 'Contactpersoon',
}

export const CONTACT_SOORTEN = [
  'servicegesprek',
  'keuzegesprek',
  'huisbezoek_fysiek',
  'huisbezoek_digitaal',
  'telefonisch',
  'email',
  'overleg',
] as const
export type ContactSoort = (typeof CONTACT_SOORTEN)[number]
export const CONTACT_SOORT_LABEL: Record<ContactSoort, string> = {
  servicegesprek: 'Servicegesprek',
  keuzegesprek: 'Bewust keuzegesprek',
  huisbezoek_fysiek: 'Huisbezoek (fysiek)',
  huisbezoek_digitaal: 'Huisbezoek (digitaal)',
  telefonisch: 'Telefonisch',
  email: 'E-mail',
  overleg: 'Overleg',
}

/** iWlz grondslagen (COD736). */
export const GRONDSLAGEN: Record<string, string> = {
  '01': 'Somatische ziekte/aandoening',
  '02': 'Psychogeriatrische ziekte/aandoening',
  '03': 'Psychiatrische aandoening',
  '04': 'Lichamelijke handicap',
  '05': 'Verstandelijke handicap',
  '06': 'Zintuiglijke handicap',
  '07': 'Psychosociale problemen',
}

/** iWlz LDT_Leefeenheid. */
export const LEEFEENHEID: Record<string, string> = {
  '1': 'Alleenstaand',
  '2': 'Kind bij ouders',
  '3': 'Met partner',
  '4': 'Met partner en kinderen',
  '5': 'Volwassene met kinderen',
  '6': 'Ander meerpersoonshuishouden',
  '7': 'Zorginstelling met verblijf',
  '9': 'Onbekend',
}

export const GESLACHT = ['onbekend', 'man', 'vrouw'] as const
export const NAAMGEBRUIK = ['eigen', 'partner', 'partner_eigen', 'eigen_partner'] as const
export type Naamgebruik = (typeof NAAMGEBRUIK)[number]
export const NAAMGEBRUIK_LABEL: Record<Naamgebruik, string> = {
  eigen: 'Eigen naam',
  partner: 'Naam partner',
  partner_eigen: 'Naam partner gevolgd door eigen naam',
  eigen_partner: 'Eigen naam gevolgd door naam partner',
}
export const COMMUNICATIEVOORKEUR = ['post', 'email', 'telefoon'] as const

export const AANVRAAG_SOORTEN = ['pgb', 'vpt', 'mpt', 'mpt_pgb', 'meerzorg', 'overbrugging', 'wijziging', 'overig'] as const
export const AANVRAAG_SOORT_LABEL: Record<(typeof AANVRAAG_SOORTEN)[number], string> = {
  pgb: 'Pgb',
  vpt: 'Vpt',
  mpt: 'Mpt',
  mpt_pgb: 'Mpt + pgb',
  meerzorg: 'Meerzorg',
  overbrugging: 'Overbruggingszorg',
  wijziging: 'Wijziging',
  overig: 'Overig',
}
