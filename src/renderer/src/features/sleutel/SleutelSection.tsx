import { useState, type FormEvent } from 'react'
import type { SleutelStatus } from '../../../../shared/contracts/sleutel.routes'
import { formatDate } from '../../../../shared/format/nl'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Modal } from '../../components/Modal'
import { useAction } from '../../components/useAction'
import { HerstelcodeTonen } from './HerstelcodeTonen'

const SOORT_LABEL: Record<SleutelStatus['soort'], string> = {
  os: 'Sleutelopslag van het besturingssysteem',
  basic_text: 'Niet beschermd: Linux zonder sleutelbos (keyring)',
  test: 'Nep-sleutelbos van de testomgeving (niet beschermd)',
}

function Waarschuwing({ soort }: { soort: SleutelStatus['soort'] }) {
  if (soort === 'os') return null
  return (
    <p className="alert alert-error" role="alert">
      {soort === 'basic_text'
        ? 'Let op: deze Linux-computer heeft geen sleutelbos. De sleutel van de database staat daardoor vrijwel onbeschermd in de gegevensmap: wie die map kopieert, kan de gegevens openen. Installeer een sleutelbos (bijvoorbeeld GNOME Keyring of KWallet) en start de app opnieuw, of gebruik deze computer niet voor echte cliënten.'
        : 'Let op: dit is de testomgeving. Er is hier geen sleutelopslag van het besturingssysteem; de sleutel staat onbeschermd in de gegevensmap. Gebruik dit nooit voor echte cliënten.'}
    </p>
  )
}

/** Beheer → Sleutelbeveiliging: how the database key is protected, honestly, and the recovery code. */
export function SleutelSection({ pincodeIngesteld }: { pincodeIngesteld: boolean }) {
  const status = useRoute('sleutel.status', {})
  const [open, setOpen] = useState(false)
  const [pincode, setPincode] = useState('')
  const [code, setCode] = useState<string | null>(null)
  const maak = useAction()
  const close = () => {
    setOpen(false)
    setCode(null)
    setPincode('')
    status.reload()
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void maak.run(async () => setCode((await call('sleutel.herstelcode', { pincode })).herstelcode))
  }
  const s = status.data
  return (
    <section className="card" aria-labelledby="beheer-sleutel">
      <h2 id="beheer-sleutel">Sleutelbeveiliging</h2>
      {!s ? (
        <p role="status">Laden…</p>
      ) : (
        <>
          <dl className="facts">
            <dt>Sleutel van de database</dt>
            <dd>{SOORT_LABEL[s.soort]}</dd>
            <dt>Herstelcode</dt>
            <dd>{s.herstelcodeGemaaktOp ? `Gemaakt op ${formatDate(s.herstelcodeGemaaktOp.slice(0, 10))}` : 'Nog niet gemaakt'}</dd>
          </dl>
          <Waarschuwing soort={s.soort} />
          {!s.herstelcodeGemaaktOp && (
            <p className="alert alert-info">
              Zonder herstelcode zijn de database en alle back-ups niet meer te openen als de sleutel van deze computer verloren gaat
              (nieuwe laptop, herinstallatie, ander gebruikersaccount). Maak een herstelcode en bewaar het herstelblad.
            </p>
          )}
          <button type="button" onClick={() => setOpen(true)}>
            {s.herstelcodeGemaaktOp ? 'Nieuwe herstelcode maken…' : 'Herstelcode maken…'}
          </button>
        </>
      )}
      <Modal open={open} title="Herstelcode" onClose={close}>
        {code ? (
          <HerstelcodeTonen herstelcode={code} onDone={close} doneLabel="Klaar" />
        ) : (
          <form className="form" onSubmit={submit} noValidate>
            {s?.herstelcodeGemaaktOp && <p>Een nieuwe herstelcode vervangt de oude: het oude herstelblad werkt daarna niet meer.</p>}
            {pincodeIngesteld && (
              <div className="field">
                <label htmlFor="herstel-pincode">Uw pincode of wachtwoord (ter controle)</label>
                <input
                  id="herstel-pincode"
                  type="password"
                  autoComplete="current-password"
                  value={pincode}
                  onChange={(e) => setPincode(e.target.value)}
                />
              </div>
            )}
            <ErrorAlert message={maak.error} />
            <div className="actions">
              <button type="submit" className="primary" disabled={maak.busy}>
                {maak.busy ? 'Bezig…' : 'Herstelcode maken'}
              </button>
              <button type="button" onClick={close}>
                Annuleren
              </button>
            </div>
          </form>
        )}
      </Modal>
    </section>
  )
}
