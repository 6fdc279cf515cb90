import type { CaseloadFilter } from '../../../../shared/contracts/caseload.routes'
import { SIGNALEN } from '../../../../shared/contracts/caseload.routes'
import { LEVERINGSVORMEN, LEVERINGSVORM_LABEL } from '../../../../shared/domain/codes'
import { SECTOREN } from '../../../../shared/domain/zorgprofielen'
import type { Adviseur } from '../../../../shared/contracts/profiel.routes'
import { SIGNAAL_LABEL } from './signals'

/** Filters per column. A single choice each keeps them fast to operate with the keyboard. */
export function CaseloadFilters({
  filter,
  onChange,
  adviseurs,
}: {
  filter: CaseloadFilter
  onChange: (f: CaseloadFilter) => void
  adviseurs: readonly Adviseur[]
}) {
  const set = (patch: Partial<CaseloadFilter>) => onChange({ ...filter, ...patch })
  return (
    <div className="filters" role="group" aria-label="Filters">
      <label>
        Caseload
        <select
          value={String(filter.adviseur)}
          onChange={(e) =>
            set({ adviseur: e.target.value === 'mij' || e.target.value === 'alle' ? e.target.value : Number(e.target.value) })
          }
        >
          <option value="mij">Mijn cliënten</option>
          <option value="alle">Alle cliënten</option>
          {adviseurs.map((a) => (
            <option key={a.id} value={a.id}>
              {a.naam}
            </option>
          ))}
        </select>
      </label>
      <label>
        Leveringsvorm
        <select
          value={filter.leveringsvormen[0] ?? ''}
          onChange={(e) => set({ leveringsvormen: e.target.value ? [e.target.value as (typeof LEVERINGSVORMEN)[number]] : [] })}
        >
          <option value="">Alle</option>
          {LEVERINGSVORMEN.map((l) => (
            <option key={l} value={l}>
              {LEVERINGSVORM_LABEL[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sector
        <select value={filter.sectoren[0] ?? ''} onChange={(e) => set({ sectoren: e.target.value ? [e.target.value] : [] })}>
          <option value="">Alle</option>
          {SECTOREN.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Signaal
        <select
          value={filter.signalen[0] ?? ''}
          onChange={(e) => set({ signalen: e.target.value ? [e.target.value as (typeof SIGNALEN)[number]] : [] })}
        >
          <option value="">Alle</option>
          {SIGNALEN.map((s) => (
            <option key={s} value={s}>
              {SIGNAAL_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Postcode
        <input value={filter.postcode} onChange={(e) => set({ postcode: e.target.value })} maxLength={7} size={7} placeholder="1234" />
      </label>
    </div>
  )
}
