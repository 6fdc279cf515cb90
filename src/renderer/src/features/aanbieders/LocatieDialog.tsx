import { formatZorgprofiel } from '../../../../shared/format/codes'
import { useState } from 'react'
import { z } from 'zod'
import { call } from '../../api/client'
import { checkWith } from '../../api/checkInput'
import { Field } from '../../components/Field'
import { FieldIssues } from '../../components/FieldIssues'
import { OptionalIsoDate } from '../../../../shared/contracts/common'
import { useRoute } from '../../api/useRoute'
import { DateInput } from '../../components/DateInput'
import { Modal } from '../../components/Modal'
import { useToast } from '../../components/Toast'
import type { LocatieDetail } from '../../../../shared/contracts/aanbieders.routes'
import { formatDate } from '../../../../shared/format/nl'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { Gedeeld } from '../../components/Gedeeld'

const HEEL_GETAL = 'Vul een heel getal van 0 of meer in.'
const getal = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, HEEL_GETAL)
  .transform(Number)
const leegOfGetal = z
  .string()
  .trim()
  .regex(/^\d{0,6}$/, HEEL_GETAL)
  .transform((v) => (v === '' ? null : Number(v)))
/** The dialog's fields as typed (text), each checked at once; the route then checks the numbers' ranges. */
const LocatieFormSchema = z.object({
  contractVan: OptionalIsoDate,
  contractTot: OptionalIsoDate,
  partnerplekken: getal,
  capaciteit: leegOfGetal,
  weken: z.record(z.string(), leegOfGetal),
})

/** One location: details, quick edits (contract, places, notes, wachttijden) and what changed when. */
export function LocatieDialog({ id, onClose, onSaved }: { id: number; onClose: () => void; onSaved: () => void }) {
  const detail = useRoute('aanbieders.locatie', { id })
  return (
    <Modal open title={detail.data?.naam ?? 'Locatie'} onClose={onClose}>
      {detail.error && <p className="alert alert-error">{detail.error}</p>}
      {detail.data && (
        <Gedeeld>
          <LocatieForm key={detail.data.version} l={detail.data} onSaved={() => (detail.reload(), onSaved())} />
        </Gedeeld>
      )}
    </Modal>
  )
}

function LocatieForm({ l, onSaved }: { l: LocatieDetail; onSaved: () => void }) {
  const [f, setF] = useState({
    gecontracteerd: l.gecontracteerd,
    contractVan: l.contractVan ?? '',
    contractTot: l.contractTot ?? '',
    partnerplekken: String(l.partnerplekken),
    capaciteit: l.capaciteit === null ? '' : String(l.capaciteit),
    notities: l.notities,
    weken: Object.fromEntries(
      l.zorgprofielen.map((z) => [z, String(l.wachttijden.find((w) => w.zorgprofiel === z)?.weken ?? '')]),
    ) as Record<string, string>,
  })
  const action = useAction()
  const notify = useToast()

  const save = () =>
    action.run(async () => {
      const v = checkWith(LocatieFormSchema, { ...f, contractVan: f.contractVan || null, contractTot: f.contractTot || null })
      const wachttijden = Object.entries(v.weken).flatMap(([zorgprofiel, weken]) => (weken === null ? [] : [{ zorgprofiel, weken }]))
      await call('aanbieders.locatieBijwerken', {
        id: l.id,
        version: l.version,
        gecontracteerd: f.gecontracteerd,
        contractVan: v.contractVan,
        contractTot: v.contractTot,
        partnerplekken: v.partnerplekken,
        capaciteit: v.capaciteit,
        notities: f.notities,
        wachttijden,
      })
      notify('Locatie bijgewerkt')
      onSaved()
    })

  return (
    <div className="form">
      <p>
        {l.organisatie} (KvK {l.kvk}) · vestiging {l.vestigingsnummer}
        <br />
        {l.adres}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={f.gecontracteerd} onChange={(e) => setF({ ...f, gecontracteerd: e.target.checked })} />{' '}
        Gecontracteerd voor zorg in natura
      </label>
      <FieldIssues issues={action.issues}>
        <div className="form-grid">
          <Field label="Contract vanaf" name="contractVan">
            {(a) => <DateInput {...a} value={f.contractVan} onChange={(v) => setF({ ...f, contractVan: v })} />}
          </Field>
          <Field label="Contract tot en met" name="contractTot">
            {(a) => <DateInput {...a} value={f.contractTot} onChange={(v) => setF({ ...f, contractTot: v })} />}
          </Field>
          <Field label="Partnerplekken" name="partnerplekken" required>
            {(a) => (
              <input {...a} inputMode="numeric" value={f.partnerplekken} onChange={(e) => setF({ ...f, partnerplekken: e.target.value })} />
            )}
          </Field>
          <Field label="Capaciteit" name="capaciteit">
            {(a) => <input {...a} inputMode="numeric" value={f.capaciteit} onChange={(e) => setF({ ...f, capaciteit: e.target.value })} />}
          </Field>
        </div>
        <fieldset>
          <legend>Wachttijd in weken (vandaag bijgewerkt als u een getal wijzigt)</legend>
          <div className="form-grid">
            {l.zorgprofielen.map((code) => {
              const stand = l.wachttijden.find((w) => w.zorgprofiel === code)
              return (
                <Field
                  key={code}
                  label={`${formatZorgprofiel(code)}${stand ? ` (stand ${formatDate(stand.bijgewerktOp)})` : ''}`}
                  name={`weken.${code}`}
                >
                  {(a) => (
                    <input
                      {...a}
                      inputMode="numeric"
                      value={f.weken[code]}
                      onChange={(e) => setF({ ...f, weken: { ...f.weken, [code]: e.target.value } })}
                    />
                  )}
                </Field>
              )
            })}
          </div>
        </fieldset>
      </FieldIssues>
      <label className="field">
        <span>Notities</span>
        <textarea rows={3} maxLength={2000} value={f.notities} onChange={(e) => setF({ ...f, notities: e.target.value })} />
      </label>
      <ErrorAlert message={action.error} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()}>
          Locatie opslaan
        </button>
      </div>
      <h3>Wijzigingen</h3>
      {l.historie.length === 0 ? (
        <p className="muted">Nog geen wijzigingen sinds de eerste import.</p>
      ) : (
        <ul>
          {l.historie.map((h, i) => (
            <li key={i}>
              {formatDate(h.gewijzigdOp.slice(0, 10))}: {h.velden.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
