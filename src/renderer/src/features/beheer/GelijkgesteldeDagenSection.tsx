import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { ConfirmButton } from '../../components/ConfirmButton'
import { DataTable, TableScroll } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Modal } from '../../components/Modal'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'
import type { GelijkgesteldeDagRij } from '../../../../shared/contracts/termijnen.routes'
import { metDag } from '../../../../shared/domain/termijnen/atw'
import { BesluitImport } from './BesluitImport'
import { GelijkgesteldeDagForm, LEGE_DAG } from './GelijkgesteldeDagForm'

/**
 * Beheer › Gelijkgestelde dagen: the days a Koninklijk Besluit equates with a feestdag (Atw art. 3
 * lid 3, e.g. the Friday after Hemelvaartsdag). Every term the app computes rolls over them; a
 * change moves the open tasks at once. A year in use without a decree is signalled at the top.
 */
export function GelijkgesteldeDagenSection() {
  const list = useRoute('termijnen.gelijkgesteld.list', {})
  const ontbreekt = useRoute('termijnen.besluitOntbreekt', {})
  const [bewerk, setBewerk] = useState<GelijkgesteldeDagRij | null>(null)
  const action = useAction()
  const notify = useToast()
  const reload = () => {
    list.reload()
    ontbreekt.reload()
  }
  const remove = (r: GelijkgesteldeDagRij) =>
    action.run(async () => {
      await call('termijnen.gelijkgesteld.delete', { id: r.id, version: r.version })
      notify('Gelijkgestelde dag verwijderd. De termijnen zijn opnieuw berekend.')
      reload()
    })

  return (
    <section className="card" aria-labelledby="beheer-gelijkgesteld">
      <h2 id="beheer-gelijkgesteld">Gelijkgestelde dagen</h2>
      <p className="hint">
        Dagen die een Koninklijk Besluit gelijkstelt met een feestdag (Algemene termijnenwet art. 3 lid 3). Een termijn die op zo’n dag
        eindigt, schuift door naar de volgende werkdag. Elk besluit geldt drie jaar.
      </p>
      {ontbreekt.data?.melding && (
        <div className="alert alert-warning" role="status">
          <p>
            <strong>Besluit ontbreekt.</strong> {ontbreekt.data.melding}
          </p>
        </div>
      )}
      {list.data && (
        <TableScroll label="Lijst van gelijkgestelde dagen">
          <DataTable
            caption="Gelijkgestelde dagen"
            captionHidden
            className="compact"
            rows={list.data}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Datum', cell: (r) => metDag(r.datum), rowHeader: true },
              { header: 'Besluit', cell: (r) => r.besluit },
              { header: 'Bron', cell: (r) => r.bron },
              { header: 'Geverifieerd', cell: (r) => (r.geverifieerd ? 'Ja' : <strong>Nee</strong>) },
              {
                header: 'Acties',
                hideHeader: true,
                cell: (r) => (
                  <span className="acties">
                    <button type="button" className="link-button" onClick={() => setBewerk(r)} aria-label={`Wijzigen: ${metDag(r.datum)}`}>
                      Wijzigen
                    </button>
                    <ConfirmButton
                      className="link-button"
                      label="Verwijderen"
                      title="Gelijkgestelde dag verwijderen?"
                      confirmLabel="Verwijderen"
                      onConfirm={() => remove(r)}
                    >
                      <p>
                        {metDag(r.datum)} telt daarna als gewone werkdag. Open taken met een termijn rond die dag worden opnieuw berekend.
                      </p>
                    </ConfirmButton>
                  </span>
                ),
              },
            ]}
          />
        </TableScroll>
      )}
      <ErrorAlert message={action.error} />
      <h3>Dag toevoegen</h3>
      <GelijkgesteldeDagForm
        initial={LEGE_DAG}
        submitLabel="Dag toevoegen"
        save={(d) => call('termijnen.gelijkgesteld.create', d)}
        onSaved={() => (notify('Gelijkgestelde dag toegevoegd. De termijnen zijn opnieuw berekend.'), reload())}
      />
      <h3>Nieuw besluit importeren</h3>
      <BesluitImport onImported={reload} />
      <Modal open={bewerk !== null} title="Gelijkgestelde dag wijzigen" onClose={() => setBewerk(null)}>
        {bewerk && (
          <GelijkgesteldeDagForm
            initial={bewerk}
            submitLabel="Opslaan"
            save={(d) => call('termijnen.gelijkgesteld.update', { ...d, id: bewerk.id, version: bewerk.version })}
            onSaved={() => (setBewerk(null), notify('Gelijkgestelde dag gewijzigd.'), reload())}
            onCancel={() => setBewerk(null)}
          />
        )}
      </Modal>
    </section>
  )
}
