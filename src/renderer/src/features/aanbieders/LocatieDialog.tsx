import { formatZorgprofiel } from '../../../../shared/format/codes'
import { useState } from 'react'
import { call, UserError } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { DateInput } from '../../components/DateInput'
import { Modal } from '../../components/Modal'
import { useToast } from '../../components/Toast'
import type { LocatieDetail } from '../../../../shared/contracts/aanbieders.routes'
import { formatDate } from '../../../../shared/format/nl'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { Gedeeld } from '../../components/Gedeeld'

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
  const getal = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : NaN)

  const save = () =>
    action.run(async () => {
      const wachttijden = Object.entries(f.weken)
        .filter(([, v]) => v.trim() !== '')
        .map(([zorgprofiel, v]) => ({ zorgprofiel, weken: getal(v) }))
      if (wachttijden.some((w) => Number.isNaN(w.weken)) || Number.isNaN(getal(f.partnerplekken)))
        throw new UserError('Vul bij plaatsen en wachttijden hele getallen van 0 of meer in.')
      await call('aanbieders.locatieBijwerken', {
        id: l.id,
        version: l.version,
        gecontracteerd: f.gecontracteerd,
        contractVan: f.contractVan || null,
        contractTot: f.contractTot || null,
        partnerplekken: getal(f.partnerplekken),
        capaciteit: f.capaciteit.trim() === '' ? null : getal(f.capaciteit),
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
      <div className="form-grid">
        <label className="field">
          <span>Contract vanaf</span>
          <DateInput value={f.contractVan} onChange={(v) => setF({ ...f, contractVan: v })} />
        </label>
        <label className="field">
          <span>Contract tot en met</span>
          <DateInput value={f.contractTot} onChange={(v) => setF({ ...f, contractTot: v })} />
        </label>
        <label className="field">
          <span>Partnerplekken</span>
          <input inputMode="numeric" value={f.partnerplekken} onChange={(e) => setF({ ...f, partnerplekken: e.target.value })} />
        </label>
        <label className="field">
          <span>Capaciteit</span>
          <input inputMode="numeric" value={f.capaciteit} onChange={(e) => setF({ ...f, capaciteit: e.target.value })} />
        </label>
      </div>
      <fieldset>
        <legend>Wachttijd in weken (vandaag bijgewerkt als u een getal wijzigt)</legend>
        <div className="form-grid">
          {l.zorgprofielen.map((z) => (
            <label key={z} className="field">
              <span>
                {formatZorgprofiel(z)}
                {l.wachttijden.find((w) => w.zorgprofiel === z) &&
                  ` (stand ${formatDate(l.wachttijden.find((w) => w.zorgprofiel === z)!.bijgewerktOp)})`}
              </span>
              <input inputMode="numeric" value={f.weken[z]} onChange={(e) => setF({ ...f, weken: { ...f.weken, [z]: e.target.value } })} />
            </label>
          ))}
        </div>
      </fieldset>
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
