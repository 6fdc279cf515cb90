import { formatZorgprofiel } from '../../../../shared/format/codes'
import { useState } from 'react'
import { useRoute } from '../../api/useRoute'

/** Find a client by name, BSN or postcode and pick one. */
export function ClientPicker({ onPick }: { onPick: (c: { id: number; naam: string }) => void }) {
  const [zoek, setZoek] = useState('')
  const result = useRoute('caseload.query', { zoek, filter: { adviseur: 'alle' }, limit: 8 })
  return (
    <div className="client-picker">
      <label>
        Cliënt <input type="search" value={zoek} onChange={(e) => setZoek(e.target.value)} placeholder="naam, BSN of postcode" />
      </label>
      {zoek.trim().length >= 2 && result.data && (
        <ul className="picker-list" aria-label="Gevonden cliënten">
          {result.data.rows.length === 0 && <li className="muted">Geen cliënten gevonden.</li>}
          {result.data.rows.map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button" onClick={() => onPick({ id: r.id, naam: r.naam })}>
                {r.naam} · {r.geboortedatum.split('-').reverse().join('-')} · {r.postcode || 'geen postcode'} ·{' '}
                {formatZorgprofiel(r.zorgprofiel)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
