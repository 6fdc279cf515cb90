import { useState } from 'react'
import { call } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { downloadPdf } from '../../print/downloadPdf'

/**
 * A new recovery code, shown once: it is kept nowhere readable, so it must be printed or written
 * down now. Going on needs a tick that it is kept.
 */
export function HerstelcodeTonen({ herstelcode, onDone, doneLabel }: { herstelcode: string; onDone: () => void; doneLabel: string }) {
  const [bewaard, setBewaard] = useState(false)
  const print = useAction()
  return (
    <div className="herstelcode-tonen">
      <p>
        Met deze code opent u de database en elke back-up weer als de sleutel van deze computer verloren gaat (nieuwe laptop,
        herinstallatie). <strong>U ziet de code maar één keer.</strong> Druk het herstelblad af of schrijf de code over, en bewaar het
        buiten de laptop.
      </p>
      <p className="herstelcode">{herstelcode}</p>
      <div className="actions">
        <button type="button" onClick={() => void print.run(async () => downloadPdf(await call('sleutel.herstelblad', { herstelcode })))}>
          {print.busy ? 'Herstelblad wordt gemaakt…' : 'Herstelblad afdrukken (PDF)'}
        </button>
      </div>
      <ErrorAlert message={print.error} />
      <label className="checkbox-line">
        <input type="checkbox" checked={bewaard} onChange={(e) => setBewaard(e.target.checked)} /> Ik heb de herstelcode afgedrukt of
        opgeschreven en bewaar hem veilig
      </label>
      <p className="muted">Zonder deze code zijn de gegevens niet meer te openen als de sleutel van deze computer verloren gaat.</p>
      <button type="button" className="primary" disabled={!bewaard} onClick={onDone}>
        {doneLabel}
      </button>
    </div>
  )
}
