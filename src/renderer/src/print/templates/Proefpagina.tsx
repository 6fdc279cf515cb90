import type { z } from 'zod'
import type { ProefpaginaSchema } from '../../../../shared/print/documents'
import { Letterhead } from './Letterhead'

/**
 * A test page to check the window-envelope offsets on the office printer: the address block has a
 * thin frame, and the text runs onto a second page to show the page numbers.
 */
export function Proefpagina({ doc }: { doc: z.output<typeof ProefpaginaSchema> }) {
  return (
    <article className="letter proefpagina">
      <Letterhead
        briefpapier={doc.briefpapier}
        adresregels={doc.adresregels}
        kenmerk={
          <dl className="reference-grid">
            <dt>Datum</dt>
            <dd>{doc.datum}</dd>
            <dt>Onderwerp</dt>
            <dd>Proefafdruk vensterenvelop</dd>
          </dl>
        }
      />
      <section className="letter-body">
        <h1>Proefafdruk</h1>
        <p>
          Vouw deze pagina en steek hem in een vensterenvelop. Het adres moet helemaal binnen het venster staan. Klopt dat niet, pas dan de
          afstanden aan in Beheer.
        </p>
        {doc.alineas.map((a, i) => (
          <p key={i}>{a}</p>
        ))}
      </section>
    </article>
  )
}
