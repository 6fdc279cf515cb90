import type { BriefProps } from '../../../../shared/print/brief'
import { BlokTekst } from '../../print/templates/BlokTekst'
import type { VrijeTekst } from '../../../../shared/domain/brieven/gegevens'

/**
 * The letter as it will be printed, block by block. Required blocks are locked (text only); the
 * two free paragraphs are text areas in place when the letter is still a concept.
 */
export function BriefVoorbeeld(props: { inhoud: BriefProps; vrijeTekst: VrijeTekst; onVrijeTekst: ((v: VrijeTekst) => void) | null }) {
  const { inhoud, vrijeTekst, onVrijeTekst } = props
  return (
    <article className="brief-voorbeeld" aria-label="Voorbeeld van de brief">
      <div className="voorbeeld-kop">
        <address className="voorbeeld-adres">
          {inhoud.adresregels.map((r, i) => (
            <span key={i}>{r}</span>
          ))}
        </address>
        <dl className="voorbeeld-referentie">
          {inhoud.referentie.map((r) => (
            <div key={r.label}>
              <dt>{r.label}</dt>
              <dd>{r.waarde}</dd>
            </div>
          ))}
        </dl>
      </div>
      <p>{inhoud.aanhef}</p>
      {inhoud.blokken.map((b) => {
        if (b.vrij && onVrijeTekst) {
          const key = b.id === 'afsluiting' ? 'afsluiting' : 'toelichting'
          return (
            <div key={b.id} className="blok-vrij">
              <label htmlFor={`vrij-${key}`}>
                {key === 'afsluiting' ? 'Eigen slotalinea (mag leeg blijven)' : 'Eigen toelichting (vrije tekst)'}
              </label>
              <textarea
                id={`vrij-${key}`}
                rows={key === 'afsluiting' ? 2 : 5}
                maxLength={key === 'afsluiting' ? 1000 : 4000}
                value={vrijeTekst[key]}
                onChange={(e) => onVrijeTekst({ ...vrijeTekst, [key]: e.target.value })}
              />
            </div>
          )
        }
        if (!b.alineas.length && !b.lijst.length && !b.tabel.length) return null
        return (
          <section key={b.id} className={b.vrij ? 'blok' : 'blok blok-vast'} aria-label={b.titel ?? undefined}>
            {!b.vrij && <span className="vast-label">vaste tekst</span>}
            {b.titel && <h3>{b.titel}</h3>}
            <BlokTekst blok={b} tabelClass="voorbeeld-tabel" />
          </section>
        )
      })}
      <div className="voorbeeld-ondertekening">
        <p>{inhoud.ondertekening.groet}</p>
        <p>
          <strong>{inhoud.ondertekening.naam}</strong>
        </p>
        <p>{inhoud.ondertekening.functie}</p>
        <p>{inhoud.ondertekening.namens}</p>
      </div>
    </article>
  )
}
