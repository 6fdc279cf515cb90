import { useState } from 'react'
import { NieuwAccountSchema, ROL_LABEL, type NieuwAccount } from '../../../../../shared/contracts/teambeheer.routes'
import { ROLES } from '../../../../../shared/contracts/sync/auditAccount'
import type { Account } from '../../../../../shared/contracts/sync/auth'
import { call } from '../../../api/client'
import { checkWith } from '../../../api/checkInput'
import { FieldIssues } from '../../../components/FieldIssues'
import { useRoute } from '../../../api/useRoute'
import { Field } from '../../../components/Field'
import { FormSubmit } from '../../../components/FormSubmit'
import { useAction } from '../../../components/useAction'

const LEEG: NieuwAccount = {
  gebruikersnaam: '',
  naam: '',
  functie: '',
  afdeling: 'klantadvies',
  regioCode: '',
  role: 'klantadviseur',
  teams: [],
}

/** A new account: who, which role and which teams (the teams decide which dossiers the person sees). */
export function AccountForm(props: {
  teams: ReadonlyArray<{ id: string; naam: string }>
  onCreated: (account: Account, wachtwoord: string) => void
  onCancel: () => void
}) {
  const regios = useRoute('referentie.regios', {})
  const [v, setV] = useState<NieuwAccount>({ ...LEEG, teams: props.teams.length === 1 ? [props.teams[0]!.id] : [] })
  const action = useAction()
  const set = (patch: Partial<NieuwAccount>) => setV({ ...v, ...patch })

  const submit = () =>
    action.run(async () => {
      // Without a functie the role says it: it appears under the signature in letters.
      const checked = checkWith(NieuwAccountSchema, { ...v, functie: v.functie?.trim() || ROL_LABEL[v.role] })
      const r = await call('teambeheer.accountMaken', checked)
      props.onCreated(r.account, r.eenmaligWachtwoord)
    })
  const teamsFout = action.issues.find((i) => i.path === 'teams')?.message

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <FieldIssues issues={action.issues}>
        <div className="field-row">
          <Field label="Naam" required name="naam">
            {(a) => <input {...a} value={v.naam} onChange={(e) => set({ naam: e.target.value })} maxLength={120} autoFocus />}
          </Field>
          <Field label="Gebruikersnaam" required name="gebruikersnaam" hint="Kleine letters, bijvoorbeeld j.devries">
            {(a) => <input {...a} value={v.gebruikersnaam} onChange={(e) => set({ gebruikersnaam: e.target.value })} maxLength={60} />}
          </Field>
        </div>
        <div className="field-row">
          <Field label="Functie" name="functie" hint="Staat onder de handtekening in brieven; leeg: de rol">
            {(a) => <input {...a} value={v.functie} onChange={(e) => set({ functie: e.target.value })} maxLength={120} />}
          </Field>
          <Field label="Rol" required name="role">
            {(a) => (
              <select {...a} value={v.role} onChange={(e) => set({ role: e.target.value as NieuwAccount['role'] })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROL_LABEL[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label="Afdeling" required name="afdeling">
            {(a) => (
              <select {...a} value={v.afdeling} onChange={(e) => set({ afdeling: e.target.value as NieuwAccount['afdeling'] })}>
                <option value="klantadvies">Klantadvies</option>
                <option value="pgb">Pgb-afdeling</option>
              </select>
            )}
          </Field>
          <Field
            label="Zorgkantoorregio"
            required
            name="regioCode"
            {...(regios.data?.length === 0 ? { hint: 'De regiotabel is hier nog niet geladen: vul de code in, bijvoorbeeld ZK01.' } : {})}
          >
            {(a) =>
              regios.data?.length === 0 ? (
                <input
                  {...a}
                  className="short"
                  value={v.regioCode}
                  onChange={(e) => set({ regioCode: e.target.value.toUpperCase() })}
                  maxLength={4}
                />
              ) : (
                <select {...a} value={v.regioCode} onChange={(e) => set({ regioCode: e.target.value })}>
                  <option value="">Kies een regio…</option>
                  {regios.data?.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.naam}
                    </option>
                  ))}
                </select>
              )
            }
          </Field>
        </div>
        <fieldset className="radio-group stacked" aria-describedby={teamsFout ? 'teams-fout' : undefined}>
          <legend>Teams</legend>
          {props.teams.map((t) => (
            <label key={t.id}>
              <input
                type="checkbox"
                checked={v.teams.includes(t.id)}
                onChange={(e) => set({ teams: e.target.checked ? [...v.teams, t.id] : v.teams.filter((x) => x !== t.id) })}
              />{' '}
              {t.naam}
            </label>
          ))}
          {teamsFout && (
            <p className="field-error" id="teams-fout">
              {teamsFout}
            </p>
          )}
        </fieldset>
      </FieldIssues>
      <FormSubmit
        action={action}
        fields={['naam', 'gebruikersnaam', 'functie', 'role', 'afdeling', 'regioCode', 'teams']}
        label="Account aanmaken"
        busyLabel="Bezig…"
        onCancel={props.onCancel}
      />
    </form>
  )
}
