import type { z } from 'zod'
import { KNIP_ANKER, type BriefDocumentSchema, type BriefProps, type BrievenbundelSchema } from '../../../../shared/print/brief'
import { Letterhead } from './Letterhead'
import { BlokTekst } from './BlokTekst'
import '../brief.css'

/**
 * A letter or beschikking: letterhead and window address, the reference block, then the blocks
 * in order (locked ones and the adviser's free paragraphs look the same on paper), and the
 * signature of the official acting under mandate. Every text is rendered as text, never as markup.
 */
export function BriefLetter({ brief, volgnummer }: { brief: BriefProps; volgnummer?: number }) {
  const lang = brief.adresregels.join('').length > 140
  return (
    <article className={`letter brief${lang ? ' adres-lang' : ''}`}>
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
        {brief.blokken
          .filter((b) => b.alineas.length || b.lijst.length || b.tabel.length)
          .map((b) => (
            <section key={b.id} className={`blok blok-${b.id}`}>
              {b.titel && <h2>{b.titel}</h2>}
              <BlokTekst blok={b} tabelClass="berekening" />
            </section>
          ))}
        <div className="ondertekening">
          <p>{brief.ondertekening.groet}</p>
          <p className="naam">{brief.ondertekening.naam}</p>
          <p>{brief.ondertekening.functie}</p>
          <p>{brief.ondertekening.namens}</p>
        </div>
      </section>
    </article>
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
