import { z } from 'zod'
import { LeveringsvormFields, type LeveringsvormRecord } from '../../../../shared/contracts/dossier.routes'
import { DTV_ETMALEN, LEVERINGSVORMEN, LEVERINGSVORM_LABEL } from '../../../../shared/domain/codes'
import { formatDate } from '../../../../shared/format/nl'
import { call } from '../../api/client'
import { CheckboxField, DateField, SelectField, TextField } from '../../components/formFields'
import { useRecordForm } from '../../components/useRecordForm'
import { RecordSection, type RecordEditorProps } from './RecordSection'
import type { TabProps } from './tabProps'
import { RecordFormFrame } from '../../components/RecordFormFrame'

const Schema = z.object(LeveringsvormFields)
type Values = z.input<typeof Schema>
const EMPTY: Values = {
  soort: 'verblijf',
  startdatum: '',
  einddatum: null,
  aanbieder: '',
  metBehandeling: false,
  etmalen: null,
  overbrugging: false,
}

function LeveringsvormForm({ clientId, item, close, onSaved }: RecordEditorProps<LeveringsvormRecord>) {
  const form = useRecordForm({
    schema: Schema,
    defaults: item ?? EMPTY,
    save: (v) =>
      item
        ? call('leveringsvormen.update', { id: item.id, version: item.version, ...v })
        : call('leveringsvormen.create', { clientId, ...v }),
    message: (v) => `${LEVERINGSVORM_LABEL[v.soort]} is opgeslagen.`,
    done: () => (close(), onSaved()),
  })
  const { register, control, errors: e, watch } = form
  const soort = watch('soort')
  return (
    <RecordFormFrame form={form} submitLabel="Leveringsvorm opslaan" onCancel={close}>
      <SelectField name="soort" label="Leveringsvorm" required register={register} errors={e}>
        {LEVERINGSVORMEN.map((l) => (
          <option key={l} value={l}>
            {LEVERINGSVORM_LABEL[l]}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <DateField name="startdatum" label="Startdatum" required control={control} errors={e} />
        <DateField name="einddatum" label="Einddatum" control={control} errors={e} nullable hint="Leeg = loopt door" />
      </div>
      <TextField
        name="aanbieder"
        label="Zorgaanbieder"
        register={register}
        errors={e}
        hint="Bij pgb: leeg laten of de belangrijkste zorgverlener"
      />
      {soort === 'verblijf' && <CheckboxField name="metBehandeling" label="Verblijf met behandeling" register={register} />}
      {soort === 'dtv' && (
        <SelectField name="etmalen" label="Etmalen per week" required register={register} errors={e}>
          <option value="">Kies…</option>
          {DTV_ETMALEN.map((d) => (
            <option key={d} value={d}>
              {d.replace('.', ',')}
            </option>
          ))}
        </SelectField>
      )}
      <CheckboxField name="overbrugging" label="Overbruggingszorg (wacht op een plaats, Wlz 3.3.6)" register={register} />
    </RecordFormFrame>
  )
}

export function LeveringsvormenTab({ dossier, onSaved }: TabProps) {
  return (
    <RecordSection
      title="Leveringsvormen"
      newLabel="Nieuwe leveringsvorm"
      empty="Er is nog geen leveringsvorm vastgelegd. Leg eerst een indicatie vast."
      items={dossier.leveringsvormen}
      renderItem={(l) => (
        <>
          <strong>{LEVERINGSVORM_LABEL[l.soort]}</strong>
          {l.metBehandeling && ' met behandeling'}
          {l.etmalen && ` (${l.etmalen.replace('.', ',')} etmalen per week)`}
          {l.overbrugging && <span className="badge badge-info">Overbrugging</span>}
          <div className="muted">
            {formatDate(l.startdatum)} – {l.einddatum ? formatDate(l.einddatum) : 'heden'}
            {l.aanbieder && ` · ${l.aanbieder}`}
          </div>
        </>
      )}
      form={(item, close) => <LeveringsvormForm clientId={dossier.client.id} item={item} close={close} onSaved={onSaved} />}
    />
  )
}
