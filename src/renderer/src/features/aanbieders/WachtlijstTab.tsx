import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'
import { DataTable, TableScroll } from '../../components/DataTable'
import { dossierHref } from '../caseload/links'
import { LANG_WACHTEN_WEKEN, WACHTSTATUSSEN, WACHTSTATUS_LABEL, type Wachtstatus } from '../../../../shared/domain/aanbieders/codes'
import { formatClassificaties } from '../../../../shared/format/codes'
import type { WachtlijstRij } from '../../../../shared/contracts/aanbieders.routes'
import { formatDate } from '../../../../shared/format/nl'

/** When a wait shows as a signal in the caseload (the rule in clients.repo's summary). */
export const SIGNAAL_UITLEG = `Urgent plaatsen is meteen een signaal in de caseload. Actief plaatsen wordt een signaal als de cliënt ${LANG_WACHTEN_WEKEN} weken of langer wacht. Wacht op voorkeur en wacht uit voorzorg geven geen signaal.`

/** Everyone waiting, per status, with the waiting time; status changes, offers, refusals and the end. */
export function WachtlijstTab() {
  const [status, setStatus] = useState<'' | Wachtstatus>('')
  const list = useRoute('wachtlijst.list', status ? { wachtstatus: status } : {})
  return (
    <section className="card" aria-labelledby="wachtlijst-title">
      <h2 id="wachtlijst-title">Wachtlijst</h2>
      <div className="toolbar">
        <label>
          Wachtstatus{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            <option value="">Alle</option>
            {WACHTSTATUSSEN.map((s) => (
              <option key={s} value={s}>
                {WACHTSTATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint" id="signaal-uitleg">
        {SIGNAAL_UITLEG}
      </p>
      {list.data && list.data.length === 0 && (
        <p className="muted">Niemand wacht{status ? ' met deze status' : ''}. Aanmelden doet u bij Vergelijken.</p>
      )}
      {list.data && list.data.length > 0 && (
        <TableScroll label="Wachtenden">
          <DataTable
            caption="Wachtenden"
            captionHidden
            className="compact"
            rows={list.data}
            rowKey={(w) => w.id}
            rowClassName={(w) => (w.wachtstatus === 'urgent_plaatsen' ? 'urgent' : undefined)}
            columns={[
              { header: 'Cliënt', cell: (w) => <a href={dossierHref(w.clientId)}>{w.clientNaam}</a> },
              {
                header: 'Locatie',
                cell: (w) => (
                  <>
                    {w.locatie} <span className="muted">({w.organisatie})</span>
                  </>
                ),
              },
              { header: 'Status', cell: (w) => WACHTSTATUS_LABEL[w.wachtstatus] },
              { header: 'Voorkeur', cell: (w) => (w.voorkeur ? 'Voorkeursaanbieder' : '—') },
              { header: 'Classificatie', cell: (w) => formatClassificaties(w.classificaties) },
              { header: 'Sinds', cell: (w) => formatDate(w.sinds), className: 'wacht-datum' },
              { header: 'Wacht', cell: (w) => `${w.wachtWeken} wk`, className: 'num' },
              { header: 'Weigeringen', cell: (w) => w.weigeringen, className: 'num' },
              { header: 'Overbrugging', cell: (w) => (w.overbrugging ? w.overbruggingAanbieder : '—') },
              { header: 'Actie', cell: (w) => <WachtActie w={w} onChanged={list.reload} />, className: 'wacht-actie' },
            ]}
          />
        </TableScroll>
      )}
    </section>
  )
}

/** The next step for one waiting client: a new status, an offer, a refusal, or the end. */
function WachtActie({ w, onChanged }: { w: WachtlijstRij; onChanged: () => void }) {
  const [actie, setActie] = useState('')
  const action = useAction()
  const notify = useToast()
  async function doe() {
    if (!actie) return
    const [soort, wachtstatus] = actie.split(':') as ['status' | 'aanbod' | 'weigering' | 'einde', Wachtstatus | undefined]
    await action.run(async () => {
      await call('wachtlijst.gebeurtenis', {
        id: w.id,
        version: w.version,
        soort,
        datum: new Date().toISOString().slice(0, 10),
        ...(wachtstatus ? { wachtstatus } : {}),
      })
      notify('Wachtlijst bijgewerkt')
      setActie('')
      onChanged()
    })
  }
  return (
    <>
      <select aria-label={`Actie voor ${w.clientNaam} bij ${w.locatie}`} value={actie} onChange={(e) => setActie(e.target.value)}>
        <option value="">Kies…</option>
        {WACHTSTATUSSEN.filter((s) => s !== w.wachtstatus).map((s) => (
          <option key={s} value={`status:${s}`}>
            Status: {WACHTSTATUS_LABEL[s]}
          </option>
        ))}
        <option value="aanbod">Plaats aangeboden</option>
        <option value="weigering">Aanbod geweigerd</option>
        <option value="einde">Beëindigen (opgenomen of afgemeld)</option>
      </select>{' '}
      <button type="button" disabled={!actie} onClick={() => void doe()}>
        Opslaan
      </button>
      {action.error && <span className="inline-error">{action.error}</span>}
    </>
  )
}
