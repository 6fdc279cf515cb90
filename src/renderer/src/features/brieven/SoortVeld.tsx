import { BRIEF_SOORTEN, SOORT_INFO, type BriefSoort } from '../../../../shared/domain/brieven/soorten'

/** The "Soort brief" field: every letter type by its Dutch label. */
export function SoortVeld({ id, value, onChange }: { id: string; value: BriefSoort; onChange: (soort: BriefSoort) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Soort brief</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as BriefSoort)}>
        {BRIEF_SOORTEN.map((s) => (
          <option key={s} value={s}>
            {SOORT_INFO[s].label}
          </option>
        ))}
      </select>
    </div>
  )
}
