/**
 * The fields of a provider import file. Each field has the header names it is recognised by
 * (normalised: lower case, no spaces, dashes or underscores), so most files map themselves; the
 * adviser can change the mapping in the preview.
 */
export const IMPORT_VELDEN = {
  organisatie: {
    label: 'Organisatie (naam)',
    verplicht: true,
    kopjes: ['organisatie', 'organisatienaam', 'aanbieder', 'zorgaanbieder', 'naamorganisatie'],
  },
  kvk: { label: 'KvK-nummer', verplicht: true, kopjes: ['kvk', 'kvknummer', 'kvknr'] },
  agbOrganisatie: { label: 'AGB-code organisatie', verplicht: false, kopjes: ['agb', 'agbcode', 'agborganisatie', 'agbcodeorganisatie'] },
  website: { label: 'Website', verplicht: false, kopjes: ['website', 'url', 'site'] },
  telefoon: { label: 'Telefoon', verplicht: false, kopjes: ['telefoon', 'telefoonnummer', 'tel'] },
  locatie: { label: 'Locatie (naam)', verplicht: true, kopjes: ['locatie', 'locatienaam', 'naamlocatie', 'vestiging'] },
  vestigingsnummer: { label: 'Vestigingsnummer', verplicht: true, kopjes: ['vestigingsnummer', 'vestigingsnr'] },
  agbLocatie: { label: 'AGB-code locatie', verplicht: false, kopjes: ['agblocatie', 'agbcodelocatie', 'locatieagb'] },
  straat: { label: 'Straat', verplicht: false, kopjes: ['straat', 'adres', 'straatnaam'] },
  huisnummer: { label: 'Huisnummer', verplicht: false, kopjes: ['huisnummer', 'nr', 'nummer'] },
  postcode: { label: 'Postcode', verplicht: true, kopjes: ['postcode', 'pc'] },
  woonplaats: { label: 'Woonplaats', verplicht: false, kopjes: ['woonplaats', 'plaats', 'vestigingsplaats'] },
  sectoren: { label: 'Sectoren', verplicht: false, kopjes: ['sectoren', 'sector'] },
  zorgprofielen: { label: 'Zorgprofielen', verplicht: true, kopjes: ['zorgprofielen', 'zorgprofiel', 'profielen'] },
  leveringsvormen: { label: 'Leveringsvormen', verplicht: false, kopjes: ['leveringsvormen', 'leveringsvorm'] },
  partnerplekken: {
    label: 'Partnerplekken',
    verplicht: false,
    kopjes: ['partnerplekken', 'partnerplaatsen', 'partneropname', 'partnerplekkenjanee', 'partneropnamejanee'],
  },
  specialisaties: { label: 'Specialisaties', verplicht: false, kopjes: ['specialisaties', 'specialisatie', 'doelgroep'] },
  levensbeschouwing: { label: 'Levensbeschouwing', verplicht: false, kopjes: ['levensbeschouwing', 'identiteit', 'grondslag'] },
  capaciteit: { label: 'Capaciteit', verplicht: false, kopjes: ['capaciteit', 'plaatsen', 'bedden'] },
  gecontracteerd: {
    label: 'Gecontracteerd (ja/nee)',
    verplicht: false,
    kopjes: ['gecontracteerd', 'contract', 'zin', 'gecontracteerdjanee'],
  },
  contractVan: { label: 'Contract vanaf', verplicht: false, kopjes: ['contractvan', 'contractvanaf', 'contractstart'] },
  contractTot: { label: 'Contract tot en met', verplicht: false, kopjes: ['contracttot', 'contracteinde', 'contracttotenmet'] },
  wachttijden: {
    label: 'Wachttijd in weken per profiel (754:6|756:10)',
    verplicht: false,
    kopjes: ['wachttijden', 'wachttijd', 'wachttijdweken'],
  },
  wachttijdBijgewerkt: { label: 'Wachttijd bijgewerkt op', verplicht: false, kopjes: ['wachttijdbijgewerkt', 'bijgewerkt', 'peildatum'] },
  notities: { label: 'Notities', verplicht: false, kopjes: ['notities', 'opmerkingen', 'toelichting'] },
} as const
export type ImportVeld = keyof typeof IMPORT_VELDEN
export const IMPORT_VELD_NAMEN = Object.keys(IMPORT_VELDEN) as ImportVeld[]

/** "Wachttijd (weken)" and "wachttijd_weken" are one header: case, spaces, punctuation and brackets do not count. */
export const normaliseKopje = (h: string) => h.toLowerCase().replace(/[\s_\-.:()/]/g, '')

/** Suggested mapping: header index per field, by the recognised names. */
export function stelKoppelingVoor(kopjes: readonly string[]): Partial<Record<ImportVeld, number>> {
  const norm = kopjes.map(normaliseKopje)
  const out: Partial<Record<ImportVeld, number>> = {}
  for (const veld of IMPORT_VELD_NAMEN) {
    const i = norm.findIndex((h) => (IMPORT_VELDEN[veld].kopjes as readonly string[]).includes(h))
    if (i >= 0 && !Object.values(out).includes(i)) out[veld] = i
  }
  return out
}

/**
 * Export cells must never run as a formula in Excel or LibreOffice (OWASP CSV injection):
 * a cell starting with = + - @ tab or CR gets a leading apostrophe.
 */
export function escapeCel(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
