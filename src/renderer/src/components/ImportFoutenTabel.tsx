import type { ImportFout } from '../../../shared/contracts/referentie.routes'

/** The row-by-row report of a refused import: row, column, the value found and what to fix. */
export function ImportFoutenTabel({ fouten, label }: { fouten: ImportFout[]; label: string }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="data-table compact">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Rij</th>
            <th scope="col">Kolom</th>
            <th scope="col">Waarde</th>
            <th scope="col">Melding</th>
          </tr>
        </thead>
        <tbody>
          {fouten.map((f, i) => (
            <tr key={i}>
              <td>{f.rij}</td>
              <td>{f.kolom}</td>
              <td className="mono">{f.waarde}</td>
              <td>{f.melding}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
