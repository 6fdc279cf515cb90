import type { Adviseur } from '../../../../shared/contracts/profiel.routes'
import { useTeam } from '../../api/team'
import { useToast } from '../../components/Toast'
import { ProfielForm } from '../setup/ProfielForm'

/** Tells the app frame to read the status again, so the banner shows the changed profile at once. */
export const STATUS_GEWIJZIGD = 'wlz:status-gewijzigd'

/**
 * The adviser's own naam, functie, afdeling and regio, as letters sign them. In a team they come
 * from the teamserver account and are shown only.
 */
export function ProfielBewerken({ profiel }: { profiel: Adviseur }) {
  const team = useTeam()
  const notify = useToast()
  return (
    <section className="card" aria-labelledby="beheer-uw-profiel">
      <h2 id="beheer-uw-profiel">Uw profiel</h2>
      {team ? (
        <p className="muted">
          {profiel.naam} · {profiel.functie}. Uw profiel komt van uw account op de teamserver; functioneel beheer past het daar aan.
        </p>
      ) : (
        <ProfielForm
          key={`${profiel.naam}|${profiel.functie}|${profiel.afdeling}|${profiel.regioCode}`}
          disabled={false}
          bestaand={profiel}
          onCreated={() => {
            notify('Uw profiel is opgeslagen')
            window.dispatchEvent(new Event(STATUS_GEWIJZIGD))
          }}
        />
      )}
    </section>
  )
}
