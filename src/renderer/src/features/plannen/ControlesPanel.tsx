import { useState } from 'react'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import type { Controles } from '../../../../shared/contracts/plannen.routes'
import { OverschrijfDialog } from './OverschrijfDialog'

const STATUS_LABEL = {
  voldoet: 'Voldoet',
  voldoet_niet: 'Voldoet niet',
  signaal: 'Let op',
  onbekend: 'Niet te beoordelen',
  nvt: 'Niet van toepassing',
} as const

/**
 * Every check with its article, its figures and the outcome; none of them blocks saving a draft. A
 * blocking check the app cannot judge can be overridden with a reason while the version is open;
 * an overridden check keeps its outcome and shows the reason.
 */
export function ControlesPanel(props: {
  controles: Controles | undefined
  loading: boolean
  /** The open version and its saved revision; null for a vastgesteld version (read only). */
  open: { versieId: number; revisie: number } | null
  onChanged: () => void
}) {
  const { controles, loading, open } = props
  const [kies, setKies] = useState<string | null>(null)
  const intrekken = useAction()
  if (!controles) return <p role="status">{loading ? 'Controles worden berekend…' : 'Geen controles.'}</p>
  const gekozen = controles.controles.find((c) => c.code === kies)
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
      {controles.problemen.length > 0 && (
        <div className="alert alert-warning">
          <p>Deze overschrijvingen tellen niet (meer) mee:</p>
          <ul>
            {controles.problemen.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <ErrorAlert message={intrekken.error} />
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
            {c.overschreven && (
              <p className="overschreven">
                <strong>Overschreven:</strong> {c.overschreven.reden}
              </p>
            )}
            {open && c.blokkeert && c.status === 'onbekend' && (
              <div className="actions">
                {c.overschreven ? (
                  <button
                    type="button"
                    className="link-button"
                    disabled={intrekken.busy}
                    onClick={() =>
                      void intrekken.run(async () => {
                        await call('plannen.overschrijving.delete', { versieId: open.versieId, code: c.code })
                        props.onChanged()
                      })
                    }
                  >
                    Overschrijving intrekken
                  </button>
                ) : (
                  <button type="button" onClick={() => setKies(c.code)} aria-label={`Overschrijven: ${c.titel}`}>
                    Overschrijven…
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {open && gekozen && (
        <OverschrijfDialog
          controle={gekozen}
          versieId={open.versieId}
          revisie={open.revisie}
          onClose={() => setKies(null)}
          onDone={() => {
            setKies(null)
            props.onChanged()
          }}
        />
      )}
    </section>
  )
}
