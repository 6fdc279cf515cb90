import { formatZorgprofielen } from '../../../../shared/format/codes'
import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { useAction } from '../../components/useAction'
import { DataTable, TableScroll } from '../../components/DataTable'
import { ImportWizard } from './ImportWizard'
import { downloadBytes } from './readBase64'
import { LocatieDialog } from './LocatieDialog'
import { Gedeeld } from '../../components/Gedeeld'
import { useToast } from '../../components/Toast'
import { Voortgang } from './Voortgang'

/** The provider register: search the locations, import a file, export to CSV or Excel. */
export function RegisterTab() {
  const [zoek, setZoek] = useState('')
  const list = useRoute('aanbieders.locaties', { zoek })
  const action = useAction()
  const [open, setOpen] = useState<number | null>(null)
  const notify = useToast()

  const exporteer = (soort: 'csv' | 'xlsx') =>
    action.run(async () => {
      const f = await call('aanbieders.export', { soort })
      if (f.status === 'geannuleerd') return notify('De export is geannuleerd.')
      downloadBytes(
        f.bestandsnaam,
        f.bytes,
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
          <button type="button" disabled={action.busy} onClick={() => void exporteer('csv')}>
            Exporteer CSV
          </button>
          <button type="button" disabled={action.busy} onClick={() => void exporteer('xlsx')}>
            Exporteer Excel
          </button>
        </div>
        {action.busy && <Voortgang taak="export" />}
        {action.error && <p className="alert alert-error">{action.error}</p>}
        {list.data && list.data.totaal === 0 && (
          <p className="muted">{zoek ? 'Geen locaties gevonden.' : 'Nog geen zorgaanbieders. Importeer een bestand hieronder.'}</p>
        )}
        {list.data && list.data.totaal > 0 && (
          <TableScroll label="Locaties" busy={list.loading}>
            <DataTable
              caption="Locaties van zorgaanbieders"
              captionHidden
              rows={list.data.rijen}
              rowKey={(r) => r.id}
              columns={[
                {
                  header: 'Locatie',
                  cell: (r) => (
                    <button type="button" className="link-button" onClick={() => setOpen(r.id)}>
                      {r.naam}
                    </button>
                  ),
                },
                { header: 'Organisatie', cell: (r) => r.organisatie },
                { header: 'Plaats', cell: (r) => `${r.postcode} ${r.woonplaats}` },
                { header: 'Zorgprofielen', cell: (r) => formatZorgprofielen(r.zorgprofielen) },
                { header: 'Contract', cell: (r) => (r.gecontracteerd ? 'Ja' : 'Nee') },
                { header: 'Wachtenden', cell: (r) => r.wachtenden, className: 'num' },
              ]}
            />
            {list.data.totaal > list.data.rijen.length && (
              <p className="muted">
                De eerste {list.data.rijen.length} van {list.data.totaal}; zoek om te verfijnen.
              </p>
            )}
          </TableScroll>
        )}
      </section>
      <Gedeeld verbergen uitleg="Het aanbiedersregister importeert de functioneel beheerder voor het hele zorgkantoor.">
        <ImportWizard onDone={list.reload} />
      </Gedeeld>
      {open !== null && <LocatieDialog id={open} onClose={() => setOpen(null)} onSaved={list.reload} />}
    </>
  )
}
