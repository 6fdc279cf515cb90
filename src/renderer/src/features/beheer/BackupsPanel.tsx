import { useState } from 'react'
import type { BackupInfo } from '../../../../shared/contracts/backups.routes'
import { call, messageOf } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { ConfirmButton } from '../../components/ConfirmButton'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'
import { DataTable } from '../../components/DataTable'
import { ErrorAlert } from '../../components/ErrorAlert'

const when = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))
const size = (bytes: number) => `${(bytes / 1_048_576).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`

/**
 * Back-ups: list, make one now, and restore one. A restore replaces the database at the next
 * start (the current one is kept aside), so it asks first and then offers to restart.
 */
export function BackupsPanel({ allowCreate = true, onCreated }: { allowCreate?: boolean; onCreated?: () => void }) {
  const notify = useToast()
  const list = useRoute('backups.list', {})
  const action = useAction()
  const [restartNeeded, setRestartNeeded] = useState(false)

  const restore = (b: BackupInfo) =>
    action.run(async () => {
      await call('backups.restore', { naam: b.naam })
      setRestartNeeded(true)
    })

  return (
    <div className="backups">
      {restartNeeded ? (
        <div className="alert alert-warning" role="alert">
          <p>Het herstel is klaargezet. Start Wlz Werkplek opnieuw om het af te ronden.</p>
          <button
            type="button"
            className="primary"
            onClick={() => void call('app.restart', {}).catch((e: unknown) => action.setError(messageOf(e)))}
          >
            Nu opnieuw starten
          </button>
        </div>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <DataTable
          label="Back-ups"
          className="compact"
          rows={list.data}
          rowKey={(b) => b.naam}
          columns={[
            { header: 'Gemaakt op', cell: (b) => when(b.gemaaktOp) },
            { header: 'Cliënten', cell: (b) => b.clienten ?? '—' },
            { header: 'Grootte', cell: (b) => size(b.bytes) },
            {
              header: 'Actie',
              hideHeader: true,
              cell: (b) => (
                <ConfirmButton
                  label="Herstellen…"
                  className="link-button"
                  title="Back-up terugzetten"
                  confirmLabel="Terugzetten bij volgende start"
                  onConfirm={() => restore(b)}
                >
                  <p>
                    De gegevens van <strong>{when(b.gemaaktOp)}</strong> vervangen de huidige gegevens. Wat daarna is vastgelegd, is dan
                    niet meer zichtbaar. De huidige database blijft bewaard als “werkplek-voor-herstel”.
                  </p>
                </ConfirmButton>
              ),
            },
          ]}
        />
      ) : (
        <p className="muted">{list.data ? 'Er zijn nog geen back-ups.' : 'Laden…'}</p>
      )}
      {allowCreate && (
        <div className="actions">
          <button
            type="button"
            disabled={action.busy}
            onClick={() =>
              action.run(async () => {
                const b = await call('backups.create', {})
                notify(`Back-up gemaakt (${when(b.gemaaktOp)}).`)
                list.reload()
                onCreated?.()
              })
            }
          >
            {action.busy ? 'Bezig met back-up…' : 'Nu een back-up maken'}
          </button>
          <span className="muted">Elke dag wordt automatisch een gecontroleerde back-up gemaakt; de laatste 7 blijven bewaard.</span>
        </div>
      )}
      <ErrorAlert message={action.error} />
    </div>
  )
}
