import { useState } from 'react'
import { AUDIT_ACTION_LABEL, AUDIT_EVENT_LABEL } from '../../../shared/domain/auditEvents'
import { useRoute } from '../api/useRoute'
import { DataTable } from './DataTable'

const when = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))
const PAGE = 50

/** The NEN 7513 access log: for one client, one adviser, or everything, newest first. */
export function AuditLog({
  clientId = null,
  userId = null,
  showClient,
}: {
  clientId?: number | null
  userId?: number | null
  showClient: boolean
}) {
  const [offset, setOffset] = useState(0)
  const log = useRoute('audit.list', { clientId, userId, offset, limit: PAGE })
  if (!log.data) return <p role="status">{log.error ?? 'Logboek wordt geladen…'}</p>
  const { rows, total } = log.data
  if (!total) return <p className="muted">Nog geen vastgelegde handelingen.</p>
  return (
    <>
      <DataTable
        label="Logboek"
        className="compact"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: 'Tijdstip', cell: (r) => when(r.at) },
          { header: 'Handeling', cell: (r) => AUDIT_EVENT_LABEL[r.event] ?? r.event },
          { header: 'Soort', cell: (r) => AUDIT_ACTION_LABEL[r.action] },
          showClient && { header: 'Cliënt', cell: (r) => r.clientNaam ?? '—' },
          { header: 'Door', cell: (r) => r.userNaam ?? '—' },
          { header: 'Rol', cell: (r) => r.userRole ?? '—' },
        ]}
      />
      <div className="actions">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          Nieuwer
        </button>
        <span className="muted">
          {offset + 1}–{Math.min(offset + PAGE, total)} van {total}
        </span>
        <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
          Ouder
        </button>
      </div>
    </>
  )
}
