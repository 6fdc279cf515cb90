import { useState } from 'react'
import { useRoute } from '../../api/useRoute'
import { SOORT_LABEL } from '../beheer/ImportReport'
import { call } from '../../api/client'
import { ConnectForm } from '../beheer/teamserver/ConnectForm'
import { ReferenceImport } from '../beheer/ReferenceImport'
import { ProfielForm } from './ProfielForm'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { HerstelcodeTonen } from '../sleutel/HerstelcodeTonen'
import { HerstelForm } from '../sleutel/HerstelForm'

/**
 * First run: load the reference tables (or a fictitious demo), then create the adviser's profile.
 * The region list in the profile comes from the reference data, so that step comes first.
 */
export function FirstRunPage(props: { referentieGeladen: boolean; onCodeStep: () => void; onDone: () => void }) {
  const { referentieGeladen, onDone } = props
  const demo = useAction()
  const [verbinden, setVerbinden] = useState(false)
  const [herstelcode, setHerstelcode] = useState<string | null>(null)
  const codeMaken = useAction()
  // A recovery file before any setup here can only come with a back-up folder copied from another laptop.
  const sleutel = useRoute('sleutel.status', {})
  // Right after the profile and PIN: the recovery code, shown once.
  const created = (pincode: string) =>
    codeMaken.run(async () => setHerstelcode((await call('sleutel.herstelcode', { pincode })).herstelcode))
  const regios = useRoute('demo.regios', {})
  const [regioCode, setRegioCode] = useState('ZK02')
  const loadDemo = () =>
    demo.run(async () => {
      await call('demo.load', { regioCode })
      onDone()
    })

  // Connecting replaces the whole setup: reference data, colleagues and the profile come from the server.
  if (verbinden)
    return (
      <main className="first-run" id="main">
        <h1>Welkom bij Wlz Werkplek</h1>
        <p className="lead">Verbind deze werkplek met de teamserver van uw zorgkantoor.</p>
        <section className="card" aria-labelledby="step-team">
          <h2 id="step-team">Verbinden met een teamserver</h2>
          <ConnectForm onConnected={onDone} />
        </section>
        <button type="button" className="link-button" onClick={() => setVerbinden(false)}>
          Terug: deze werkplek zonder teamserver inrichten
        </button>
      </main>
    )

  if (herstelcode || codeMaken.error)
    return (
      <main className="first-run" id="main">
        <h1>Welkom bij Wlz Werkplek</h1>
        <section className="card" aria-labelledby="step-code">
          <h2 id="step-code">3. Uw herstelcode</h2>
          {herstelcode ? (
            <HerstelcodeTonen herstelcode={herstelcode} onDone={onDone} doneLabel="Beginnen" />
          ) : (
            <>
              <ErrorAlert message={codeMaken.error} />
              <p>U kunt de herstelcode later maken in Beheer → Sleutelbeveiliging.</p>
              <button type="button" className="primary" onClick={onDone}>
                Beginnen
              </button>
            </>
          )}
        </section>
      </main>
    )

  return (
    <main className="first-run" id="main">
      <h1>Welkom bij Wlz Werkplek</h1>
      <p className="lead">Richt deze werkplek in. Dit gebeurt één keer; de gegevens blijven versleuteld op deze computer.</p>

      <section className="card" aria-labelledby="step-ref">
        <h2 id="step-ref">1. Referentiegegevens</h2>
        {referentieGeladen ? (
          <GeladenTabellen />
        ) : (
          <>
            <p>Importeer de tabellen met zorgkantoorregio's, gemeenten en postcodes (CSV).</p>
            <ReferenceImport onImported={onDone} />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="step-profile">
        <h2 id="step-profile">2. Uw profiel</h2>
        {!referentieGeladen && <p className="muted">Eerst de referentiegegevens: daaruit komt de lijst met regio's.</p>}
        <ProfielForm disabled={!referentieGeladen} onStart={props.onCodeStep} onCreated={(pincode) => pincode && void created(pincode)} />
      </section>

      <section className="card" aria-labelledby="step-team">
        <h2 id="step-team">Of: verbinden met een teamserver</h2>
        <p>
          Werkt uw zorgkantoor met een teamserver? Dan komen de referentiegegevens, collega’s en het briefpapier van de server, en uw
          profiel van uw account. Functioneel beheer geeft u het adres en een eenmalig wachtwoord.
        </p>
        <button type="button" onClick={() => setVerbinden(true)}>
          Verbinden met een teamserver
        </button>
      </section>

      {/* A new laptop with the old one's back-up folder in its data folder: the recovery code opens it. */}
      {sleutel.data?.herstelcodeGemaaktOp && (
        <section className="card">
          <HerstelForm metBackup />
        </section>
      )}

      {!referentieGeladen && (
        <section className="card demo-card" aria-labelledby="step-demo">
          <h2 id="step-demo">Of: probeer de app met demodata</h2>
          <p>
            Vult deze werkplek met een <strong>fictieve</strong> caseload en een demo-adviseur. De app laat dan steeds zien dat het om
            demodata gaat. Gebruik hiervoor een aparte gegevensmap, niet de map met echte cliënten. Het briefpapier wordt fictief ingevuld,
            zodat u brieven meteen definitief kunt maken.
          </p>
          {regios.data && regios.data.length > 0 && (
            <label className="field">
              <span>In welke regio wilt u spelen?</span>
              <select value={regioCode} onChange={(e) => setRegioCode(e.target.value)}>
                {regios.data.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.naam}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={loadDemo} disabled={demo.busy}>
            {demo.busy ? 'Demodata wordt geladen…' : 'Demodata laden'}
          </button>
          <ErrorAlert message={demo.error} />
        </section>
      )}
    </main>
  )
}

/** After the import: what was loaded, table by table with its row count, so the adviser can check it. */
function GeladenTabellen() {
  const status = useRoute('referentie.status', {})
  return (
    <div className="alert alert-ok" role="status">
      <p>De postcode-, gemeente- en regiotabellen zijn geladen:</p>
      <ul>
        {(status.data ?? []).map((t) => (
          <li key={t.soort}>
            {SOORT_LABEL[t.soort]}: {t.rijen.toLocaleString('nl-NL')} {t.rijen === 1 ? 'rij' : 'rijen'} ({t.bestandsnaam})
          </li>
        ))}
      </ul>
    </div>
  )
}
