import { useRoute } from '../../../api/useRoute'
import { DataTable } from '../../../components/DataTable'

/** Changes the teamserver refused, with its reason: they stay here so nothing disappears unnoticed. */
export function GeweigerdList({ refresh }: { refresh: unknown }) {
  const list = useRoute('teamserver.geweigerd', {}, refresh)
  if (!list.data) return <p role="status">{list.error ?? 'Laden…'}</p>
  if (list.data.length === 0) return <p className="muted">De teamserver heeft geen wijzigingen van deze werkplek geweigerd.</p>
  return (
    <DataTable
      label="Geweigerde wijzigingen"
      className="compact"
      rows={list.data}
      rowKey={(r) => r.changeId}
      columns={[
        { header: 'Gegevens', cell: (r) => r.soortLabel, rowHeader: true },
        { header: 'Wijziging', cell: (r) => (r.op === 'delete' ? 'Verwijderd' : 'Toegevoegd of gewijzigd') },
        { header: 'Reden van de teamserver', cell: (r) => r.melding },
      ]}
    />
  )
}
