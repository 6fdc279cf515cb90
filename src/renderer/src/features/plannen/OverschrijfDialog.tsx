import { useState } from 'react'
import { call } from '../../api/client'
import { Modal } from '../../components/Modal'
import { TextArea } from '../../components/TextArea'
import { useAction } from '../../components/useAction'
import type { Controles } from '../../../../shared/contracts/plannen.routes'
import { MIN_REDEN } from '../../../../shared/domain/plannen/overschrijving'

type Controle = Controles['controles'][number]

/**
 * Letting a blocking check pass that the app cannot judge: only with a reason in words, which is
 * stored with the version, audited and listed in Beheer. Main checks again; its refusal is shown.
 */
export function OverschrijfDialog(props: {
  controle: Controle
  versieId: number
  revisie: number
  onDone: (c: Controles) => void
  onClose: () => void
}) {
  const [reden, setReden] = useState('')
  const action = useAction()
  const kort = reden.trim().length < MIN_REDEN
  const fieldError = action.issues.find((i) => i.path === 'reden')?.message
  return (
    <Modal open title={`Controle overschrijven: ${props.controle.titel}`} onClose={props.onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          if (kort) return action.setError(`Schrijf in minstens ${MIN_REDEN} tekens op waarom deze controle toch akkoord is.`)
          void action.run(async () =>
            props.onDone(
              await call('plannen.overschrijf', { versieId: props.versieId, revisie: props.revisie, code: props.controle.code, reden }),
            ),
          )
        }}
      >
        <p>
          De app kan deze controle niet beoordelen ({props.controle.artikel}). U kunt het plan toch vaststellen als u zelf heeft beoordeeld
          dat het klopt. Uw reden wordt bewaard bij deze versie, vastgelegd in het logboek en getoond in Beheer.
        </p>
        <TextArea
          label="Waarom is deze controle toch akkoord?"
          hint={`Minstens ${MIN_REDEN} tekens. Bijvoorbeeld: welk bedrag u heeft nagekeken en in welke bron.`}
          value={reden}
          onChange={setReden}
          error={fieldError}
          rows={4}
          readOnly={false}
          required
        />
        {action.error && !fieldError && (
          <p className="alert alert-error" role="alert">
            {action.error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={action.busy}>
            Overschrijven
          </button>
          <button type="button" onClick={props.onClose}>
            Annuleren
          </button>
        </div>
      </form>
    </Modal>
  )
}
