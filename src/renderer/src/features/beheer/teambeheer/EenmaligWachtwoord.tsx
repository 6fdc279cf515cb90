import { Modal } from '../../../components/Modal'

/**
 * A one-time password, shown once: the server keeps only its hash, so after closing this dialog
 * nobody can see it again (a new one can always be made).
 */
export function EenmaligWachtwoord(props: {
  voor: { naam: string; gebruikersnaam: string } | null
  wachtwoord: string | null
  onClose: () => void
}) {
  return (
    <Modal open={props.wachtwoord !== null} title="Eenmalig wachtwoord" onClose={props.onClose}>
      <div className="form">
        <p>
          Geef dit wachtwoord aan <strong>{props.voor?.naam}</strong> (gebruikersnaam <strong>{props.voor?.gebruikersnaam}</strong>). Bij de
          eerste aanmelding kiest hij of zij een eigen wachtwoord.
        </p>
        <p className="eenmalig-wachtwoord" aria-label={`Eenmalig wachtwoord: ${props.wachtwoord?.split('').join(' ')}`}>
          {props.wachtwoord}
        </p>
        <p className="alert alert-info">U ziet dit wachtwoord alleen nu. Kwijt? Stel dan een nieuw eenmalig wachtwoord in.</p>
        <div className="actions">
          <button type="button" className="primary" onClick={props.onClose}>
            Ik heb het wachtwoord overgenomen
          </button>
        </div>
      </div>
    </Modal>
  )
}
