import type { Apparaat } from '../../../../../shared/contracts/teambeheer.routes'
import { formatDateTime } from '../../../../../shared/format/nl'
import { call } from '../../../api/client'
import { useRoute } from '../../../api/useRoute'
import { ConfirmButton } from '../../../components/ConfirmButton'
import { DataTable, TableScroll } from '../../../components/DataTable'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useToast } from '../../../components/Toast'
import { useAction } from '../../../components/useAction'

/** Every registered workstation and laptop, with its last contact; a lost one is revoked here. */
export function ApparatenTab() {
  const list = useRoute('teambeheer.apparaten', {})
  const action = useAction()
  const notify = useToast()
  const intrekken = (d: Apparaat) =>
    action.run(async () => {
      const r = await call('teambeheer.apparaatIntrekken', { id: d.id })
      notify(`${d.naam} is ingetrokken (${r.dossiers} ${r.dossiers === 1 ? 'dossier' : 'dossiers'} in het logboek vastgelegd).`)
      list.reload()
    })
  return (
    <>
      <ErrorAlert message={list.error ?? action.error} />
      {list.data && (
        <TableScroll>
          <DataTable
            label="Apparaten"
            className="compact"
            rows={list.data}
            rowKey={(d) => d.id}
            rowClassName={(d) => (d.revokedAt ? 'muted' : undefined)}
            columns={[
              { header: 'Apparaat', cell: (d) => `${d.naam}${d.ditApparaat ? ' (deze werkplek)' : ''}`, rowHeader: true },
              { header: 'Soort', cell: (d) => (d.scope === 'huisbezoek' ? 'Laptop voor huisbezoeken' : 'Bureauwerkplek') },
              { header: 'Account', cell: (d) => <span className="mono">{d.gebruikersnaam}</span> },
              { header: 'Aangemeld sinds', cell: (d) => formatDateTime(d.registeredAt) },
              { header: 'Laatste contact', cell: (d) => (d.lastSeenAt ? formatDateTime(d.lastSeenAt) : 'nog niet') },
              {
                header: 'Acties',
                hideHeader: true,
                cell: (d) =>
                  d.revokedAt ? (
                    `Ingetrokken ${formatDateTime(d.revokedAt)}`
                  ) : d.ditApparaat ? (
                    <span className="muted">—</span>
                  ) : (
                    <ConfirmButton
                      className="link-button"
                      label="Intrekken"
                      title={`${d.naam} intrekken?`}
                      confirmLabel="Intrekken"
                      onConfirm={() => intrekken(d)}
                    >
                      <p>
                        Doe dit bij een verloren of vervangen apparaat. De sessie van <strong>{d.naam}</strong> stopt direct. Bij het
                        volgende contact met de teamserver worden alle gegevens op dat apparaat gewist. Wat het nog niet had verstuurd, gaat
                        verloren.
                      </p>
                      <p>Het logboek legt vast welke dossiers het apparaat had. Dit kunt u niet ongedaan maken.</p>
                    </ConfirmButton>
                  ),
              },
            ]}
          />
        </TableScroll>
      )}
    </>
  )
}
