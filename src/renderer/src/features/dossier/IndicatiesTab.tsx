import { formatZorgprofiel } from '../../../../shared/format/codes'
import { z } from 'zod'
import { IndicatieFields, type Indicatie } from '../../../../shared/contracts/dossier.routes'
import { GRONDSLAGEN } from '../../../../shared/domain/codes'
import { SECTOREN, ZORGPROFIELEN, zorgprofiel } from '../../../../shared/domain/zorgprofielen'
import { formatDate } from '../../../../shared/format/nl'
import { call } from '../../api/client'
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from '../../components/formFields'
import { useRecordForm } from '../../components/useRecordForm'
import { indicatieWaarschuwingen } from '../../../../shared/domain/dossier/indicatie'
import { RecordSection, type RecordEditorProps } from './RecordSection'
import type { TabProps } from './tabProps'
import { RecordFormFrame } from '../../components/RecordFormFrame'

const Schema = z.object(IndicatieFields)
type Values = z.input<typeof Schema>
const EMPTY: Values = {
  besluitnummer: '',
  afgiftedatum: '',
  ingangsdatum: '',
  einddatum: null,
  zorgprofiel: '',
  grondslagen: [],
  meerzorg: false,
  opmerking: '',
}

function IndicatieForm({ clientId, item, close, onSaved }: RecordEditorProps<Indicatie>) {
  const form = useRecordForm({
    schema: Schema,
    defaults: item ?? EMPTY,
    save: (v) =>
      item ? call('indicaties.update', { id: item.id, version: item.version, ...v }) : call('indicaties.create', { clientId, ...v }),
    message: (v) =>
      `Indicatie ${v.besluitnummer} is opgeslagen.${indicatieWaarschuwingen(v)
        .map((w) => ` Let op: ${w}`)
        .join('')}`,
    done: () => (close(), onSaved()),
  })
  const { register, control, errors: e } = form
  // A legacy profile stays readable on an old record; new choices are current profiles only.
  const legacy = item && !zorgprofiel(item.zorgprofiel)?.actueel ? zorgprofiel(item.zorgprofiel) : undefined
  return (
    <RecordFormFrame form={form} submitLabel="Indicatie opslaan" onCancel={close}>
      <div className="field-row">
        <TextField name="besluitnummer" label="Besluitnummer CIZ" required register={register} errors={e} autoFocus />
        <DateField name="afgiftedatum" label="Afgiftedatum" required control={control} errors={e} />
      </div>
      <div className="field-row">
        <DateField name="ingangsdatum" label="Ingangsdatum" required control={control} errors={e} />
        <DateField name="einddatum" label="Einddatum" control={control} errors={e} nullable hint="Leeg = onbepaalde tijd" />
      </div>
      <SelectField name="zorgprofiel" label="Zorgprofiel" required register={register} errors={e}>
        <option value="">Kies een zorgprofiel…</option>
        {legacy && <option value={legacy.code}>{`${formatZorgprofiel(legacy.code)} (vervallen)`}</option>}
        {SECTOREN.map((s) => (
          <optgroup key={s} label={s}>
            {ZORGPROFIELEN.filter((z) => z.actueel && z.sector === s).map((z) => (
              <option key={z.code} value={z.code}>
                {formatZorgprofiel(z.code)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <fieldset className="checkbox-group">
        <legend>Grondslagen</legend>
        {Object.entries(GRONDSLAGEN).map(([code, label]) => (
          <label key={code}>
            <input type="checkbox" value={code} {...register('grondslagen')} /> {label}
          </label>
        ))}
      </fieldset>
      <CheckboxField name="meerzorg" label="Meerzorg mogelijk volgens het CIZ (J)" register={register} />
      <TextAreaField name="opmerking" label="Opmerking" register={register} errors={e} rows={2} maxLength={1000} />
    </RecordFormFrame>
  )
}

export function IndicatiesTab({ dossier, onSaved }: TabProps) {
  return (
    <RecordSection
      title="Wlz-indicaties"
      newLabel="Nieuwe indicatie"
      empty="Er is nog geen indicatie van het CIZ vastgelegd."
      items={dossier.indicaties}
      renderItem={(i) => {
        const z = zorgprofiel(i.zorgprofiel)
        return (
          <>
            <strong>{formatZorgprofiel(i.zorgprofiel)}</strong>
            {z && !z.actueel && <span className="badge">Vervallen profiel</span>}
            {i.meerzorg && <span className="badge badge-info">Meerzorg</span>}
            <div className="muted">
              Besluit {i.besluitnummer} · afgegeven {formatDate(i.afgiftedatum)} · geldig vanaf {formatDate(i.ingangsdatum)}
              {i.einddatum ? ` tot en met ${formatDate(i.einddatum)}` : ' (onbepaalde tijd)'}
              {i.grondslagen.length > 0 && ` · ${i.grondslagen.map((g) => GRONDSLAGEN[g]).join(', ')}`}
            </div>
            {i.waarschuwingen.map((w) => (
              <p key={w} className="warning-text">
                {w}
              </p>
            ))}
          </>
        )
      }}
      form={(item, close) => <IndicatieForm clientId={dossier.client.id} item={item} close={close} onSaved={onSaved} />}
    />
  )
}
