import type { Controles } from '../../../../shared/contracts/plannen.routes'

const STATUS_LABEL = {
  voldoet: 'Voldoet',
  voldoet_niet: 'Voldoet niet',
  signaal: 'Let op',
  onbekend: 'Niet te beoordelen',
  nvt: 'Niet van toepassing',
} as const

/** Every check with its article, its figures and the outcome; none of them blocks saving a draft. */
export function ControlesPanel({ controles, loading }: { controles: Controles | undefined; loading: boolean }) {
  if (!controles) return <p role="status">{loading ? 'Controles worden berekend…' : 'Geen controles.'}</p>
  return (
    <section aria-label="Controles" aria-busy={loading}>
      {controles.ontbreekt.length > 0 ? (
        <div className="card">
          <h2>Nog nodig om vast te stellen</h2>
          <ul className="ontbreekt">
            {controles.ontbreekt.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="alert alert-ok">Alles is compleet: dit plan kan worden vastgesteld.</p>
      )}
      {controles.controles.length === 0 && <p className="muted">Een zorgplan heeft geen kostencontroles.</p>}
      <ul className="controles">
        {controles.controles.map((c) => (
          <li key={c.code} className={`controle controle-${c.status}`}>
            <div className="controle-head">
              <span className={`status-pill pill-${c.status}`}>{STATUS_LABEL[c.status]}</span>
              <h3>{c.titel}</h3>
              <span className="artikel">{c.artikel}</span>
            </div>
            <p>{c.uitleg}</p>
            {c.cijfers.length > 0 && (
              <dl className="cijfers">
                {c.cijfers.map((f, i) => (
                  <div key={i}>
                    <dt>{f.label}</dt>
                    <dd>{f.waarde}</dd>
                  </div>
                ))}
              </dl>
            )}
            {c.ongeverifieerd && <p className="ongeverifieerd">{c.ongeverifieerd}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}
