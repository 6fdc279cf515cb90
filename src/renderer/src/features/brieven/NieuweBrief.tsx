import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { SoortVeld } from './SoortVeld'
import type { BriefSoort } from '../../../../shared/domain/brieven/soorten'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'

/** Start a letter: find the client by name, BSN or postcode, choose the letter type. */
export function NieuweBrief({ onCreated }: { onCreated: (id: number) => void }) {
  const [zoek, setZoek] = useState('')
  const [clientId, setClientId] = useState<number | null>(null)
  const [soort, setSoort] = useState<BriefSoort>('pgb_afwijzing')
  const action = useAction()
  const { data } = useRoute('caseload.query', { zoek, filter: { adviseur: 'alle' }, limit: 8 })
  const rows = zoek.trim().length >= 2 ? (data?.rows ?? []) : []
  const gekozen = rows.find((r) => r.id === clientId)

  async function create() {
    if (clientId === null) return action.setError('Kies eerst een cliënt.')
    await action.run(async () => onCreated((await call('brieven.create', { clientId, soort })).id))
  }

  return (
    <section className="card" aria-labelledby="nieuwe-brief">
      <h2 id="nieuwe-brief">Nieuwe brief</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="brief-zoek">Cliënt zoeken</label>
          <input
            id="brief-zoek"
            type="search"
            value={zoek}
            maxLength={100}
            placeholder="Naam, BSN of postcode"
            onChange={(e) => (setZoek(e.target.value), setClientId(null))}
          />
        </div>
        <SoortVeld id="brief-soort" value={soort} onChange={setSoort} />
      </div>
      {rows.length > 0 && (
        <fieldset className="client-keuze">
          <legend>Kies de cliënt</legend>
          {rows.map((r) => (
            <label key={r.id} className="checkbox">
              <input type="radio" name="brief-client" checked={clientId === r.id} onChange={() => setClientId(r.id)} />
              <span>
                {r.naam}{' '}
                <span className="muted">
                  · {r.geboortedatum.split('-').reverse().join('-')} · {r.postcode}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {zoek.trim().length >= 2 && data && rows.length === 0 && <p className="muted">Geen cliënten gevonden.</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={create} disabled={clientId === null}>
          Concept maken{gekozen ? ` voor ${gekozen.naam}` : ''}
        </button>
      </div>
      <ErrorAlert message={action.error} />
    </section>
  )
}
