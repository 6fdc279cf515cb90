import { useState } from 'react'
import type { CaseloadView, Kolom, ViewConfig } from '../../../../shared/contracts/caseload.routes'
import { KOLOMMEN } from '../../../../shared/contracts/caseload.routes'
import { call } from '../../api/client'
import { useToast } from '../../components/Toast'
import { ConfirmButton } from '../../components/ConfirmButton'
import { useAction } from '../../components/useAction'
import { KOLOM_LABEL } from './caseloadColumns'

/** Saved views (filters, sort and columns per adviser) and the column chooser. */
export function ViewsMenu(props: {
  views: readonly CaseloadView[]
  current: ViewConfig
  onApply: (v: ViewConfig) => void
  onChanged: () => void
}) {
  const notify = useToast()
  const [naam, setNaam] = useState('')
  const [chosen, setChosen] = useState('')
  const action = useAction()

  const save = () =>
    action.run(async () => {
      const v = await call('caseload.views.save', { naam, config: props.current })
      notify(`Weergave “${v.naam}” is opgeslagen.`)
      setNaam('')
      setChosen(String(v.id))
      props.onChanged()
    })

  const chosenView = props.views.find((v) => String(v.id) === chosen)
  async function remove() {
    const view = chosenView
    if (!view) return
    await action.run(async () => {
      await call('caseload.views.delete', { id: view.id })
      notify(`Weergave “${view.naam}” is verwijderd.`)
    })
    setChosen('')
    props.onChanged()
  }

  const toggle = (k: Kolom) => {
    const kolommen = props.current.kolommen.includes(k)
      ? props.current.kolommen.filter((x) => x !== k)
      : KOLOMMEN.filter((x) => x === k || props.current.kolommen.includes(x))
    if (kolommen.length) props.onApply({ ...props.current, kolommen })
  }

  return (
    <div className="views-menu">
      <label>
        Weergave
        <select
          value={chosen}
          onChange={(e) => {
            setChosen(e.target.value)
            const v = props.views.find((x) => String(x.id) === e.target.value)
            if (v) props.onApply(v.config)
          }}
        >
          <option value="">Standaard</option>
          {props.views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.naam}
            </option>
          ))}
        </select>
      </label>
      {chosenView && (
        <ConfirmButton label="Verwijderen" title="Weergave verwijderen" confirmLabel="Verwijderen" onConfirm={remove}>
          <p>Weergave “{chosenView.naam}” verwijderen? De cliënten zelf blijven ongewijzigd.</p>
        </ConfirmButton>
      )}
      <details className="menu">
        <summary>Kolommen</summary>
        <fieldset>
          <legend className="visually-hidden">Zichtbare kolommen</legend>
          {KOLOMMEN.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={props.current.kolommen.includes(k)} onChange={() => toggle(k)} disabled={k === 'naam'} />{' '}
              {KOLOM_LABEL[k]}
            </label>
          ))}
        </fieldset>
      </details>
      <details className="menu">
        <summary>Weergave opslaan</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <label>
            Naam van de weergave
            <input value={naam} onChange={(e) => setNaam(e.target.value)} maxLength={60} required />
          </label>
          <button type="submit" className="primary">
            Opslaan
          </button>
          {action.error && (
            <p className="field-error" role="alert">
              {action.error}
            </p>
          )}
        </form>
      </details>
    </div>
  )
}
