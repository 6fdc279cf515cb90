import { useState } from 'react'
import { useRoute } from '../../api/useRoute'
import { SOORT_INFO } from '../../../../shared/domain/brieven/soorten'
import { formatDate } from '../../../../shared/format/nl'
import { BatchSection } from './BatchSection'
import { BriefEditor } from './BriefEditor'
import { NieuweBrief } from './NieuweBrief'
import { ErrorAlert } from '../../components/ErrorAlert'

/** Brieven: start a letter, the latest letters, series (batches); one letter opens in the editor. */
export function BrievenPage() {
  const [open, setOpen] = useState<number | null>(null)
  const list = useRoute('brieven.list', {}, open)
  if (open !== null) return <BriefEditor key={open} id={open} onOpen={setOpen} onClose={() => setOpen(null)} />
  const rows = list.data ?? []
  return (
    <div className="page brieven-page">
      <h1>Brieven</h1>
      <NieuweBrief onCreated={setOpen} />
      <section className="card" aria-labelledby="recente-brieven">
        <h2 id="recente-brieven">Recente brieven</h2>
        <ErrorAlert message={list.error} />
        {rows.length === 0 ? (
          <p className="muted">Er zijn nog geen brieven. Maak hierboven een nieuwe brief.</p>
        ) : (
          <table className="data-table brieven-tabel">
            <thead>
              <tr>
                <th scope="col">Cliënt</th>
                <th scope="col">Soort</th>
                <th scope="col">Status</th>
                <th scope="col">Kenmerk</th>
                <th scope="col">Datum</th>
                <th scope="col">Verzonden</th>
                <th scope="col">
                  <span className="visually-hidden">Openen</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.clientNaam}</td>
                  <td>{SOORT_INFO[r.soort].label}</td>
                  <td>{r.status === 'definitief' ? 'Definitief' : 'Concept'}</td>
                  <td>{r.kenmerk ?? '—'}</td>
                  <td>{r.datum ? formatDate(r.datum) : '—'}</td>
                  <td>{r.verzondenOp ? formatDate(r.verzondenOp) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setOpen(r.id)}
                      aria-label={`Openen: ${SOORT_INFO[r.soort].label} voor ${r.clientNaam}`}
                    >
                      Openen
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <BatchSection onChanged={list.reload} />
    </div>
  )
}
