import { z } from 'zod'
import { AanvraagFields, BezwaarFields, type Aanvraag, type Bezwaar } from '../../../../shared/contracts/activiteiten'
import { AANVRAAG_SOORTEN, AANVRAAG_SOORT_LABEL } from '../../../../shared/domain/codes'
import { formatDate } from '../../../../shared/format/nl'
import { call } from '../../api/client'
import { CheckboxField, DateField, NumberField, SelectField, TextField } from '../../components/formFields'
import { useRecordForm } from '../../components/useRecordForm'
import { RecordSection, type RecordEditorProps } from './RecordSection'
import type { TabProps } from './tabProps'
import { RecordFormFrame } from '../../components/RecordFormFrame'

const AanvraagForm = z.object(AanvraagFields)
type AanvraagValues = z.input<typeof AanvraagForm>
const BezwaarForm = z.object(BezwaarFields)
type BezwaarValues = z.input<typeof BezwaarForm>
const UITKOMST = { toegekend: 'Toegekend', deels: 'Deels toegekend', afgewezen: 'Afgewezen', ingetrokken: 'Ingetrokken' } as const

function AanvraagEditor({ clientId, item, close, onSaved }: RecordEditorProps<Aanvraag>) {
  const empty: AanvraagValues = {
    soort: 'pgb',
    ontvangenOp: '',
    termijnWeken: 8,
    opgeschortDagen: 0,
    verdaagdTot: null,
    besluitDatum: null,
    bekendgemaaktOp: null,
    uitkomst: null,
    omschrijving: '',
  }
  const form = useRecordForm({
    schema: AanvraagForm,
    defaults: item ?? empty,
    save: (v) =>
      item ? call('aanvragen.update', { id: item.id, version: item.version, ...v }) : call('aanvragen.create', { clientId, ...v }),
    message: () => 'Aanvraag opgeslagen; de termijnen zijn bijgewerkt.',
    done: () => (close(), onSaved()),
  })
  const { register, control, errors: e } = form
  return (
    <RecordFormFrame form={form} submitLabel="Aanvraag opslaan" onCancel={close}>
      <div className="field-row">
        <SelectField name="soort" label="Soort aanvraag" required register={register} errors={e}>
          {AANVRAAG_SOORTEN.map((s) => (
            <option key={s} value={s}>
              {AANVRAAG_SOORT_LABEL[s]}
            </option>
          ))}
        </SelectField>
        <DateField name="ontvangenOp" label="Ontvangen op" required control={control} errors={e} />
      </div>
      <div className="field-row">
        <NumberField
          name="termijnWeken"
          label="Beslistermijn (weken)"
          register={register}
          errors={e}
          min={1}
          max={52}
          hint="Awb 4:13: 8 weken tenzij anders bepaald"
        />
        <NumberField name="opgeschortDagen" label="Opgeschort (dagen)" register={register} errors={e} min={0} max={365} hint="Awb 4:15" />
        <DateField name="verdaagdTot" label="Verdaagd tot" control={control} errors={e} nullable hint="Awb 4:14" />
      </div>
      <div className="field-row">
        <DateField name="besluitDatum" label="Besluitdatum" control={control} errors={e} nullable />
        <DateField
          name="bekendgemaaktOp"
          label="Verzonden (bekendgemaakt) op"
          control={control}
          errors={e}
          nullable
          hint="Start van de bezwaartermijn"
        />
        <SelectField name="uitkomst" label="Uitkomst" register={register} errors={e}>
          <option value="">Nog niet beslist</option>
          {Object.entries(UITKOMST).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField name="omschrijving" label="Omschrijving" register={register} errors={e} maxLength={500} />
    </RecordFormFrame>
  )
}

function BezwaarEditor({ clientId, aanvragen, item, close, onSaved }: RecordEditorProps<Bezwaar> & { aanvragen: readonly Aanvraag[] }) {
  const empty: BezwaarValues = {
    aanvraagId: null,
    ontvangenOp: '',
    besluitBekendgemaaktOp: '',
    adviescommissie: false,
    verdagingWeken: 0,
    opgeschortDagen: 0,
    beslistOp: null,
    omschrijving: '',
  }
  const form = useRecordForm({
    schema: BezwaarForm,
    defaults: item ?? empty,
    save: (v) =>
      item ? call('bezwaren.update', { id: item.id, version: item.version, ...v }) : call('bezwaren.create', { clientId, ...v }),
    message: () => 'Bezwaar opgeslagen; de termijnen zijn bijgewerkt.',
    done: () => (close(), onSaved()),
  })
  const { register, control, errors: e } = form
  return (
    <RecordFormFrame form={form} submitLabel="Bezwaar opslaan" onCancel={close}>
      <SelectField name="aanvraagId" label="Tegen het besluit op" register={register} errors={e} asNumber>
        <option value="">Geen aanvraag in dit dossier</option>
        {aanvragen.map((a) => (
          <option key={a.id} value={a.id}>
            {`${AANVRAAG_SOORT_LABEL[a.soort]}, ontvangen ${formatDate(a.ontvangenOp)}`}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <DateField name="besluitBekendgemaaktOp" label="Besluit bekendgemaakt op" required control={control} errors={e} />
        <DateField name="ontvangenOp" label="Bezwaarschrift ontvangen op" required control={control} errors={e} />
      </div>
      <div className="field-row">
        <NumberField
          name="verdagingWeken"
          label="Verdaagd (weken)"
          register={register}
          errors={e}
          min={0}
          max={6}
          hint="Awb 7:10 lid 3: hoogstens 6"
        />
        <NumberField
          name="opgeschortDagen"
          label="Opgeschort (dagen)"
          register={register}
          errors={e}
          min={0}
          max={365}
          hint="Awb 7:10 lid 2"
        />
        <DateField name="beslistOp" label="Beslist op" control={control} errors={e} nullable />
      </div>
      <CheckboxField name="adviescommissie" label="Adviescommissie (beslistermijn 12 weken, Awb 7:13)" register={register} />
      <TextField name="omschrijving" label="Omschrijving" register={register} errors={e} maxLength={500} />
    </RecordFormFrame>
  )
}

export function AanvragenTab({ dossier, onSaved }: TabProps) {
  const id = dossier.client.id
  return (
    <>
      <RecordSection
        title="Aanvragen"
        newLabel="Nieuwe aanvraag"
        empty="Er zijn geen aanvragen vastgelegd."
        items={dossier.aanvragen}
        renderItem={(a) => (
          <>
            <strong>{AANVRAAG_SOORT_LABEL[a.soort]}</strong> — ontvangen {formatDate(a.ontvangenOp)}
            {a.uitkomst && <span className="badge">{UITKOMST[a.uitkomst]}</span>}
            <div className="muted">
              {a.besluitDatum ? `Besluit ${formatDate(a.besluitDatum)}` : 'Nog geen besluit'}
              {a.bekendgemaaktOp && ` · verzonden ${formatDate(a.bekendgemaaktOp)}`}
              {a.omschrijving && ` · ${a.omschrijving}`}
            </div>
          </>
        )}
        form={(item, close) => <AanvraagEditor clientId={id} item={item} close={close} onSaved={onSaved} />}
      />
      <RecordSection
        title="Bezwaren"
        newLabel="Nieuw bezwaar"
        empty="Er zijn geen bezwaren vastgelegd."
        items={dossier.bezwaren}
        renderItem={(b) => (
          <>
            <strong>Bezwaar</strong> — ontvangen {formatDate(b.ontvangenOp)}
            {b.adviescommissie && <span className="badge badge-info">Adviescommissie</span>}
            <div className="muted">
              {b.beslistOp ? `Beslist ${formatDate(b.beslistOp)}` : 'Nog niet beslist'}
              {b.omschrijving && ` · ${b.omschrijving}`}
            </div>
          </>
        )}
        form={(item, close) => <BezwaarEditor clientId={id} aanvragen={dossier.aanvragen} item={item} close={close} onSaved={onSaved} />}
      />
    </>
  )
}
