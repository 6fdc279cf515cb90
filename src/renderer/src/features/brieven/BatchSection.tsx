import { useEffect, useState } from 'react'
import { call, onEvent } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { SoortVeld } from './SoortVeld'
import { downloadPdf } from '../../print/downloadPdf'
import { printPdf } from '../../print/printPdf'
import type { BatchRun } from '../../../../shared/contracts/brieven.routes'
import { LEGE_GEGEVENS } from '../../../../shared/domain/brieven/gegevens'
import { SOORT_INFO, type BriefSoort } from '../../../../shared/domain/brieven/soorten'
import { GegevensVelden } from './GegevensVelden'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { DataTable } from '../../components/DataTable'

const STATUS_LABEL = { definitief: 'Definitief', al_definitief: 'Was al definitief', mislukt: 'Mislukt' } as const

/**
 * A series of letters in one run, e.g. every budgethouder's new pgb toekenning in December: queue
 * one letter per client in my caseload with a pgb, finalise them all with a progress bar, see the
 * result per letter, run again to resume, and print them in one PDF.
 */
export function BatchSection({ onChanged }: { onChanged: () => void }) {
  const [naam, setNaam] = useState('Pgb toekenningen')
  const [soort, setSoort] = useState<BriefSoort>('pgb_toekenning')
  const [gegevens, setGegevens] = useState(LEGE_GEGEVENS)
  const action = useAction()
  const busy = action.busy
  const [run, setRun] = useState<BatchRun | null>(null)
  const [voortgang, setVoortgang] = useState<{ klaar: number; totaal: number } | null>(null)
  const batches = useRoute('brieven.batch.list', {})
  const pgb = useRoute('caseload.query', { filter: { adviseur: 'mij', leveringsvormen: ['pgb', 'mpt_pgb'] }, limit: 200 })
  useEffect(() => onEvent('brieven.batch.voortgang', (p) => setVoortgang({ klaar: p.klaar, totaal: p.totaal })), [])

  // Whatever the outcome, the list of series and the letters above show the new state.
  async function act(fn: () => Promise<void>) {
    await action.run(fn)
    batches.reload()
    onChanged()
  }
  const clientIds = pgb.data?.rows.map((r) => r.id) ?? []
  const fieldErrors = Object.fromEntries(action.issues.map((i) => [i.path, i.message]))

  return (
    <section className="card" aria-labelledby="reeksen">
      <h2 id="reeksen">Reeks brieven</h2>
      <p className="muted">Eén brief per cliënt met een pgb in uw caseload ({clientIds.length} cliënten).</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="reeks-naam">Naam van de reeks</label>
          <input id="reeks-naam" value={naam} maxLength={120} onChange={(e) => setNaam(e.target.value)} />
        </div>
        <SoortVeld id="reeks-soort" value={soort} onChange={setSoort} />
      </div>
      <GegevensVelden key={soort} soort={soort} value={gegevens} onChange={setGegevens} errors={fieldErrors} reeks />
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !clientIds.length}
          onClick={() => act(async () => void (await call('brieven.batch.create', { naam, soort, clientIds, gegevens })))}
        >
          Reeks aanmaken ({clientIds.length} brieven)
        </button>
      </div>
      <ErrorAlert message={action.error} />
      {(batches.data ?? []).length > 0 && (
        <DataTable
          className="brieven-tabel"
          caption="Reeksen"
          rows={batches.data!}
          rowKey={(b) => b.id}
          columns={[
            { header: 'Reeks', cell: (b) => b.naam },
            { header: 'Soort', cell: (b) => SOORT_INFO[b.soort].label },
            { header: 'Definitief', cell: (b) => `${b.definitief} van ${b.totaal}` },
            {
              header: 'Acties',
              className: 'acties',
              cell: (b) => (
                <>
                  <button
                    type="button"
                    disabled={busy || b.definitief === b.totaal}
                    onClick={() =>
                      act(
                        async () => (
                          setVoortgang({ klaar: 0, totaal: b.totaal }),
                          setRun(await call('brieven.batch.run', { batchId: b.id }))
                        ),
                      )
                    }
                  >
                    {b.definitief ? 'Verder uitvoeren' : 'Uitvoeren'}
                  </button>
                  <button
                    type="button"
                    disabled={busy || !b.definitief}
                    onClick={() => act(async () => downloadPdf(await call('brieven.batch.pdf', { batchId: b.id })))}
                  >
                    Alles in één PDF
                  </button>
                  <button
                    type="button"
                    disabled={busy || !b.definitief}
                    onClick={() => act(async () => void (await printPdf(await call('brieven.batch.pdf', { batchId: b.id }))))}
                  >
                    Alles afdrukken
                  </button>
                </>
              ),
            },
          ]}
        />
      )}
      {voortgang && (
        <div className="voortgang">
          <label htmlFor="reeks-voortgang">
            Voortgang: {voortgang.klaar} van {voortgang.totaal}
          </label>
          <progress id="reeks-voortgang" max={voortgang.totaal} value={voortgang.klaar} />
        </div>
      )}
      {run && (
        <DataTable
          className="brieven-tabel"
          caption={`Resultaat: ${run.gelukt} gelukt, ${run.mislukt} mislukt`}
          rows={run.resultaten}
          rowKey={(r) => r.briefId}
          rowClassName={(r) => (r.status === 'mislukt' ? 'mislukt' : undefined)}
          columns={[
            { header: 'Cliënt', cell: (r) => r.clientNaam },
            { header: 'Status', cell: (r) => STATUS_LABEL[r.status] },
            { header: 'Kenmerk', cell: (r) => r.kenmerk ?? '—' },
            { header: 'Melding', cell: (r) => r.melding },
          ]}
        />
      )}
    </section>
  )
}
