import type { Signaal } from '../../../../shared/contracts/caseload.routes'

export const SIGNAAL_LABEL: Record<Signaal, string> = {
  te_laat: 'Te laat',
  deze_week: 'Deze week',
  indicatie_eindigt: 'Indicatie eindigt',
  buiten_regio: 'Buiten regio',
  urgent: 'Urgent wachtend',
}

/** Signals as short text badges (never colour alone), most pressing first. */
export function SignalBadges({ signalen }: { signalen: readonly Signaal[] }) {
  if (!signalen.length) return null
  return (
    <span className="badges">
      {signalen.map((s) => (
        <span key={s} className={`badge badge-${s}`}>
          {SIGNAAL_LABEL[s]}
        </span>
      ))}
    </span>
  )
}
