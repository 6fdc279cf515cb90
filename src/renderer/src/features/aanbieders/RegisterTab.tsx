import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { useAction } from '../../components/useAction'
import { ImportWizard } from './ImportWizard'
import { downloadBase64 } from './readBase64'
import { LocatieDialog } from './LocatieDialog'

/** The provider register: search the locations, import a file, export to CSV or Excel. */
export function RegisterTab() {
  const [zoek, setZoek] = useState('')
  const list = useRoute('aanbieders.locaties', { zoek })
  const action = useAction()
  const [open, setOpen] = useState<number | null>(null)

  const exporteer = (soort: 'csv' | 'xlsx') =>
    action.run(async () => {
      const f = await call('aanbieders.export', { soort })
      downloadBase64(
        f.bestandsnaam,
        f.base64,
        soort === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
    })

  return (
    <>
      <section className="card" aria-labelledby="register-title">
        <h2 id="register-title">Locaties</h2>
        <div className="toolbar">
          <label>
            Zoek <input type="search" value={zoek} onChange={(e) => setZoek(e.target.value)} placeholder="naam, plaats, postcode" />
          </label>
          <button type="button" onClick={() => void exporteer('csv')}>
            Exporteer CSV
          </button>
          <button type="button" onClick={() => void exporteer('xlsx')}>
            Exporteer Excel
          </button>
        </div>
        {action.error && <p className="alert alert-error">{action.error}</p>}
        {list.data && list.data.totaal === 0 && (
          <p className="muted">{zoek ? 'Geen locaties gevonden.' : 'Nog geen zorgaanbieders. Importeer een bestand hieronder.'}</p>
        )}
        {list.data && list.data.totaal > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Locaties" aria-busy={list.loading}>
            <table className="data-table">
              <caption className="visually-hidden">Locaties van zorgaanbieders</caption>
              <thead>
                <tr>
                  <th scope="col">Locatie</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Plaats</th>
                  <th scope="col">Zorgprofielen</th>
                  <th scope="col">Contract</th>
                  <th scope="col">Wachtenden</th>
                </tr>
              </thead>
              <tbody>
                {list.data.rijen.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <button type="button" className="link-button" onClick={() => setOpen(r.id)}>
                        {r.naam}
                      </button>
                    </td>
                    <td>{r.organisatie}</td>
                    <td>
                      {r.postcode} {r.woonplaats}
                    </td>
                    <td>{r.zorgprofielen.join(', ')}</td>
                    <td>{r.gecontracteerd ? 'Ja' : 'Nee'}</td>
                    <td className="num">{r.wachtenden}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {list.data.totaal > list.data.rijen.length && (
              <p className="muted">
                De eerste {list.data.rijen.length} van {list.data.totaal}; zoek om te verfijnen.
              </p>
            )}
          </div>
        )}
      </section>
      <ImportWizard onDone={list.reload} />
      {open !== null && <LocatieDialog id={open} onClose={() => setOpen(null)} onSaved={list.reload} />}
    </>
  )
}
