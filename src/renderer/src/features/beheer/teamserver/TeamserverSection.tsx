import { useState } from 'react'
import type { SyncStatus } from '../../../../../shared/contracts/teamserver.routes'
import { ROL_LABEL } from '../../../../../shared/contracts/teambeheer.routes'
import { call } from '../../../api/client'
import { useTeamState } from '../../../api/team'
import { useAction } from '../../../components/useAction'
import { useToast } from '../../../components/Toast'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { ConnectForm } from './ConnectForm'
import { GeweigerdList } from './GeweigerdList'
import { OpnieuwAanmeldenForm } from './OpnieuwAanmelden'
import { Vingerafdruk } from './Vingerafdruk'
import { WachtwoordForm } from './WachtwoordForm'
import { conflictTekst, tijdstip, verbinding, wachtendTekst } from './syncTekst'

/** Beheer → Teamserver: connect a single desk, or the state of this workstation in its team. */
export function TeamserverSection() {
  const team = useTeamState()
  const notify = useToast()
  return (
    <section className="card" aria-labelledby="beheer-teamserver">
      <h2 id="beheer-teamserver">Teamserver</h2>
      {team.status ? (
        <TeamStatus status={team.status} />
      ) : (
        <>
          <p>
            Deze werkplek werkt op zichzelf. Met een teamserver deelt u de caseload met uw team, komen referentiegegevens, bedragen en
            briefpapier van functioneel beheer, en werkt u zonder netwerk gewoon door.
          </p>
          <details>
            <summary>Verbinden met een teamserver</summary>
            <ConnectForm
              onConnected={(s) => {
                team.set(s)
                notify('Deze werkplek is verbonden met de teamserver.')
              }}
            />
          </details>
        </>
      )}
    </section>
  )
}

function TeamStatus({ status: s }: { status: SyncStatus }) {
  const team = useTeamState()
  const notify = useToast()
  const action = useAction()
  const [bezig, setBezig] = useState<'sync' | 'afmelden' | null>(null)
  const v = verbinding(s)
  // Signing out first sends what is waiting and returns unused kenmerken: that can take a moment.
  const run = (wat: 'sync' | 'afmelden', message: string) =>
    action.run(async () => {
      setBezig(wat)
      try {
        team.set(await call(wat === 'sync' ? 'teamserver.synchroniseren' : 'teamserver.afmelden', {}))
        notify(message)
      } finally {
        setBezig(null)
      }
    })

  return (
    <>
      <dl className="facts">
        <dt>Server</dt>
        <dd className="mono">{s.server?.url}</dd>
        <dt>Status</dt>
        <dd>
          <span className={`sync-dot sync-${v.soort}`} aria-hidden="true" /> {v.tekst}
          {s.laatsteSync && <span className="muted"> · laatste synchronisatie {tijdstip(s.laatsteSync)}</span>}
        </dd>
        <dt>Deze werkplek</dt>
        <dd>
          {s.apparaat?.naam} ({s.apparaat?.scope === 'huisbezoek' ? 'laptop voor huisbezoeken' : 'bureauwerkplek'})
        </dd>
        <dt>Account</dt>
        <dd>
          {s.account
            ? `${s.account.naam} (${s.account.gebruikersnaam}) · ${ROL_LABEL[s.account.role as keyof typeof ROL_LABEL] ?? s.account.role}`
            : '—'}
        </dd>
        <dt>Nog te versturen</dt>
        <dd>{s.wachtend ? wachtendTekst(s.wachtend) : 'Niets: alles is verstuurd'}</dd>
        <dt>Conflicten</dt>
        <dd>{s.conflicten ? <a href="#/synchronisatie">{conflictTekst(s.conflicten)} — nu oplossen</a> : 'Geen'}</dd>
      </dl>
      {s.server?.fingerprint && <Vingerafdruk value={s.server.fingerprint} label="Vastgelegde vingerafdruk van het certificaat" />}
      {s.melding && <p className="alert alert-info">{s.melding}</p>}
      {!s.aangemeld ? (
        <>
          <h3>Opnieuw aanmelden</h3>
          <OpnieuwAanmeldenForm status={s} />
        </>
      ) : s.account?.mustChangePassword ? (
        <>
          <h3>Eigen wachtwoord kiezen</h3>
          <WachtwoordForm onDone={(next) => (team.set(next), notify('Uw wachtwoord is opgeslagen.'))} />
        </>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={action.busy}
            onClick={() => void run('sync', 'Gesynchroniseerd met de teamserver.')}
          >
            {bezig === 'sync' ? 'Bezig met synchroniseren…' : 'Nu synchroniseren'}
          </button>
          <button type="button" disabled={action.busy} onClick={() => void run('afmelden', 'U bent afgemeld bij de teamserver.')}>
            {bezig === 'afmelden' ? 'Bezig met afmelden…' : 'Afmelden'}
          </button>
        </div>
      )}
      <ErrorAlert message={action.error} />
      <h3>Geweigerde wijzigingen ({s.geweigerd})</h3>
      <GeweigerdList refresh={s.geweigerd} />
    </>
  )
}
