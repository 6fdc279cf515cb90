import { useState, type ReactNode } from 'react'
import type { SyncStatus } from '../../../../../shared/contracts/teamserver.routes'
import { useTeamState } from '../../../api/team'
import { Modal } from '../../../components/Modal'
import { useToast } from '../../../components/Toast'
import { AanmeldForm } from './AanmeldForm'

/** Signing in again on a registered workstation whose session ended: same server, same device. */
export function OpnieuwAanmeldenForm({ status, onDone, intro }: { status: SyncStatus; onDone?: () => void; intro?: ReactNode }) {
  const team = useTeamState()
  const notify = useToast()
  if (!status.server || !status.apparaat) return null
  return (
    <AanmeldForm
      url={status.server.url}
      fingerprint={status.server.fingerprint}
      apparaat={status.apparaat}
      gebruikersnaam={status.account?.gebruikersnaam ?? ''}
      intro={intro}
      onSignedIn={(s) => {
        team.set(s)
        notify('U bent weer aangemeld bij de teamserver.')
        onDone?.()
      }}
    />
  )
}

/** The shell's "Opnieuw aanmelden" button with its dialog. */
export function OpnieuwAanmeldenButton({ status }: { status: SyncStatus }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="lock-button" onClick={() => setOpen(true)}>
        Opnieuw aanmelden
      </button>
      <Modal open={open} title="Opnieuw aanmelden bij de teamserver" onClose={() => setOpen(false)}>
        <OpnieuwAanmeldenForm
          status={status}
          onDone={() => setOpen(false)}
          intro={
            <p>
              U bent niet aangemeld bij {status.server?.url ?? 'de teamserver'}. Uw werk blijft op deze werkplek bewaard en wordt verstuurd
              zodra u weer bent aangemeld.
            </p>
          }
        />
      </Modal>
    </>
  )
}
