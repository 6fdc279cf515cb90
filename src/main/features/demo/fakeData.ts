/**
 * Deterministic, fictitious people for the demo and the benchmark. Names are common Dutch first
 * names and surnames combined at random; BSNs come from the 99… test range and pass the elfproef.
 */
const FIRST_NAMES = [
  'Anna',
  'Bram',
  'Carla',
  'Daan',
  'Eva',
  'Fleur',
  'Gerrit',
  'Hanna',
  'Ilse',
  'Joost',
  'Karin',
  'Lars',
  'Marieke',
  'Noor',
  'Otto',
  'Petra',
  'Ruben',
  'Sanne',
  'Tom',
  'Ursula',
  'Vera',
  'Willem',
  'Yara',
  'Zeger',
  'Aaltje',
  'Bernard',
  'Cornelia',
  'Dirk',
  'Everdina',
  'Frits',
  'Geertruida',
  'Hendrik',
  'Johanna',
  'Klaas',
  'Lotte',
  'Maarten',
  'Neeltje',
  'Pieter',
  'Riet',
  'Sjoerd',
  'Trijntje',
  'Wietske',
  'Jürgen',
  'Renée',
  'Zoë',
  'Chloë',
  'Mohammed',
  'Fatima',
  'Ayşe',
]
const SURNAMES: Array<[string, string]> = [
  ['de', 'Vries'],
  ['', 'Jansen'],
  ['', 'Bakker'],
  ['', 'Visser'],
  ['', 'Smit'],
  ['', 'Meijer'],
  ['de', 'Boer'],
  ['', 'Mulder'],
  ['de', 'Groot'],
  ['', 'Bos'],
  ['', 'Vos'],
  ['', 'Peters'],
  ['', 'Hendriks'],
  ['van', 'Leeuwen'],
  ['', 'Dekker'],
  ['', 'Brouwer'],
  ['de', 'Wit'],
  ['', 'Dijkstra'],
  ['', 'Smits'],
  ['de', 'Graaf'],
  ['van der', 'Meer'],
  ['van der', 'Linden'],
  ['', 'Kok'],
  ['', 'Jacobs'],
  ['de', 'Haan'],
  ['', 'Vermeulen'],
  ['van den', 'Berg'],
  ['van', 'Dijk'],
  ['', 'Müller'],
  ['', 'Öztürk'],
  ['', 'IJzerman'],
  ['van', 'Wijk'],
  ['', 'Postma'],
  ['', 'Kuipers'],
]

/** mulberry32: a tiny seeded PRNG, so every run generates the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!

export interface FakePerson {
  voornamen: string
  voorvoegsel: string
  achternaam: string
  geboortedatum: string
}

export function fakePerson(r: () => number, today: string): FakePerson {
  const [voorvoegsel, achternaam] = pick(r, SURNAMES)
  const second = r() < 0.4 ? ` ${pick(r, FIRST_NAMES)}` : ''
  // Wlz clients are mostly old, with a minority of children and adults with a handicap.
  const age = r() < 0.7 ? 65 + Math.floor(r() * 35) : 4 + Math.floor(r() * 60)
  const year = Number(today.slice(0, 4)) - age
  const month = 1 + Math.floor(r() * 12)
  const day = 1 + Math.floor(r() * 28)
  return {
    voornamen: pick(r, FIRST_NAMES) + second,
    voorvoegsel,
    achternaam,
    geboortedatum: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  }
}

const STREETS = [
  'Dorpsstraat',
  'Kerkstraat',
  'Molenweg',
  'Schoolstraat',
  'Beukenlaan',
  'Lindelaan',
  'Stationsweg',
  'Julianastraat',
  'Nieuwstraat',
  'Parkweg',
  'Esdoornhof',
  'Vlasakker',
  'Zonnebloemstraat',
  'Havenkade',
]
const LETTERS = 'ABCDEFGHJKLMNPRTVWXZ'

/** A fictitious address on a real PC4 (so region checks and distances work), with a made-up street. */
export function fakeAdres(r: () => number, pc4: { pc4: string; plaats: string }) {
  let letters = ''
  do letters = pick(r, [...LETTERS]) + pick(r, [...LETTERS])
  while (letters === 'SA' || letters === 'SD' || letters === 'SS')
  return {
    straat: pick(r, STREETS),
    huisnummer: String(1 + Math.floor(r() * 180)),
    huisnummerToevoeging: r() < 0.15 ? pick(r, ['A', 'B', '2', 'bis']) : '',
    postcode: `${pc4.pc4} ${letters}`,
    woonplaats: pc4.plaats,
  }
}

const VERSLAGEN = [
  'Kennismaking. Cliënt woont zelfstandig; dochter helpt bij de administratie. Wensen besproken: liefst zorg in de buurt.',
  'Telefonisch contact met de vertegenwoordiger over de wachtlijst. Voorkeur blijft dezelfde locatie.',
  'Huisbezoek: budgetplan doorgenomen. Zorgbeschrijvingen zijn compleet; afspraken over de administratie gemaakt.',
  'Evaluatie met aanbieder en cliënt. Doelen grotendeels behaald; dagbesteding uitbreiden naar drie dagdelen.',
  'Bewust keuzegesprek: motivatie voor pgb helder, gewaarborgde hulp aanwezig en op de hoogte van de taken.',
]
export const fakeVerslag = (r: () => number) => pick(r, VERSLAGEN)
