import type { z } from 'zod'
import type { PlanDocumentSchema } from '../../../../shared/print/documents'

/**
 * A zorgplan or budgetplan on A4 for signing. Not a letter: no window envelope, the office name
 * heads the first page, the plan follows section by section, and the signature blocks close it.
 */
export function PlanDocument({ doc }: { doc: z.output<typeof PlanDocumentSchema> }) {
  return (
    <article className="plan-doc">
      <header className="plan-head">
        <p className="org">{doc.briefpapier.organisatie}</p>
        <p className="plan-kind">{doc.soortLabel}</p>
        <h1>{doc.titel}</h1>
        <dl className="plan-facts">
          {doc.gegevens.map((g) => (
            <div key={g.label}>
              <dt>{g.label}</dt>
              <dd>{g.waarde}</dd>
            </div>
          ))}
        </dl>
      </header>
      {doc.secties.map((s, i) => (
        <section key={i} className="plan-section">
          <h2>{s.titel}</h2>
          {s.tekst.trim() ? s.tekst.split('\n').map((line, j) => <p key={j}>{line}</p>) : <p className="leeg">Niet ingevuld.</p>}
        </section>
      ))}
      {doc.kosten && (
        <section className="plan-section">
          <h2>Kosten ({doc.kosten.periode})</h2>
          <table className="plan-costs">
            <tbody>
              {doc.kosten.regels.map((r, i) => (
                <tr key={i}>
                  <td>{r.naam}</td>
                  <td className="num">{r.bedrag}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Totaal</th>
                <td className="num">{doc.kosten.totaal}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      )}
      {doc.controles.length > 0 && (
        <section className="plan-section">
          <h2>Controles</h2>
          <table className="plan-costs">
            <tbody>
              {doc.controles.map((c, i) => (
                <tr key={i}>
                  <td>
                    {c.titel} <span className="artikel">({c.artikel})</span>
                  </td>
                  <td className="num">{c.uitkomst}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="plan-signatures">
        {doc.ondertekening.map((o, i) => (
          <div key={i} className="signature">
            <p className="rol">{o.rol}</p>
            <p>Naam: {o.naam}</p>
            <p>Datum: ______________________</p>
            <p className="line">Handtekening:</p>
          </div>
        ))}
      </section>
    </article>
  )
}
