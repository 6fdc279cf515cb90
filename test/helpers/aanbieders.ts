import type { TestBackend } from './backend'

export const KOPJES = [
  'Organisatie',
  'KvK',
  'AGB',
  'Locatie',
  'Vestigingsnummer',
  'Straat',
  'Huisnummer',
  'Postcode',
  'Plaats',
  'Zorgprofielen',
  'Leveringsvormen',
  'Partnerplekken',
  'Specialisaties',
  'Levensbeschouwing',
  'Gecontracteerd',
  'Contract tot',
  'Wachttijden',
  'Bijgewerkt',
]

/** Four fictitious locations around the country, for a client in 1011 (Amsterdam) with VV5 (754). */
export const LOCATIES = [
  [
    'Zorggroep Linde (fictief)',
    '90000001',
    '73000001',
    'De Linde (fictief)',
    '000000000001',
    'Lindeweg',
    '1',
    '1012 AB',
    'Amsterdam',
    '754|756',
    'verblijf',
    '2',
    'dementie',
    'Algemeen',
    'ja',
    '31-12-2027',
    '754:8',
    '01-11-2026',
  ],
  [
    'Stichting Baken (fictief)',
    '90000002',
    '73000002',
    'Het Baken (fictief)',
    '000000000002',
    'Bakenplein',
    '5',
    '3511 AA',
    'Utrecht',
    '754',
    'verblijf|vpt',
    '0',
    'dementie|korsakov',
    'Protestants',
    'ja',
    '',
    '754:2',
    '15-11-2026',
  ],
  [
    'Zonnehof Zorg (fictief)',
    '90000003',
    '',
    'Zonnehof (fictief)',
    '000000000003',
    'Zonnelaan',
    '9',
    '9711 AA',
    'Groningen',
    '5VV|6VV',
    'verblijf',
    '4',
    '',
    'Rooms-katholiek',
    'nee',
    '',
    '754:0',
    '10-11-2026',
  ],
  [
    'Gehandicaptenzorg West (fictief)',
    '90000004',
    '',
    'Villa West (fictief)',
    '000000000004',
    'Westweg',
    '2',
    '2511 AA',
    'Den Haag',
    '808',
    'verblijf',
    '0',
    'gedrag',
    '',
    'ja',
    '',
    '',
    '',
  ],
]

export function csv(rows: string[][], sep = ';'): string {
  return [KOPJES, ...rows]
    .map((r) => r.map((c) => (c.includes(sep) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(sep))
    .join('\r\n')
}
export const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64')

/** Imports the rows with the suggested mapping; returns the import result. */
export async function importeer(b: TestBackend, base64: string, soort: 'csv' | 'xlsx' = 'csv') {
  const voorbeeld = await b.ok('aanbieders.importVoorbeeld', { bestandsnaam: `aanbieders.${soort}`, soort, base64 })
  if ('status' in voorbeeld) throw new Error('preview cancelled')
  return b.ok('aanbieders.import', { bestandsnaam: `aanbieders.${soort}`, soort, base64, koppeling: voorbeeld.koppeling })
}

/** The register's exported bytes (nothing cancels it in these tests). */
export async function exporteer(b: TestBackend, soort: 'csv' | 'xlsx'): Promise<Buffer> {
  const r = await b.ok('aanbieders.export', { soort })
  if (r.status !== 'klaar') throw new Error('export cancelled')
  return Buffer.from(r.bytes)
}
