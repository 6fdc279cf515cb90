import { useState } from 'react'
import type { SyncConflict, SyncStatus } from '../../../../shared/contracts/teamserver.routes'
import type { RouteInput } from '../../../../shared/contracts/catalog'
import { formatDateTime } from '../../../../shared/format/nl'
import { call, UserError } from '../../api/client'
import { Modal } from '../../components/Modal'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useAction } from '../../components/useAction'
import { dossierHref } from '../caseload/links'
import { eigenWaarde, waardeTekst } from './waarde'

type Kant = 'basis' | 'server' | 'hier' | 'eigen'
const KANT_LABEL = { basis: 'Zoals het was', server: 'Op de server', hier: 'Op deze werkplek', eigen: 'Eigen waarde' } as const
type Keuze = RouteInput<'teamserver.conflictOplossen'>['keuze']

/**
 * One conflict: per field the value it had (basis), the value a colleague's workstation sent first
 * (op de server) and the value made here, side by side as one radio group per field; or a value of
 * one's own. Nothing is chosen in advance: the adviser decides every field, then confirms.
 */
export function ConflictCard({ conflict: c, onResolved }: { conflict: SyncConflict; onResolved: (s: SyncStatus) => void }) {
  const [kant, setKant] = useState<Record<string, Kant>>({})
  const [eigen, setEigen] = useState<Record<string, string>>({})
  const [confirming, setConfirming] = useState(false)
  const action = useAction()
  const titleId = `conflict-${c.id}`
  const parsers = Object.fromEntries(c.velden.map((f) => [f.veld, eigenWaarde([f.basis, f.server, f.hier])]))

  const gekozen = (veld: string): unknown => {
    const f = c.velden.find((x) => x.veld === veld)!
    const k = kant[veld]
    return k === 'eigen' ? parsers[veld]!(eigen[veld] ?? '') : k === 'basis' ? f.basis : k === 'server' ? f.server : f.hier
  }

  const check = () => {
    action.setError(null)
    const open = c.velden.filter((f) => !kant[f.veld])
    if (open.length) return action.setError(`Kies bij ${open.map((f) => f.label).join(', ')} welke waarde blijft.`)
    const bad = c.velden.find((f) => kant[f.veld] === 'eigen' && Number.isNaN(gekozen(f.veld)))
    if (bad) return action.setError(`Vul bij ${bad.label} een getal in.`)
    setConfirming(true)
  }

  const resolve = () =>
    action.run(async () => {
      const keuze: Keuze = {}
      for (const f of c.velden) {
        const k = kant[f.veld]
        if (!k) throw new UserError('Kies bij elk veld welke waarde blijft.')
        keuze[f.veld] = k === 'eigen' ? { waarde: gekozen(f.veld) } : k
      }
      const status = await call('teamserver.conflictOplossen', { id: c.id, keuze })
      setConfirming(false)
      onResolved(status)
    })

  return (
    <article className="card conflict" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {c.soortLabel}
        {c.clientNaam && ` van ${c.clientNaam}`}
      </h2>
      <p className="muted">
        Ontstaan op {formatDateTime(c.aangemaaktOp)}. Dit is op twee werkplekken tegelijk gewijzigd. Kies per veld welke waarde blijft.
        {c.clientId !== null && (
          <>
            {' '}
            <a href={dossierHref(c.clientId)}>Dossier openen</a>
          </>
        )}
      </p>
      <div className="conflict-kop" aria-hidden="true">
        <span>Veld</span>
        {(['basis', 'server', 'hier', 'eigen'] as const).map((k) => (
          <span key={k}>{KANT_LABEL[k]}</span>
        ))}
      </div>
      {c.velden.map((f) => {
        const name = `${c.id}-${f.veld}`
        const choice = (k: Exclude<Kant, 'eigen'>, value: unknown) => (
          <label className={`conflict-optie${kant[f.veld] === k ? ' gekozen' : ''}`}>
            <input type="radio" name={name} checked={kant[f.veld] === k} onChange={() => setKant({ ...kant, [f.veld]: k })} />
            <span className="visually-hidden">{KANT_LABEL[k]}: </span>
            <span className="conflict-waarde">{waardeTekst(value)}</span>
          </label>
        )
        return (
          <fieldset key={f.veld} className="conflict-veld">
            <legend>{f.label}</legend>
            {choice('basis', f.basis)}
            {choice('server', f.server)}
            {choice('hier', f.hier)}
            {parsers[f.veld] ? (
              <span className={`conflict-optie eigen${kant[f.veld] === 'eigen' ? ' gekozen' : ''}`}>
                <input
                  type="radio"
                  name={name}
                  aria-label={`Eigen waarde voor ${f.label}`}
                  checked={kant[f.veld] === 'eigen'}
                  onChange={() => setKant({ ...kant, [f.veld]: 'eigen' })}
                />
                <input
                  type="text"
                  aria-label={`Eigen waarde voor ${f.label} (tekst)`}
                  value={eigen[f.veld] ?? ''}
                  maxLength={2000}
                  onChange={(e) => {
                    setEigen({ ...eigen, [f.veld]: e.target.value })
                    setKant({ ...kant, [f.veld]: 'eigen' })
                  }}
                />
              </span>
            ) : (
              <span className="muted conflict-optie">—</span>
            )}
          </fieldset>
        )
      })}
      <ErrorAlert message={confirming ? null : action.error} />
      <div className="actions">
        <button type="button" className="primary" onClick={check}>
          Oplossen…
        </button>
      </div>
      <Modal open={confirming} title="Conflict oplossen" onClose={() => setConfirming(false)}>
        <div className="form">
          <p>Deze waarden gaan naar de teamserver en daarna naar alle werkplekken. De keuze komt in het logboek.</p>
          <ul>
            {c.velden.map((f) => (
              <li key={f.veld}>
                <strong>{f.label}</strong>: {waardeTekst(gekozen(f.veld))}{' '}
                <span className="muted">({KANT_LABEL[kant[f.veld] ?? 'hier'].toLowerCase()})</span>
              </li>
            ))}
          </ul>
          <ErrorAlert message={action.error} />
          <div className="actions">
            <button type="button" className="primary" disabled={action.busy} onClick={() => void resolve()}>
              {action.busy ? 'Bezig…' : 'Oplossen'}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Annuleren
            </button>
          </div>
        </div>
      </Modal>
    </article>
  )
}
