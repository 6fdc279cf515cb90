import { useTeam } from '../../api/team'
import { OpnieuwAanmeldenButton } from '../beheer/teamserver/OpnieuwAanmelden'
import { aantal, conflictTekst, verbinding, wachtendTekst } from '../beheer/teamserver/syncTekst'

/**
 * The team state in the header: connected, offline since when, what has not been sent, conflicts to
 * resolve. A polite live region, so a screen reader hears a change without losing its place; it
 * changes only after a sync run. Nothing at all in single-desk mode.
 */
export function SyncIndicator() {
  const s = useTeam()
  if (!s) return null
  const v = verbinding(s)
  return (
    <div className="sync-indicator">
      <span role="status" aria-live="polite">
        <span className={`sync-dot sync-${v.soort}`} aria-hidden="true" />
        <span className="visually-hidden">Teamserver: </span>
        {v.tekst}
        {s.wachtend > 0 && ` · ${wachtendTekst(s.wachtend)}`}
        {s.conflicten > 0 && <span className="visually-hidden"> · {conflictTekst(s.conflicten)}</span>}
      </span>
      {s.conflicten > 0 && (
        <a className="sync-link" href="#/synchronisatie">
          {conflictTekst(s.conflicten)} oplossen
        </a>
      )}
      {s.geweigerd > 0 && (
        <a className="sync-link" href="#/synchronisatie">
          {aantal(s.geweigerd, 'geweigerde wijziging', 'geweigerde wijzigingen')}
        </a>
      )}
      {s.aangemeld && s.account?.mustChangePassword && (
        <a className="sync-link" href="#/beheer">
          Wachtwoord kiezen
        </a>
      )}
      {!s.aangemeld && <OpnieuwAanmeldenButton status={s} />}
    </div>
  )
}
