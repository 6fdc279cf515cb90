import { useState, type ReactNode } from 'react'
import type { SyncStatus } from '../../../../../shared/contracts/teamserver.routes'
import { call } from '../../../api/client'
import { checkInput } from '../../../api/checkInput'
import { FieldIssues } from '../../../components/FieldIssues'
import { syncNaAanmelden } from '../../../api/team'
import { Field } from '../../../components/Field'
import { FormSubmit } from '../../../components/FormSubmit'
import { useAction } from '../../../components/useAction'

export interface Apparaat {
  naam: string
  scope: 'bureau' | 'huisbezoek'
}

/** A name that tells the beheerder in the device list whose machine this is and what kind. */
const standaardNaam = (gebruikersnaam: string, laptop: boolean) =>
  `${laptop ? 'Laptop' : 'Bureau'}${gebruikersnaam.trim() ? ` ${gebruikersnaam.trim()}` : ''}`

/**
 * Signing in as this workstation. The first time it also registers the workstation as a device (its
 * name and whether it is a home-visit laptop); after that the device is known and only the account is
 * asked for.
 */
export function AanmeldForm(props: {
  url: string
  fingerprint: string
  /** Set when this workstation is already registered: its device stays as it is. */
  apparaat?: Apparaat
  gebruikersnaam?: string
  /** A line above the fields (the dialog's explanation). */
  intro?: ReactNode
  onSignedIn: (status: SyncStatus, wachtwoord: string) => void
}) {
  const [gebruikersnaam, setGebruikersnaam] = useState(props.gebruikersnaam ?? '')
  const [wachtwoord, setWachtwoord] = useState('')
  const [laptop, setLaptop] = useState(false)
  const [naam, setNaam] = useState<string | null>(null)
  const action = useAction()
  const apparaatNaam = props.apparaat?.naam ?? naam ?? standaardNaam(gebruikersnaam, laptop)

  const submit = () =>
    action.run(async () => {
      const input = checkInput('teamserver.aanmelden', {
        url: props.url,
        fingerprint: props.fingerprint,
        gebruikersnaam: gebruikersnaam.trim(),
        wachtwoord,
        apparaatNaam,
        scope: props.apparaat?.scope ?? (laptop ? 'huisbezoek' : 'bureau'),
      })
      const status = await call('teamserver.aanmelden', input)
      if (!status.account?.mustChangePassword) syncNaAanmelden()
      props.onSignedIn(status, wachtwoord)
    })

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      {props.intro}
      <FieldIssues issues={action.issues}>
        <Field label="Gebruikersnaam" name="gebruikersnaam" required>
          {(a) => (
            <input
              {...a}
              autoComplete="username"
              value={gebruikersnaam}
              onChange={(e) => setGebruikersnaam(e.target.value)}
              maxLength={60}
            />
          )}
        </Field>
        <Field
          label="Wachtwoord"
          name="wachtwoord"
          required
          hint={props.apparaat ? undefined : 'Het eenmalige wachtwoord van functioneel beheer, of uw eigen.'}
        >
          {(a) => (
            <input
              {...a}
              type="password"
              autoComplete="current-password"
              value={wachtwoord}
              onChange={(e) => setWachtwoord(e.target.value)}
            />
          )}
        </Field>
        {!props.apparaat && (
          <>
            <Field
              label="Naam van deze werkplek"
              name="apparaatNaam"
              required
              hint="Zo staat deze computer in de lijst met apparaten bij functioneel beheer."
            >
              {(a) => <input {...a} value={apparaatNaam} onChange={(e) => setNaam(e.target.value)} maxLength={120} />}
            </Field>
            <div className="field checkbox-field">
              <label>
                <input type="checkbox" checked={laptop} onChange={(e) => setLaptop(e.target.checked)} aria-describedby="laptop-hint" /> Dit
                is een laptop voor huisbezoeken
              </label>
              <p className="hint" id="laptop-hint">
                Een laptop houdt alleen de dossiers die “mee op huisbezoek” gaan, en werkt daarmee ook zonder netwerk.
              </p>
            </div>
          </>
        )}
      </FieldIssues>
      <FormSubmit
        action={action}
        fields={['gebruikersnaam', 'wachtwoord', 'apparaatNaam']}
        label="Aanmelden"
        busyLabel="Bezig met aanmelden…"
      />
    </form>
  )
}
