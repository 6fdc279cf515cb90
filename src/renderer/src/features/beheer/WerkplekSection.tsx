import { WerkplekSchema } from '../../../../shared/contracts/werkplek.routes'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { NumberField } from '../../components/formFields'
import { useRecordForm } from '../../components/useRecordForm'
import type { Werkplek } from '../../../../shared/contracts/werkplek.routes'
import { PincodeForm } from '../sleutel/PincodeForm'
import { RecordFormFrame } from '../../components/RecordFormFrame'

function WerkplekForm({ initial }: { initial: Werkplek }) {
  const form = useRecordForm({
    schema: WerkplekSchema,
    defaults: initial,
    save: (v) => call('werkplek.save', v),
    message: (v) =>
      `Het scherm vergrendelt voortaan na ${v.vergrendelenNaMinuten} ${v.vergrendelenNaMinuten === 1 ? 'minuut' : 'minuten'} zonder gebruik.`,
    done: () => undefined,
  })
  const { register, errors } = form
  return (
    <RecordFormFrame form={form} submitLabel="Opslaan">
      <NumberField
        name="vergrendelenNaMinuten"
        label="Scherm vergrendelen na (minuten)"
        register={register}
        errors={errors}
        min={1}
        max={60}
        hint="Zonder toets of muis zo lang: de gegevens worden verborgen. Met Ctrl+Shift+L vergrendelt u direct."
      />
    </RecordFormFrame>
  )
}

/** Privacy on a laptop that is left open: the inactivity lock and its PIN. */
export function WerkplekSection({ pincodeIngesteld }: { pincodeIngesteld: boolean }) {
  const current = useRoute('werkplek.get', {})
  return (
    <section className="card" aria-labelledby="beheer-werkplek">
      <h2 id="beheer-werkplek">Vergrendelen</h2>
      {current.data ? <WerkplekForm initial={current.data} /> : <p role="status">Laden…</p>}
      <PincodeForm pincodeIngesteld={pincodeIngesteld} onSaved={current.reload} />
    </section>
  )
}
