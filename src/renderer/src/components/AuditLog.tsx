import { useState } from 'react'
import { AUDIT_ACTION_LABEL, AUDIT_EVENT_LABEL } from '../../../shared/domain/auditEvents'
import { useRoute } from '../api/useRoute'

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
      <table className="data-table compact" aria-label="Logboek">
        <thead>
          <tr>
            <th scope="col">Tijdstip</th>
            <th scope="col">Handeling</th>
            <th scope="col">Soort</th>
            {showClient && <th scope="col">Cliënt</th>}
            <th scope="col">Door</th>
            <th scope="col">Rol</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{when(r.at)}</td>
              <td>{AUDIT_EVENT_LABEL[r.event] ?? r.event}</td>
              <td>{AUDIT_ACTION_LABEL[r.action]}</td>
              {showClient && <td>{r.clientNaam ?? '—'}</td>}
              <td>{r.userNaam ?? '—'}</td>
              <td>{r.userRole ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
