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
          {s === 'buiten_regio' && <WarningIcon />}
          {SIGNAAL_LABEL[s]}
        </span>
      ))}
    </span>
  )
}

const WarningIcon = () => (
  <span className="badge-icon" aria-hidden="true">
    ⚠
  </span>
)

/** "Buiten regio" as the warning it is: amber, a warning sign and the words (never colour alone). */
export function BuitenRegio() {
  return (
    <span className="badge badge-buiten_regio" title="De cliënt woont buiten uw zorgkantoorregio">
      <WarningIcon />
      Buiten regio
    </span>
  )
}
