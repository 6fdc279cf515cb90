/** Wachtstatussen since 1 January 2021 (monitorlangdurigezorg.nl; iWlz COD167 codes 6, 7, 2, 3). */
export const WACHTSTATUSSEN = ['urgent_plaatsen', 'actief_plaatsen', 'wacht_op_voorkeur', 'wacht_uit_voorzorg'] as const
export type Wachtstatus = (typeof WACHTSTATUSSEN)[number]
export const WACHTSTATUS_LABEL: Record<Wachtstatus, string> = {
  urgent_plaatsen: 'Urgent plaatsen',
  actief_plaatsen: 'Actief plaatsen',
  wacht_op_voorkeur: 'Wacht op voorkeur',
  wacht_uit_voorzorg: 'Wacht uit voorzorg',
}

/** iWlz LDT_LeveringsstatusClassificatie (COD168). */
export const CLASSIFICATIES: Record<string, string> = {
  '01': 'Geen passend crisisbed beschikbaar',
  '02': 'Doorstroom crisisbed',
  '03': 'Doorstroom ziekenhuis',
  '04': 'Doorstroom ELV',
  '05': 'Doorstroom GRZ',
  '06': 'Palliatief terminale zorg',
  '07': 'Art. 28a Wzd',
  '08': 'Rechterlijke machtiging',
  '09': 'Dreigende crisis (thuis)',
  '10': 'Niet passende zorg',
  '11': '(Tijdelijk) andere aanbieder bespreekbaar',
  '12': 'Voorkeuraanbieder leidend',
  '13': 'Specifieke locatie/woonwens',
  '14': 'Specifieke locatie/gespecialiseerde zorg',
  '15': 'Partneropname',
  '16': 'Logeren',
  '17': 'Specifieke geografische redenen',
  '18': 'Doorstroom naar geclusterd wonen vpt',
  '19': 'Geen aanvullende wens(en)',
}

export const SPECIALISATIES = ['dementie', 'korsakov', 'nah', 'zintuiglijk', 'ggz', 'jeugd', 'palliatief', 'gedrag'] as const
export const SPECIALISATIE_LABEL: Record<(typeof SPECIALISATIES)[number], string> = {
  dementie: 'Dementie',
  korsakov: 'Korsakov',
  nah: 'NAH',
  zintuiglijk: 'Zintuiglijk',
  ggz: 'GGZ',
  jeugd: 'Jeugd',
  palliatief: 'Palliatief',
  gedrag: 'Gedragsproblematiek',
}
export const LOCATIE_LEVERINGSVORMEN = ['verblijf', 'vpt', 'mpt', 'dtv'] as const

/** A wait this long (weeks) counts as long in the caseload signal: CZ's historic 13-week GZ norm. */
export const LANG_WACHTEN_WEKEN = 13
