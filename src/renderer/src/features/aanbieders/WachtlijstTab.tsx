import { useState } from 'react'
import { call } from '../../api/client'
import { useRoute } from '../../api/useRoute'
import { useToast } from '../../components/Toast'
import { useAction } from '../../components/useAction'
import { dossierHref } from '../caseload/links'
import { WACHTSTATUSSEN, WACHTSTATUS_LABEL, type Wachtstatus } from '../../../../shared/domain/aanbieders/codes'
import type { WachtlijstRij } from '../../../../shared/contracts/aanbieders.routes'
import { formatDate } from '../../../../shared/format/nl'

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
      {list.data && list.data.length === 0 && (
        <p className="muted">Niemand wacht{status ? ' met deze status' : ''}. Aanmelden doet u bij Vergelijken.</p>
      )}
      {list.data && list.data.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Wachtenden">
          <table className="data-table">
            <caption className="visually-hidden">Wachtenden</caption>
            <thead>
              <tr>
                <th scope="col">Cliënt</th>
                <th scope="col">Locatie</th>
                <th scope="col">Status</th>
                <th scope="col">Sinds</th>
                <th scope="col">Wacht</th>
                <th scope="col">Weigeringen</th>
                <th scope="col">Overbrugging</th>
                <th scope="col">Actie</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((w) => (
                <WachtRij key={w.id} w={w} onChanged={list.reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function WachtRij({ w, onChanged }: { w: WachtlijstRij; onChanged: () => void }) {
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
    <tr className={w.wachtstatus === 'urgent_plaatsen' ? 'urgent' : undefined}>
      <td>
        <a href={dossierHref(w.clientId)}>{w.clientNaam}</a>
      </td>
      <td>
        {w.locatie} <span className="muted">({w.organisatie})</span>
      </td>
      <td>{WACHTSTATUS_LABEL[w.wachtstatus]}</td>
      <td>{formatDate(w.sinds)}</td>
      <td className="num">{w.wachtWeken} wk</td>
      <td className="num">{w.weigeringen}</td>
      <td>{w.overbrugging ? w.overbruggingAanbieder : '—'}</td>
      <td>
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
      </td>
    </tr>
  )
}
