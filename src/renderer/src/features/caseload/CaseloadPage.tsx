import { useState } from 'react'
import { useRoute } from '../../api/useRoute'
import { Modal } from '../../components/Modal'
import { useToast } from '../../components/Toast'
import { formatDate } from '../../../../shared/format/nl'
import { ClientForm } from './ClientForm'
import { useDebounced } from './useDebounced'

/** The adviser's caseload: search, the client list, and "Nieuwe cliënt". */
export function CaseloadPage() {
  const [zoek, setZoek] = useState('')
  const [creating, setCreating] = useState(false)
  const notify = useToast()
  const term = useDebounced(zoek, 120)
  const list = useRoute('clients.list', { zoek: term })

  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">Caseload</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          Nieuwe cliënt
        </button>
      </div>
      <div className="toolbar">
        <label htmlFor="zoek" className="visually-hidden">
          Zoek cliënt
        </label>
        <input
          id="zoek"
          type="search"
          placeholder="Zoek op naam of BSN"
          value={zoek}
          onChange={(e) => setZoek(e.target.value)}
          className="search"
          maxLength={100}
        />
        <span className="muted" role="status">
          {list.data ? `${list.data.total} ${list.data.total === 1 ? 'cliënt' : 'cliënten'}` : ''}
        </span>
      </div>
      {list.error && (
        <p className="alert alert-error" role="alert">
          {list.error}
        </p>
      )}
      {list.data && list.data.total === 0 ? (
        <div className="empty-state">
          {term ? (
            <p>Geen cliënten gevonden voor “{term}”.</p>
          ) : (
            <>
              <p>
                <strong>Uw caseload is nog leeg.</strong>
              </p>
              <p>Voeg een cliënt toe met de knop “Nieuwe cliënt”.</p>
            </>
          )}
        </div>
      ) : (
        <table className="data-table" aria-label="Cliënten">
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Geboortedatum</th>
              <th scope="col">BSN</th>
            </tr>
          </thead>
          <tbody>
            {list.data?.rows.map((c) => (
              <tr key={c.id}>
                <td>{c.sortNaam}</td>
                <td>{formatDate(c.geboortedatum)}</td>
                <td className="mono">{c.bsnMasked}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Modal open={creating} title="Nieuwe cliënt" onClose={() => setCreating(false)}>
        <ClientForm
          onCancel={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false)
            notify(`Cliënt ${c.naam} is toegevoegd.`)
            list.reload()
          }}
        />
      </Modal>
    </section>
  )
}
