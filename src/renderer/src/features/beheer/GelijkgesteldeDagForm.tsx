import { z } from 'zod'
import { useState } from 'react'
import { DateInput } from '../../components/DateInput'
import { FormSubmit } from '../../components/FormSubmit'
import { Field } from '../../components/Field'
import { FieldIssues } from '../../components/FieldIssues'
import { useAction } from '../../components/useAction'
import { checkWith } from '../../api/checkInput'
import { GelijkgesteldeDagFields, type GelijkgesteldeDagRij } from '../../../../shared/contracts/termijnen.routes'

export type DagInvoer = Pick<GelijkgesteldeDagRij, 'datum' | 'besluit' | 'bron' | 'geverifieerd'>
export const LEGE_DAG: DagInvoer = { datum: '', besluit: '', bron: '', geverifieerd: false }

/**
 * One gelijkgestelde dag: its date, the decree's title and where it was read. Main checks it with
 * the whole table (no weekend, no date twice, no statutory feestdag); its messages land on the field.
 */
export function GelijkgesteldeDagForm(props: {
  initial: DagInvoer
  submitLabel: string
  save: (d: DagInvoer) => Promise<unknown>
  onSaved: () => void
  onCancel?: () => void
}) {
  const [d, setD] = useState(props.initial)
  const action = useAction()
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void action.run(async () => {
          // Every empty or wrong field at once (only the four fields: the row being changed has more); then
          // main checks the day against the whole table.
          await props.save(checkWith(z.object(GelijkgesteldeDagFields), d))
          setD(props.initial)
          props.onSaved()
        })
      }}
    >
      <FieldIssues issues={action.issues}>
        <div className="form-grid">
          <Field label="Datum" required name="datum">
            {(a) => <DateInput {...a} value={d.datum} onChange={(v) => setD({ ...d, datum: v })} />}
          </Field>
          <Field label="Besluit" required name="besluit" hint="De titel van het Koninklijk Besluit.">
            {(a) => <input {...a} maxLength={300} value={d.besluit} onChange={(e) => setD({ ...d, besluit: e.target.value })} />}
          </Field>
          <Field label="Bron" required name="bron" hint="Het Staatsblad-nummer, of waar u het besluit las.">
            {(a) => <input {...a} maxLength={300} value={d.bron} onChange={(e) => setD({ ...d, bron: e.target.value })} />}
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={d.geverifieerd} onChange={(e) => setD({ ...d, geverifieerd: e.target.checked })} /> Geverifieerd
            in het Staatsblad
          </label>
        </div>
      </FieldIssues>
      <FormSubmit action={action} fields={['datum', 'besluit', 'bron']} label={props.submitLabel} onCancel={props.onCancel} />
    </form>
  )
}
