import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { useTeamState } from '../../api/team'
import { useAction } from '../../components/useAction'
import { useToast } from '../../components/Toast'
import { ErrorAlert } from '../../components/ErrorAlert'
import { GeweigerdList } from '../beheer/teamserver/GeweigerdList'
import { conflictTekst, tijdstip, verbinding } from '../beheer/teamserver/syncTekst'
import { ConflictCard } from './ConflictCard'

/**
 * Synchronisatie (team mode): the conflicts this workstation has to resolve, one card each, and the
 * changes the teamserver refused. Reached from the header's indicator.
 */
export function SynchronisatiePage() {
  const team = useTeamState()
  const s = team.status
  const conflicten = useRoute('teamserver.conflicten', {}, `${s?.conflicten}-${s?.laatsteSync}`)
  const notify = useToast()
  const sync = useAction()

  if (!s)
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Synchronisatie</h1>
        <p className="muted">Deze werkplek is niet met een teamserver verbonden. Dat kan in Beheer → Teamserver.</p>
      </section>
    )
  const list = conflicten.data ?? []
  return (
    <section aria-labelledby="page-title" className="synchronisatie">
      <div className="page-head">
        <h1 id="page-title">Synchronisatie</h1>
        <button
          type="button"
          disabled={sync.busy || !s.aangemeld}
          onClick={() => void sync.run(async () => team.set(await call('teamserver.synchroniseren', {})))}
        >
          {sync.busy ? 'Bezig met synchroniseren…' : 'Nu synchroniseren'}
        </button>
      </div>
      <p className="muted">
        {verbinding(s).tekst}
        {s.laatsteSync && ` · laatste synchronisatie ${tijdstip(s.laatsteSync)}`}
      </p>
      {s.melding && <p className="alert alert-info">{s.melding}</p>}
      <ErrorAlert message={sync.error ?? conflicten.error} />
      <h2 className="section-title">{list.length ? `${conflictTekst(list.length)} om op te lossen` : 'Conflicten'}</h2>
      {conflicten.data && list.length === 0 && (
        <div className="empty-state">
          <p>
            <strong>Er zijn geen conflicten.</strong>
          </p>
          <p>Wijzigen twee werkplekken tegelijk hetzelfde veld, dan kiest u hier welke waarde blijft. Niets wordt zomaar overschreven.</p>
        </div>
      )}
      {list.map((c) => (
        <ConflictCard
          key={c.id}
          conflict={c}
          onResolved={(next) => {
            team.set(next)
            notify('Het conflict is opgelost.')
            conflicten.reload()
          }}
        />
      ))}
      <section className="card" aria-labelledby="geweigerd-title">
        <h2 id="geweigerd-title">Geweigerde wijzigingen</h2>
        <GeweigerdList refresh={s.geweigerd} />
      </section>
    </section>
  )
}
