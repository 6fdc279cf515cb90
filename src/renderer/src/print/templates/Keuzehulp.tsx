import type { z } from 'zod'
import type { KeuzehulpSchema } from '../../../../shared/print/documents'

/** A plain-language comparison for the client to take home: what each place offers, the best marked in words. */
export function Keuzehulp({ doc }: { doc: z.output<typeof KeuzehulpSchema> }) {
  return (
    <article className="plan-doc keuzehulp">
      <header className="plan-head">
        <p className="org">{doc.briefpapier.organisatie}</p>
        <p className="plan-kind">Keuzehulp</p>
        <h1>Welke zorgaanbieder past bij u?</h1>
        <p>
          Voor {doc.clientNaam}, {doc.datum}. Hieronder ziet u de plaatsen naast elkaar. Bij elke regel staat <strong>(beste)</strong> bij
          de plaats die daar het beste scoort. U kiest zelf; uw klantadviseur helpt u graag.
        </p>
        <p>{doc.gezocht}</p>
      </header>
      <table className="keuze-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Onderwerp</span>
            </th>
            {doc.locaties.map((l, i) => (
              <th key={i} scope="col">
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.rijen.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.waarden.map((w, i) => (
                <td key={i} className={r.beste.includes(i) ? 'beste' : undefined}>
                  {w}
                  {r.beste.includes(i) && <strong> (beste)</strong>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="keuze-weging">{doc.weging}</p>
      <p className="keuze-foot">
        Vragen? Bel uw klantadviseur{doc.adviseur ? `, ${doc.adviseur}` : ''}
        {doc.briefpapier.telefoon ? `, op ${doc.briefpapier.telefoon}` : ''}. Wachttijden veranderen; vraag ernaar voordat u kiest.
      </p>
    </article>
  )
}
