import { useState } from 'react'
import { useRoute } from '../../api/useRoute'
import { PLAN_STATUS_LABEL, type VersieInfo } from '../../../../shared/contracts/plannen.routes'
import { formatDate } from '../../../../shared/format/nl'
import { DataTable } from '../../components/DataTable'

/** The versions of a plan, and a side-by-side comparison of any two, section by section. */
export function VersiesPanel({ versies }: { versies: VersieInfo[] }) {
  const [links, setLinks] = useState(versies[1]?.id ?? versies[0]!.id)
  const [rechts, setRechts] = useState(versies[0]!.id)
  const diff = useRoute('plannen.diff', { links, rechts })
  const label = (v: VersieInfo) =>
    `Versie ${v.nummer} — ${PLAN_STATUS_LABEL[v.status]}${v.vastgesteldOp ? ` ${formatDate(v.vastgesteldOp.slice(0, 10))}` : ''}`
  const picker = (name: string, value: number, onChange: (id: number) => void) => (
    <label>
      {name}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versies.map((v) => (
          <option key={v.id} value={v.id}>
            {label(v)}
          </option>
        ))}
      </select>
    </label>
  )
  const changed = diff.data?.filter((s) => s.gewijzigd) ?? []
  return (
    <section aria-label="Versies">
      <DataTable
        caption="Versies van dit plan"
        captionHidden
        rows={versies}
        rowKey={(v) => v.id}
        columns={[
          { header: 'Versie', cell: (v) => v.nummer },
          { header: 'Status', cell: (v) => PLAN_STATUS_LABEL[v.status] },
          { header: 'Laatst opgeslagen', cell: (v) => formatDate(v.opgeslagenOp.slice(0, 10)) },
          { header: 'Vastgesteld door', cell: (v) => v.vastgesteldDoor ?? '—' },
        ]}
      />
      <div className="toolbar">
        {picker('Vergelijk', links, setLinks)}
        {picker('met', rechts, setRechts)}
      </div>
      {diff.error && <p className="alert alert-error">{diff.error}</p>}
      {diff.data && changed.length === 0 && <p className="muted">Geen verschillen tussen deze versies.</p>}
      <div className="diff" aria-busy={diff.loading}>
        {changed.map((s) => (
          <section key={s.key} className="diff-section">
            <h3>{s.titel}</h3>
            <div className="diff-cols">
              <div className="diff-col" role="group" aria-label="Eerste versie">
                {s.links.map((p, i) => (p.soort === 'weg' ? <del key={i}>{p.tekst}</del> : <span key={i}>{p.tekst}</span>))}
              </div>
              <div className="diff-col" role="group" aria-label="Tweede versie">
                {s.rechts.map((p, i) => (p.soort === 'erbij' ? <ins key={i}>{p.tekst}</ins> : <span key={i}>{p.tekst}</span>))}
              </div>
            </div>
          </section>
        ))}
      </div>
    </section>
  )
}
