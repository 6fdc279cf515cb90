import { formatDateLong as d } from '../../format/nl'
import type { Blok, BriefProps } from '../../print/brief'
import { DEFAULT_BRIEFPAPIER, type Briefpapier } from '../../print/briefpapier'
import { aanhef, adresOntbreekt, adresregels, type BriefClient, type BriefVertegenwoordiger } from './adres'
import type { BriefGegevens, VrijeTekst } from './gegevens'
import { bevestigingWachtlijst, ontvangstBezwaar, uitnodigingKeuzegesprek, type GewoneBrief } from './gewoneBrieven'
import { blok, pgbAfwijzing, pgbIntrekking, pgbToekenning, type Besluit } from './pgbTeksten'
import { SOORT_INFO, type BriefSoort } from './soorten'
import { meerzorgAfwijzing, meerzorgToekenning, overbrugging, zinAfwijzing, zinToekenning } from './zinTeksten'

/**
 * Everything a letter is made from. Stored as the snapshot of a finalised letter, so the same
 * letter can be laid out again at any time and gives the same text.
 */
export interface BriefBron {
  soort: BriefSoort
  gegevens: BriefGegevens
  vrijeTekst: VrijeTekst
  /** The date on the letter (ISO). */
  datum: string
  /** Null while the letter is a concept: the number is given when it is finalised. */
  kenmerk: string | null
  client: BriefClient
  vertegenwoordiger: BriefVertegenwoordiger | null
  adviseur: { naam: string; functie: string }
  briefpapier: Briefpapier
  /** A correction replaces an earlier finalised letter. */
  corrigeert: { kenmerk: string; datum: string } | null
}

export interface BriefInhoud {
  props: BriefProps
  /** Plain Dutch sentences: what must be filled in or fixed before the letter can be finalised. */
  ontbrekend: string[]
}

function typeDeel(s: BriefSoort, g: BriefGegevens): Besluit | GewoneBrief {
  switch (s) {
    case 'pgb_toekenning':
      return pgbToekenning(g, false)
    case 'pgb_wijziging':
      return pgbToekenning(g, true)
    case 'pgb_afwijzing':
      return pgbAfwijzing(g)
    case 'pgb_intrekking':
      return pgbIntrekking(g)
    case 'vpt_toekenning':
      return zinToekenning('vpt', g)
    case 'mpt_toekenning':
      return zinToekenning('mpt', g)
    case 'vpt_afwijzing':
      return zinAfwijzing('vpt', g)
    case 'mpt_afwijzing':
      return zinAfwijzing('mpt', g)
    case 'overbrugging':
      return overbrugging(g)
    case 'meerzorg_toekenning':
      return meerzorgToekenning(g)
    case 'meerzorg_afwijzing':
      return meerzorgAfwijzing(g)
    case 'uitnodiging_keuzegesprek':
      return uitnodigingKeuzegesprek(g)
    case 'bevestiging_wachtlijst':
      return bevestigingWachtlijst(g)
    case 'ontvangst_bezwaar':
      return ontvangstBezwaar(g)
  }
}

const opsomming = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`)

/** Where a bezwaarschrift goes (Awb 3:45: to which body): the Beheer setting, else the postal address. */
export function bezwaarAdres(bp: Briefpapier): string {
  return bp.bezwaarAdres || [bp.organisatie, bp.afdeling, bp.postadres].filter(Boolean).join(', ')
}

/** Awb 3:45 (who, within which term, to which body), 6:5 (contents), 6:7/6:8 (six weeks from the day after sending). */
export function bezwaarclausule(bp: Briefpapier): Blok {
  return blok(
    'bezwaar',
    'Bent u het niet eens met dit besluit?',
    [
      'Dan kunt u bezwaar maken. Dat doet u schriftelijk, binnen zes weken na de dag waarop wij deze brief hebben verstuurd.',
      `Stuur uw bezwaarschrift naar: ${bezwaarAdres(bp)}.`,
      'Zet in uw bezwaarschrift:',
    ],
    {
      lijst: [
        'uw naam en adres;',
        'de datum;',
        'om welk besluit het gaat: het kenmerk van deze brief, of stuur een kopie van deze brief mee;',
        'waarom u het niet eens bent met het besluit;',
        'uw handtekening.',
      ],
      tabel: [],
    },
  )
}

function motivering(b: Besluit, vrij: VrijeTekst): Blok[] {
  const [eerste, ...rest] = b.redenen
  const metLijst = eerste?.endsWith(':') ?? false
  // "Wlz art. 3.3.3" says nothing more when "Wlz art. 3.3.3 lid 4 onder e" is named too.
  const artikelen = b.grondslag.filter((a) => !b.grondslag.some((other) => other.startsWith(`${a} `)))
  const grondslag = `Wij baseren dit besluit op: ${opsomming(artikelen)}. Een besluit moet goed gemotiveerd zijn (Awb art. 3:46 en 3:47).`
  return [
    blok('motivering', 'Waarom wij zo besluiten', metLijst ? [eerste!] : b.redenen, { lijst: metLijst ? rest : [] }),
    blok('grondslag', null, [grondslag]),
    blok('toelichting', 'Toelichting', vrij.toelichting ? vrij.toelichting.split(/\n{2,}/) : [], { vrij: true }),
  ]
}

/** Fills a letter from its source: the required blocks (locked) and the adviser's free paragraphs. */
export function briefInhoud(bron: BriefBron): BriefInhoud {
  const { soort, gegevens: g, vrijeTekst: vrij, briefpapier: bp, client, vertegenwoordiger: v } = bron
  const info = SOORT_INFO[soort]
  const deel = typeDeel(soort, g)
  const ontbrekend = [...adresOntbreekt(client, v), ...deel.ontbrekend]
  if (!bp.organisatie || bp.organisatie === DEFAULT_BRIEFPAPIER.organisatie)
    ontbrekend.push('Vul de naam van het zorgkantoor in bij Beheer › Briefpapier.')
  if (!bp.telefoon) ontbrekend.push('Vul het telefoonnummer van het zorgkantoor in bij Beheer › Briefpapier.')
  if (info.beschikking && !bp.bezwaarAdres && !bp.postadres)
    ontbrekend.push('Vul het adres voor bezwaarschriften of het postadres in bij Beheer › Briefpapier.')
  if (soort === 'pgb_wijziging' && !vrij.toelichting) ontbrekend.push('Schrijf in de toelichting waarom het pgb verandert.')

  const blokken: Blok[] = []
  if (bron.corrigeert) {
    blokken.push(
      blok('correctie', 'Correctie', [
        `Deze brief vervangt onze brief van ${d(bron.corrigeert.datum)} met kenmerk ${bron.corrigeert.kenmerk}. In die brief stond een fout. Alleen deze nieuwe brief geldt.`,
      ]),
    )
  }
  if (v) {
    blokken.push(
      blok('vertegenwoordiging', null, [
        `U ontvangt deze brief als ${v.relatie.toLowerCase()} van ${client.naam}, geboren op ${d(client.geboortedatum)}. Waar in deze brief 'u' staat, bedoelen wij ${client.naam}.`,
      ]),
    )
  }
  if ('besluit' in deel) {
    blokken.push(
      blok('inleiding', null, deel.inleiding),
      blok('besluit', 'Ons besluit', deel.besluit),
      ...deel.details,
      ...motivering(deel, vrij),
      bezwaarclausule(bp),
    )
  } else {
    blokken.push(...deel.blokken, blok('toelichting', null, vrij.toelichting ? vrij.toelichting.split(/\n{2,}/) : [], { vrij: true }))
  }
  const contact = [bp.telefoon && `bel ${bp.telefoon}`, bp.email && `mail naar ${bp.email}`].filter(Boolean)
  blokken.push(
    blok('contact', 'Heeft u nog vragen?', [
      `Neem dan contact op met ${bron.adviseur.naam}${contact.length ? `: ${opsomming(contact)}` : ''}. Noem altijd het kenmerk van deze brief.`,
    ]),
    blok('afsluiting', null, vrij.afsluiting ? vrij.afsluiting.split(/\n{2,}/) : [], { vrij: true }),
  )

  // Short items first, two to a line; long ones (onderwerp, betreft) take a whole line.
  const referentie = [
    { label: 'Datum', waarde: d(bron.datum) },
    { label: 'Kenmerk', waarde: bron.kenmerk ?? 'concept' },
    { label: 'Behandeld door', waarde: bron.adviseur.naam },
    ...(bp.telefoon ? [{ label: 'Telefoon', waarde: bp.telefoon }] : []),
    ...(v ? [{ label: 'Betreft', waarde: `${client.naam}, geboren ${d(client.geboortedatum)}` }] : []),
    { label: 'Onderwerp', waarde: info.onderwerp },
  ]
  return {
    ontbrekend,
    props: {
      briefpapier: bp,
      adresregels: adresregels(client, v).slice(0, 8),
      referentie,
      onderwerp: info.onderwerp,
      aanhef: aanhef(client, v),
      blokken,
      ondertekening: {
        groet: 'Met vriendelijke groet,',
        naam: bron.adviseur.naam,
        functie: bron.adviseur.functie,
        namens: info.beschikking ? `namens ${bp.organisatie}, in mandaat` : bp.organisatie,
      },
    },
  }
}
