import { useState } from 'react'
import { useRoute } from '../../api/useRoute'
import { SOORT_INFO } from '../../../../shared/domain/brieven/soorten'
import { formatDate } from '../../../../shared/format/nl'
import { BatchSection } from './BatchSection'
import { BriefEditor } from './BriefEditor'
import { NieuweBrief } from './NieuweBrief'
import { ErrorAlert } from '../../components/ErrorAlert'
import { DataTable } from '../../components/DataTable'

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
          <DataTable
            className="brieven-tabel"
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Cliënt', cell: (r) => r.clientNaam },
              { header: 'Soort', cell: (r) => SOORT_INFO[r.soort].label },
              { header: 'Status', cell: (r) => (r.status === 'definitief' ? 'Definitief' : 'Concept') },
              { header: 'Kenmerk', cell: (r) => r.kenmerk ?? '—' },
              { header: 'Datum', cell: (r) => (r.datum ? formatDate(r.datum) : '—') },
              { header: 'Verzonden', cell: (r) => (r.verzondenOp ? formatDate(r.verzondenOp) : '—') },
              {
                header: 'Openen',
                hideHeader: true,
                cell: (r) => (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setOpen(r.id)}
                    aria-label={`Openen: ${SOORT_INFO[r.soort].label} voor ${r.clientNaam}`}
                  >
                    Openen
                  </button>
                ),
              },
            ]}
          />
        )}
      </section>
      <BatchSection onChanged={list.reload} />
    </div>
  )
}
