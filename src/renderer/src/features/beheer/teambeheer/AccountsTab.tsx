import { useState } from 'react'
import { ROL_LABEL } from '../../../../../shared/contracts/teambeheer.routes'
import type { Account } from '../../../../../shared/contracts/sync/auth'
import { call } from '../../../api/client'
import { useRoute } from '../../../api/useRoute'
import { ConfirmButton } from '../../../components/ConfirmButton'
import { DataTable, TableScroll } from '../../../components/DataTable'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { Modal } from '../../../components/Modal'
import { useToast } from '../../../components/Toast'
import { useAction } from '../../../components/useAction'
import { AccountForm } from './AccountForm'
import { EenmaligWachtwoord } from './EenmaligWachtwoord'

/** The team's accounts on the server: who has which role in which teams, and whether they can sign in. */
export function AccountsTab({ eigenGebruikersnaam }: { eigenGebruikersnaam: string | null }) {
  const accounts = useRoute('teambeheer.accounts', {})
  const teams = useRoute('teambeheer.teams', {})
  const [maken, setMaken] = useState(false)
  const [wachtwoord, setWachtwoord] = useState<{ account: Account; wachtwoord: string } | null>(null)
  const action = useAction()
  const notify = useToast()

  const actief = (a: Account, aan: boolean) =>
    action.run(async () => {
      await call('teambeheer.accountActief', { id: a.id, actief: aan })
      notify(aan ? `${a.naam} kan weer aanmelden.` : `${a.naam} is uitgeschakeld; de sessies zijn beëindigd.`)
      accounts.reload()
    })
  const reset = (a: Account) =>
    action.run(async () => {
      const r = await call('teambeheer.wachtwoordReset', { id: a.id })
      setWachtwoord({ account: a, wachtwoord: r.eenmaligWachtwoord })
      accounts.reload()
    })

  return (
    <>
      <div className="page-head">
        <p className="muted">Elk account is ook een collega op alle werkplekken. De teams bepalen welke dossiers iemand ziet.</p>
        <button type="button" className="primary" onClick={() => setMaken(true)} disabled={!teams.data}>
          Nieuw account
        </button>
      </div>
      <ErrorAlert message={accounts.error ?? action.error} />
      {accounts.data && (
        <TableScroll>
          <DataTable
            label="Accounts"
            className="compact"
            rows={accounts.data}
            rowKey={(a) => a.id}
            columns={[
              { header: 'Naam', cell: (a) => a.naam, rowHeader: true },
              { header: 'Gebruikersnaam', cell: (a) => <span className="mono">{a.gebruikersnaam}</span> },
              { header: 'Rol', cell: (a) => ROL_LABEL[a.role] },
              { header: 'Teams', cell: (a) => a.teams.map((t) => t.naam).join(', ') },
              {
                header: 'Status',
                cell: (a) => (!a.actief ? <strong>Uitgeschakeld</strong> : a.mustChangePassword ? 'Eenmalig wachtwoord' : 'Actief'),
              },
              {
                header: 'Acties',
                hideHeader: true,
                cell: (a) =>
                  a.gebruikersnaam === eigenGebruikersnaam ? (
                    <span className="muted">uw eigen account</span>
                  ) : (
                    <span className="row-actions">
                      <ConfirmButton
                        className="link-button"
                        label={a.actief ? `Uitschakelen` : `Inschakelen`}
                        title={a.actief ? `${a.naam} uitschakelen?` : `${a.naam} inschakelen?`}
                        confirmLabel={a.actief ? 'Uitschakelen' : 'Inschakelen'}
                        onConfirm={() => actief(a, !a.actief)}
                      >
                        <p>
                          {a.actief
                            ? `${a.naam} kan dan niet meer aanmelden; lopende sessies stoppen direct. Dossiers en het logboek blijven zoals ze zijn.`
                            : `${a.naam} kan dan weer aanmelden met het bestaande wachtwoord.`}
                        </p>
                      </ConfirmButton>
                      <ConfirmButton
                        className="link-button"
                        label="Nieuw wachtwoord"
                        title={`Nieuw eenmalig wachtwoord voor ${a.naam}?`}
                        confirmLabel="Nieuw wachtwoord maken"
                        onConfirm={() => reset(a)}
                      >
                        <p>Het huidige wachtwoord werkt dan niet meer. {a.naam} kiest bij de volgende aanmelding een eigen wachtwoord.</p>
                      </ConfirmButton>
                    </span>
                  ),
              },
            ]}
          />
        </TableScroll>
      )}
      <Modal open={maken} title="Nieuw account" onClose={() => setMaken(false)}>
        <AccountForm
          teams={teams.data ?? []}
          onCancel={() => setMaken(false)}
          onCreated={(account, w) => {
            setMaken(false)
            setWachtwoord({ account, wachtwoord: w })
            accounts.reload()
          }}
        />
      </Modal>
      <EenmaligWachtwoord
        voor={wachtwoord?.account ?? null}
        wachtwoord={wachtwoord?.wachtwoord ?? null}
        onClose={() => setWachtwoord(null)}
      />
    </>
  )
}
