import { formatDate } from '../../../../shared/format/nl'
import { useRoute } from '../../api/useRoute'
import { DataTable } from '../../components/DataTable'
import { Gedeeld } from '../../components/Gedeeld'
import { ReferenceImport } from './ReferenceImport'
import { SOORT_LABEL } from './ImportReport'

/** The loaded reference tables (with their row counts) and the import of a new indeling. */
export function ReferentieSection() {
  const refStatus = useRoute('referentie.status', {})
  return (
    <section className="card" aria-labelledby="beheer-ref">
      <h2 id="beheer-ref">Referentiegegevens</h2>
      {refStatus.data && refStatus.data.length > 0 ? (
        <DataTable
          label="Geladen referentietabellen"
          className="compact"
          rows={refStatus.data}
          rowKey={(r) => r.soort}
          columns={[
            { header: 'Tabel', cell: (r) => SOORT_LABEL[r.soort] },
            { header: 'Geldig vanaf', cell: (r) => formatDate(r.geldigVanaf) },
            { header: 'Rijen', cell: (r) => r.rijen.toLocaleString('nl-NL') },
            { header: 'Bestand', cell: (r) => r.bestandsnaam },
            { header: 'Geïmporteerd op', cell: (r) => formatDate(r.geimporteerdOp.slice(0, 10)) },
          ]}
        />
      ) : (
        <p className="muted">Er zijn nog geen referentiegegevens geladen.</p>
      )}
      <Gedeeld verbergen>
        <h3>Nieuwe indeling importeren</h3>
        <p>
          Gemeenten fuseren vaak per 1 januari. Importeer dan de nieuwe tabellen met hun ingangsdatum; oudere indelingen blijven bewaard.
        </p>
        <ReferenceImport onImported={refStatus.reload} />
      </Gedeeld>
    </section>
  )
}
