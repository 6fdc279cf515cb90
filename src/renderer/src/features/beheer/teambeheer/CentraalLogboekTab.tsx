import { useState } from 'react'
import { AUDIT_ACTION_LABEL, AUDIT_EVENT_LABEL } from '../../../../../shared/domain/auditEvents'
import { ROL_LABEL } from '../../../../../shared/contracts/teambeheer.routes'
import { formatDateTime } from '../../../../../shared/format/nl'
import { useRoute } from '../../../api/useRoute'
import { DataTable, TableScroll } from '../../../components/DataTable'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { ClientPicker } from '../../aanbieders/ClientPicker'

const PAGE = 50

/** Events only the server writes, next to the workstations' own (AUDIT_EVENT_LABEL). */
const SERVER_EVENT: Readonly<Record<string, string>> = {
  'account.create': 'Account aangemaakt',
  'account.update': 'Account gewijzigd',
  'account.disable': 'Account uitgeschakeld',
  'account.password_reset': 'Eenmalig wachtwoord ingesteld',
  'device.revoke': 'Apparaat ingetrokken',
  'device.revoke.dossier': 'Dossier stond op een ingetrokken apparaat',
  'sync.conflict.resolve': 'Conflict opgelost (teamserver)',
  'upload.finish': 'Enkele werkplek geüpload',
}
const eventLabel = (e: string) => SERVER_EVENT[e] ?? AUDIT_EVENT_LABEL[e] ?? e

/**
 * The central NEN 7513 log on the teamserver: what every workstation and the server recorded, for one
 * client or for everything, oldest first, a page at a time.
 */
export function CentraalLogboekTab() {
  const [client, setClient] = useState<{ id: number; naam: string } | null>(null)
  // The cursors of the pages seen so far, so "Vorige" goes back without the server keeping state.
  const [cursors, setCursors] = useState<number[]>([0])
  const after = cursors.at(-1)!
  const page = useRoute('teambeheer.audit', { clientId: client?.id ?? null, after, limit: PAGE })
  const kies = (c: { id: number; naam: string } | null) => {
    setClient(c)
    setCursors([0])
  }
  return (
    <>
      <div className="toolbar">
        {client ? (
          <p>
            Logboek van <strong>{client.naam}</strong>{' '}
            <button type="button" className="link-button" onClick={() => kies(null)}>
              Alle cliënten tonen
            </button>
          </p>
        ) : (
          <ClientPicker onPick={kies} />
        )}
      </div>
      <ErrorAlert message={page.error} />
      {page.data && page.data.rows.length === 0 && (
        <p className="muted">{client ? 'Voor deze cliënt staat nog niets in het centrale logboek.' : 'Het centrale logboek is leeg.'}</p>
      )}
      {page.data && page.data.rows.length > 0 && (
        <TableScroll label="Centraal logboek" busy={page.loading}>
          <DataTable
            caption={client ? `Centraal logboek van ${client.naam}` : 'Centraal logboek'}
            captionHidden
            className="compact"
            rows={page.data.rows}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Tijdstip', cell: (r) => formatDateTime(r.at) },
              { header: 'Handeling', cell: (r) => eventLabel(r.event) },
              { header: 'Soort', cell: (r) => AUDIT_ACTION_LABEL[r.action] },
              !client && { header: 'Cliënt', cell: (r) => r.clientNaam ?? '—' },
              { header: 'Door', cell: (r) => r.door ?? '—' },
              { header: 'Rol', cell: (r) => (r.role ? (ROL_LABEL[r.role as keyof typeof ROL_LABEL] ?? r.role) : '—') },
              { header: 'Apparaat', cell: (r) => r.apparaat ?? 'teamserver' },
            ]}
          />
        </TableScroll>
      )}
      <div className="actions">
        <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Vorige
        </button>
        <span className="muted">Pagina {cursors.length}</span>
        <button type="button" disabled={!page.data?.more} onClick={() => page.data && setCursors([...cursors, page.data.cursor])}>
          Volgende
        </button>
      </div>
    </>
  )
}
