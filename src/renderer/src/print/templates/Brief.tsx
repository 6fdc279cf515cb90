import type { z } from 'zod'
import { KNIP_ANKER, type BriefDocumentSchema, type BriefProps, type BrievenbundelSchema } from '../../../../shared/print/brief'
import { Letterhead } from './Letterhead'
import { BlokTekst } from './BlokTekst'
import '../brief.css'

/** The closing blocks that go with the signature: they move to the next page together, never the signature alone. */
const SLOT = new Set(['contact', 'afsluiting'])
const gevuld = (b: BriefProps['blokken'][number]) => b.alineas.length || b.lijst.length || b.tabel.length

function Blokken({ blokken }: { blokken: BriefProps['blokken'] }) {
  return (
    <>
      {blokken.filter(gevuld).map((b) => (
        <section key={b.id} className={`blok blok-${b.id}`}>
          {b.titel && <h2>{b.titel}</h2>}
          <BlokTekst blok={b} tabelClass="berekening" />
        </section>
      ))}
    </>
  )
}

/**
 * A letter or beschikking: letterhead and window address, the reference block, then the blocks
 * in order (locked ones and the adviser's free paragraphs look the same on paper), and the
 * signature of the official acting under mandate. Every text is rendered as text, never as markup.
 *
 * The letter sits in a one-cell table whose header Chromium repeats at the top of every page the
 * letter runs onto: kenmerk and client name on each continuation page, per letter even in a print
 * run. On the first page the letterhead covers that header (brief.css). The footer with "pagina x
 * van y" is stamped per letter by src/main/print/pdfPages.ts.
 */
export function BriefLetter({ brief, volgnummer }: { brief: BriefProps; volgnummer?: number }) {
  const lang = brief.adresregels.join('').length > 140
  return (
    <article className={`letter brief${lang ? ' adres-lang' : ''}`}>
      <table className="vervolg" role="presentation">
        <thead aria-hidden="true">
          <tr>
            <td>
              <p className="vervolgkop">
                <span>Kenmerk {brief.vervolgkop.kenmerk}</span>
                <span>{brief.vervolgkop.naam}</span>
              </p>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <BriefInhoud brief={brief} volgnummer={volgnummer} />
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  )
}

function BriefInhoud({ brief, volgnummer }: { brief: BriefProps; volgnummer?: number }) {
  return (
    <>
      <Letterhead
        briefpapier={brief.briefpapier}
        adresregels={brief.adresregels}
        kenmerk={
          <dl className="reference-grid">
            {brief.referentie.map((r) => (
              <div key={r.label} className={`reference-row${r.waarde.length > 34 ? ' reference-breed' : ''}`}>
                <dt>{r.label}</dt>
                {/* The subject is the letter's one h1: its title in the tagged PDF. */}
                <dd>{r.label === 'Onderwerp' ? <h1 className="onderwerp">{r.waarde}</h1> : r.waarde}</dd>
              </div>
            ))}
          </dl>
        }
      >
        {volgnummer !== undefined && <a className="knip-anker" href={`${KNIP_ANKER}${volgnummer}`} aria-hidden="true" tabIndex={-1} />}
      </Letterhead>
      <section className="letter-body">
        <p className="aanhef">{brief.aanhef}</p>
        <Blokken blokken={brief.blokken.filter((b) => !SLOT.has(b.id))} />
        <div className="slot">
          <Blokken blokken={brief.blokken.filter((b) => SLOT.has(b.id))} />
          <div className="ondertekening">
            <p>{brief.ondertekening.groet}</p>
            <p className="naam">{brief.ondertekening.naam}</p>
            <p>{brief.ondertekening.functie}</p>
            <p>{brief.ondertekening.namens}</p>
          </div>
        </div>
      </section>
    </>
  )
}

export function Brief({ doc }: { doc: z.output<typeof BriefDocumentSchema> }) {
  return <BriefLetter brief={doc} />
}

/** A combined print run: the letters one after the other, each from a new sheet, each with its cut mark. */
export function Brievenbundel({ doc }: { doc: z.output<typeof BrievenbundelSchema> }) {
  return (
    <>
      {doc.brieven.map((b, i) => (
        <BriefLetter key={i} brief={b} volgnummer={i} />
      ))}
    </>
  )
}
