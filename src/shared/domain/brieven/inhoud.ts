import { formatDateLong as d } from '../../format/nl'
import type { Blok, BriefProps } from '../../print/brief'
import { DEFAULT_BRIEFPAPIER, type Briefpapier } from '../../print/briefpapier'
import { aanhef } from './aanhef'
import { adresOntbreekt, adresregels, type BriefClient, type BriefVertegenwoordiger } from './adres'
import { notitie, opsomming } from './artikelen'
import { blok } from './blok'
import { ontvangstBezwaar } from './bezwaarBrief'
import { indicatieBlok, type BriefDossier } from './dossier'
import type { BriefGegevens, VrijeTekst } from './gegevens'
import { bevestigingWachtlijst, dubbelVerzekerd, uitnodigingKeuzegesprek, type GewoneBrief } from './gewoneBrieven'
import { ALLE_GRONDEN } from './gronden'
import { bezwaarclausule, feitenOntbreken, motivering, type Besluit } from './motivering'
import { pgbAfwijzing, pgbIntrekking, pgbToekenning, pgbWijziging } from './pgbTeksten'
import { SOORT_INFO, type BriefSoort } from './soorten'
import { voornemenAfwijzing } from './voornemen'
import { meerzorgAfwijzing, meerzorgToekenning, overbrugging, zinAfwijzing, zinToekenning } from './zinTeksten'

export { bezwaarAdres, bezwaarclausule } from './motivering'

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
  /** Facts read from the dossier (indicatie, vastgesteld budgetplan, gelijkgestelde dagen); see dossier.ts. */
  dossier?: BriefDossier
}

export interface BriefInhoud {
  props: BriefProps
  /** Plain Dutch sentences: what must be filled in or fixed before the letter can be finalised. */
  ontbrekend: string[]
  /** What the adviser must know before signing (an unverified article number, a ground's caveat). Never printed. */
  notities: string[]
}

/** Grants name the CIZ indicatie they rest on (zorgprofiel, besluitnummer, period). */
const TOEKENNINGEN: ReadonlySet<BriefSoort> = new Set([
  'pgb_toekenning',
  'pgb_wijziging',
  'vpt_toekenning',
  'mpt_toekenning',
  'overbrugging',
  'meerzorg_toekenning',
])

function typeDeel(bron: BriefBron): Besluit | GewoneBrief {
  const { soort: s, gegevens: g, dossier } = bron
  const kalender = dossier?.gelijkgesteldeDagen ?? []
  switch (s) {
    case 'pgb_toekenning':
      return pgbToekenning(g, false, dossier)
    case 'pgb_wijziging':
      return pgbWijziging(g, dossier)
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
      return ontvangstBezwaar(g, kalender)
    case 'voornemen_afwijzing':
      return voornemenAfwijzing(g, bron.vrijeTekst, bron.datum, kalender)
    case 'dubbel_verzekerd':
      return dubbelVerzekerd(g, bron.datum)
  }
}

/** Notes for the adviser: caveats of the chosen grounds and unverified articles in the legal basis. */
function notitiesVoor(deel: Besluit | GewoneBrief, g: BriefGegevens): string[] {
  const gronden = ALLE_GRONDEN.filter((x) => g.gronden.includes(x.code)).map((x) => x.notitie)
  const artikelen = 'besluit' in deel ? deel.grondslag.map(notitie) : []
  return [...new Set([...gronden, ...artikelen].filter((x): x is string => x !== null))]
}

/** Fills a letter from its source: the required blocks (locked) and the adviser's free paragraphs. */
export function briefInhoud(bron: BriefBron): BriefInhoud {
  const { soort, gegevens: g, vrijeTekst: vrij, briefpapier: bp, client, vertegenwoordiger: v } = bron
  const info = SOORT_INFO[soort]
  const deel = typeDeel(bron)
  const indicatie = TOEKENNINGEN.has(soort)
    ? indicatieBlok(bron.dossier, g.ingangsdatum ?? bron.dossier?.budgetplan?.periodeVan ?? null)
    : null
  const ontbrekend = [...adresOntbreekt(client, v), ...deel.ontbrekend, ...(indicatie?.ontbrekend ?? []), ...feitenOntbreken(soort, vrij)]
  if (!bp.organisatie || bp.organisatie === DEFAULT_BRIEFPAPIER.organisatie)
    ontbrekend.push('Vul de naam van het zorgkantoor in bij Beheer › Briefpapier.')
  if (!bp.telefoon) ontbrekend.push('Vul het telefoonnummer van het zorgkantoor in bij Beheer › Briefpapier.')
  if (info.beschikking && !bp.bezwaarAdres && !bp.postadres)
    ontbrekend.push('Vul het adres voor bezwaarschriften of het postadres in bij Beheer › Briefpapier.')

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
      ...(indicatie?.blokken ?? []),
      ...deel.details,
      ...motivering(soort, deel, vrij),
      bezwaarclausule(bp),
    )
  } else if (soort === 'voornemen_afwijzing') {
    // The voornemen places the facts paragraph itself, before its reasons.
    blokken.push(...deel.blokken)
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
    notities: notitiesVoor(deel, g),
    props: {
      briefpapier: bp,
      adresregels: adresregels(client, v).slice(0, 8),
      referentie,
      onderwerp: info.onderwerp,
      aanhef: aanhef(client, v),
      blokken,
      vervolgkop: { kenmerk: bron.kenmerk ?? 'concept', naam: client.naam },
      ondertekening: {
        groet: 'Met vriendelijke groet,',
        naam: bron.adviseur.naam,
        functie: bron.adviseur.functie,
        namens: info.beschikking ? `namens ${bp.organisatie}, in mandaat` : bp.organisatie,
      },
    },
  }
}
