import type { Vergelijking } from '../../../../shared/contracts/aanbieders.routes'
import { vergelijkRijen } from '../../../../shared/domain/aanbieders/vergelijkRijen'

/** The locations side by side; rows that differ are highlighted, the best value per row is marked in words too. */
export function VergelijkTabel({ vergelijking }: { vergelijking: Vergelijking }) {
  const rijen = vergelijkRijen(vergelijking.locaties)
  return (
    <div className="table-scroll wide" tabIndex={0} role="region" aria-label="Vergelijking">
      <table className="data-table vergelijk">
        <caption className="visually-hidden">Vergelijking van locaties</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Onderwerp</span>
            </th>
            {vergelijking.locaties.map((l) => (
              <th key={l.id} scope="col">
                {l.naam}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.key} className={r.verschilt ? 'verschilt' : undefined}>
              <th scope="row">{r.label}</th>
              {r.waarden.map((w, i) => (
                <td key={i} className={r.beste.includes(i) ? 'beste' : undefined}>
                  {w}
                  {r.beste.includes(i) && <span className="beste-label"> ★ beste</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
