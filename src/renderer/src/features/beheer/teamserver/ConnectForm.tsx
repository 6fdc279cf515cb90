import { useState } from 'react'
import type { SyncStatus } from '../../../../../shared/contracts/teamserver.routes'
import { call } from '../../../api/client'
import { checkInput } from '../../../api/checkInput'
import { Field } from '../../../components/Field'
import { FieldIssues } from '../../../components/FieldIssues'
import { FormSubmit } from '../../../components/FormSubmit'
import { useAction } from '../../../components/useAction'
import { AanmeldForm } from './AanmeldForm'
import { Vingerafdruk } from './Vingerafdruk'
import { WachtwoordForm } from './WachtwoordForm'

type Stap =
  | { stap: 'adres' }
  | { stap: 'controle'; url: string; fingerprint: string }
  | { stap: 'aanmelden'; url: string; fingerprint: string }
  | { stap: 'wachtwoord'; wachtwoord: string }

/** A server on this same computer over plain http (a demo, a test): there is no certificate to pin. */
const lokaalHttp = (url: string) => /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url.trim())

/**
 * Connecting this workstation to the teamserver: the address, then the certificate's fingerprint
 * for the beheerder to compare with what the server printed at its start (pinned from then on), then
 * the sign-in, and with a one-time password the choice of an own one.
 */
export function ConnectForm({ onConnected }: { onConnected: (status: SyncStatus) => void }) {
  const [stap, setStap] = useState<Stap>({ stap: 'adres' })
  const [url, setUrl] = useState('https://')
  const action = useAction()

  const ophalen = () =>
    action.run(async () => {
      const adres = checkInput('teamserver.vingerafdruk', { url: url.trim() }).url
      if (lokaalHttp(adres)) return setStap({ stap: 'aanmelden', url: adres, fingerprint: '' })
      const { fingerprint } = await call('teamserver.vingerafdruk', { url: adres })
      setStap({ stap: 'controle', url: adres, fingerprint })
    })

  const signedIn = (status: SyncStatus, wachtwoord: string) => {
    if (status.account?.mustChangePassword) setStap({ stap: 'wachtwoord', wachtwoord })
    else onConnected(status)
  }

  if (stap.stap === 'controle')
    return (
      <div className="form connect-step">
        <h3>Stap 2 van 3: controleer het certificaat</h3>
        <p>
          De teamserver op <strong>{stap.url}</strong> toont deze vingerafdruk. Vergelijk hem met de vingerafdruk die de server bij het
          starten liet zien, of vraag hem op bij functioneel beheer.
        </p>
        <Vingerafdruk value={stap.fingerprint} />
        <p>Komen ze niet precies overeen, ga dan niet verder: dan praat deze werkplek misschien met een andere computer.</p>
        <div className="actions">
          <button type="button" className="primary" onClick={() => setStap({ ...stap, stap: 'aanmelden' })}>
            De vingerafdruk klopt
          </button>
          <button type="button" onClick={() => setStap({ stap: 'adres' })}>
            Klopt niet, terug
          </button>
        </div>
      </div>
    )

  if (stap.stap === 'aanmelden')
    return (
      <div className="connect-step">
        <h3>Stap 3 van 3: aanmelden</h3>
        {stap.fingerprint ? (
          <p className="muted">Het certificaat van {stap.url} wordt bij deze aanmelding vastgelegd.</p>
        ) : (
          <p className="muted">Een teamserver op deze computer zonder https: er is geen certificaat om te controleren.</p>
        )}
        <AanmeldForm url={stap.url} fingerprint={stap.fingerprint} onSignedIn={signedIn} />
        <button type="button" className="link-button" onClick={() => setStap({ stap: 'adres' })}>
          Ander adres kiezen
        </button>
      </div>
    )

  if (stap.stap === 'wachtwoord')
    return (
      <div className="connect-step">
        <h3>Eigen wachtwoord kiezen</h3>
        <WachtwoordForm huidig={stap.wachtwoord} onDone={onConnected} />
      </div>
    )

  return (
    <form
      className="form connect-step"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void ophalen()
      }}
    >
      <h3>Stap 1 van 3: adres van de teamserver</h3>
      <FieldIssues issues={action.issues}>
        <Field label="Adres van de teamserver" name="url" required hint="Bijvoorbeeld https://werkplek-server.zorgkantoor.local:8443">
          {(a) => <input {...a} type="url" value={url} onChange={(e) => setUrl(e.target.value)} maxLength={300} autoComplete="url" />}
        </Field>
      </FieldIssues>
      <FormSubmit action={action} fields={['url']} label="Vingerafdruk ophalen" busyLabel="Bezig…" />
    </form>
  )
}
