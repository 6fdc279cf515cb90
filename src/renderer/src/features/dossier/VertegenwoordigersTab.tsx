import { z } from 'zod'
import { VertegenwoordigerFields, type Vertegenwoordiger } from '../../../../shared/contracts/dossier.routes'
import { SOORT_RELATIE, SOORT_RELATIE_LABEL } from '../../../../shared/domain/codes'
import { call } from '../../api/client'
import { CheckboxField, SelectField, TextField } from '../../components/formFields'
import { useRecordForm } from '../../components/useRecordForm'
import { useToast } from '../../components/Toast'
import { ConfirmButton } from '../../components/ConfirmButton'
import { RecordSection, type RecordEditorProps } from './RecordSection'
import type { TabProps } from './tabProps'
import { RecordFormFrame } from '../../components/RecordFormFrame'

const Schema = z.object(VertegenwoordigerFields)
type Values = z.input<typeof Schema>
const EMPTY: Values = {
  soortRelatie: 'mentor',
  naam: '',
  organisatie: '',
  straat: '',
  huisnummer: '',
  huisnummerToevoeging: '',
  postcode: '',
  woonplaats: '',
  telefoon: '',
  email: '',
  brievenNaar: false,
}

function VertegenwoordigerForm({ clientId, item, close, onSaved }: RecordEditorProps<Vertegenwoordiger>) {
  const form = useRecordForm({
    schema: Schema,
    defaults: item ?? EMPTY,
    save: (v) =>
      item
        ? call('vertegenwoordigers.update', { id: item.id, version: item.version, ...v })
        : call('vertegenwoordigers.create', { clientId, ...v }),
    message: (v) => `${SOORT_RELATIE_LABEL[v.soortRelatie]} ${v.naam} is opgeslagen.`,
    done: () => (close(), onSaved()),
  })
  const { register, errors: e } = form
  return (
    <RecordFormFrame form={form} submitLabel="Opslaan" onCancel={close}>
      <div className="field-row">
        <SelectField name="soortRelatie" label="Soort relatie" required register={register} errors={e}>
          {SOORT_RELATIE.map((s) => (
            <option key={s} value={s}>
              {SOORT_RELATIE_LABEL[s]}
            </option>
          ))}
        </SelectField>
        <TextField name="naam" label="Naam" required register={register} errors={e} autoFocus />
      </div>
      <TextField name="organisatie" label="Organisatie" register={register} errors={e} />
      <div className="field-row">
        <TextField name="straat" label="Straat" register={register} errors={e} />
        <TextField name="huisnummer" label="Huisnummer" register={register} errors={e} className="short" />
        <TextField name="huisnummerToevoeging" label="Toevoeging" register={register} errors={e} className="short" />
      </div>
      <div className="field-row">
        <TextField name="postcode" label="Postcode" register={register} errors={e} className="short" />
        <TextField name="woonplaats" label="Woonplaats" register={register} errors={e} />
      </div>
      <div className="field-row">
        <TextField name="telefoon" label="Telefoon" register={register} errors={e} type="tel" />
        <TextField name="email" label="E-mail" register={register} errors={e} type="email" />
      </div>
      <CheckboxField
        name="brievenNaar"
        label="Brieven en beschikkingen naar deze persoon sturen"
        register={register}
        hint="Maar één vertegenwoordiger tegelijk ontvangt de brieven."
      />
    </RecordFormFrame>
  )
}

export function VertegenwoordigersTab({ dossier, onSaved }: TabProps) {
  const notify = useToast()
  return (
    <RecordSection
      title="Vertegenwoordigers en contactpersonen"
      newLabel="Nieuwe vertegenwoordiger"
      empty="Er zijn geen vertegenwoordigers of contactpersonen vastgelegd."
      items={dossier.vertegenwoordigers}
      renderItem={(v) => (
        <>
          <strong>{v.naam}</strong> — {SOORT_RELATIE_LABEL[v.soortRelatie]}
          {v.organisatie && `, ${v.organisatie}`}
          {v.brievenNaar && <span className="badge badge-info">Ontvangt brieven</span>}
          {!v.actief && <span className="badge">Beëindigd</span>}
          <div className="muted">
            {[
              v.straat && `${v.straat} ${v.huisnummer}${v.huisnummerToevoeging ? ` ${v.huisnummerToevoeging}` : ''}`,
              v.postcode,
              v.woonplaats,
              v.telefoon,
            ]
              .filter(Boolean)
              .join(' · ') || 'Geen adres'}
          </div>
          {v.actief && (
            <ConfirmButton
              label="Beëindigen"
              className="link-button"
              title="Vertegenwoordiging beëindigen"
              confirmLabel="Beëindigen"
              onConfirm={async () => {
                await call('vertegenwoordigers.deactivate', { id: v.id, version: v.version })
                notify(`${v.naam} is beëindigd als ${SOORT_RELATIE_LABEL[v.soortRelatie].toLowerCase()}.`)
                onSaved()
              }}
            >
              <p>{v.naam} blijft in de geschiedenis staan, maar ontvangt geen brieven meer.</p>
            </ConfirmButton>
          )}
        </>
      )}
      form={(item, close) => <VertegenwoordigerForm clientId={dossier.client.id} item={item} close={close} onSaved={onSaved} />}
    />
  )
}
